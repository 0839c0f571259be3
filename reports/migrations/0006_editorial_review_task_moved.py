"""The editorial review task is the host site's policy, not the plugin's: it left this app's state.

Its table stays (the site's workflows app owns it now, under the same name); on a site without that
app, the empty table is left behind harmlessly.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("reports", "0005_attachment_title_as_reviewed")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="EditorialReviewTask")],
            database_operations=[],
        ),
    ]
