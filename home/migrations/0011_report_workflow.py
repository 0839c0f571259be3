"""This site's committee approval workflow, made by the reports app's own setup (reports.workflow_setup).

The reports app's migrations no longer create it (an installed plugin does not edit its host's groups);
this site wants it in place as soon as it is migrated, so `make run` and the demo need no extra step.
Idempotent: a database that already has the workflow keeps it as it is.
"""

from django.db import migrations

from reports.workflow_setup import setup_report_workflow


def forwards(apps, schema_editor):
    setup_report_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0010_web_editors_search_promotions"),
        ("reports", "0008_approval_minutes_url"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
