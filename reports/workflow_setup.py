"""The committee approval workflow, set up in the site's database on request (`manage.py setup_report_workflow`).

The app's migrations create no groups and no workflows in the host's database: the site runs this once
(again whenever it likes: it changes nothing that is already in place). It makes sure that
- the moderators group (REPORTS_MODERATOR_GROUP) exists, with access to the admin and the right to
  withdraw a trip report;
- an active workflow with a committee approval task exists (REPORTS_WORKFLOW_NAME, REPORTS_TASK_NAME
  when it creates them; translations and index pages are reviewed by the moderators group);
- every trip report index is under that workflow (new indexes get it from reports.signals).

Given a migration's `apps`, it uses that app registry's historical models, so a host's data migration can
call it.
"""

from django.apps import apps as installed_apps

from reports import conf


def _permission(apps, app_label, model, codename, name):
    """The permission, created if Django's post_migrate step has not run yet (a fresh database)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def setup_report_workflow(apps=installed_apps):
    """Create what is missing of the moderators group, the approval workflow and its task; put every report
    index under the workflow. Returns the workflow."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    CommitteeApprovalTask = apps.get_model("reports", "CommitteeApprovalTask")
    TripReportIndexPage = apps.get_model("reports", "TripReportIndexPage")

    moderators, _ = Group.objects.get_or_create(name=conf.moderator_group())
    moderators.permissions.add(
        _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
        _permission(apps, "reports", "tripreportpage", "unpublish_tripreportpage", "Can unpublish trip reports"),
    )

    workflow = Workflow.objects.filter(
        active=True, workflow_tasks__task__in=CommitteeApprovalTask.objects.all()
    ).first()
    if workflow is None:
        task = CommitteeApprovalTask.objects.filter(active=True).first()
        if task is None:
            task_type, _ = ContentType.objects.get_or_create(app_label="reports", model="committeeapprovaltask")
            task = CommitteeApprovalTask.objects.create(
                name=conf.task_name(), content_type=task_type, active=True, reviewers=moderators
            )
        workflow = Workflow.objects.create(name=conf.workflow_name(), active=True)
        WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=0)
    for index in TripReportIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": workflow})
    return workflow
