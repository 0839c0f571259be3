"""The editorial review task moves here from the reports app: same table and rows, new app label.

The table is not touched: this app's state takes the model over with its old table name, the task's
content type is relabelled (so existing tasks and permissions follow), and reports' migration 0006
drops the model from its own state afterwards.
"""

import django.db.models.deletion
from django.db import migrations, models


def relabel_content_type(apps, schema_editor, old="reports", new="workflows"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label=old, model="editorialreviewtask").update(app_label=new)


def restore_content_type(apps, schema_editor):
    relabel_content_type(apps, schema_editor, old="workflows", new="reports")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("reports", "0005_attachment_title_as_reviewed"),
        # The project's migrations that still create the task under its old label run first.
        ("home", "0007_danish_workflow_names"),
    ]
    run_before = [("reports", "0006_editorial_review_task_moved")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="EditorialReviewTask",
                    fields=[
                        (
                            "task_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to="wagtailcore.task",
                            ),
                        ),
                        (
                            "groups",
                            models.ManyToManyField(
                                help_text="Pages/snippets at this step in a workflow will be moderated or approved "
                                "by these groups of users",
                                to="auth.group",
                                verbose_name="groups",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "editorial review task",
                        "verbose_name_plural": "editorial review tasks",
                        "db_table": "reports_editorialreviewtask",
                    },
                    bases=("wagtailcore.task",),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(relabel_content_type, restore_content_type),
    ]
