"""The trip-report approval workflow, on every report index page, and the right to withdraw a report.

One workflow ("Trip report approval") with one CommitteeApprovalTask: a report is approved by its
committee's group; translations and the index pages are reviewed by the Moderators group.
New index pages get the workflow from reports.signals.attach_report_workflow.
"""

from django.db import migrations

WORKFLOW = "Trip report approval"
TASK = "Committee approval"
REVIEWERS = "Moderators"


def _permission(apps, app_label, model, codename, name):
    """The permission, created if Django's post_migrate step has not run yet (fresh database)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    CommitteeApprovalTask = apps.get_model("reports", "CommitteeApprovalTask")
    TripReportIndexPage = apps.get_model("reports", "TripReportIndexPage")

    moderators, _ = Group.objects.get_or_create(name=REVIEWERS)
    moderators.permissions.add(
        _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
        _permission(apps, "reports", "tripreportpage", "unpublish_tripreportpage", "Can unpublish trip reports"),
    )

    task_type, _ = ContentType.objects.get_or_create(app_label="reports", model="committeeapprovaltask")
    task = CommitteeApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = CommitteeApprovalTask.objects.create(
            name=TASK, content_type=task_type, active=True, reviewers=moderators
        )
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task_id=task.pk, defaults={"sort_order": 0})
    for index in TripReportIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": workflow})


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Workflow.objects.filter(name=WORKFLOW).delete()
    Task.objects.filter(name=TASK, content_type__app_label="reports").delete()
    for group in Group.objects.filter(name=REVIEWERS):
        group.permissions.remove(*Permission.objects.filter(codename="unpublish_tripreportpage"))


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
