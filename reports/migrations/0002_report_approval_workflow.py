"""Emptied: it created the approval workflow and changed a "Moderators" group in the host's database.

The site now runs `manage.py setup_report_workflow` (reports.workflow_setup), which does the same with the
names from its settings. The migration stays, so databases that applied it keep a consistent history.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = []
