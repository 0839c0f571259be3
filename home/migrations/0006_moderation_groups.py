"""Least-privilege groups and the site's editorial review, replacing what Wagtail's own migrations create.

Wagtail creates "Moderators" (add, change, publish on the root page, every document and image),
"Editors" (may change every document) and a "Moderators approval" workflow on the root, whose stock
task lets a moderator approve their own submission. Here:
- "Editorial review": the workflow of every page outside the report indexes, approved by Moderators,
  never by the person who submitted the page (EditorialReviewTask, now in cms.workflows);
- Moderators: admin access, approve editorial reviews, withdraw trip reports; no publish permission
  anywhere (approval publishes), no documents or images;
- Editors: removed (its members, if any, keep an empty group);
- Web editors: also translate, choose committees and budgets, and edit focus areas; never publish.
"""

from django.db import migrations

EDITORIAL_WORKFLOW = "Editorial review"
STOCK_WORKFLOW = "Moderators approval"


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def _strip(apps, group):
    apps.get_model("wagtailcore", "GroupPagePermission").objects.filter(group=group).delete()
    apps.get_model("wagtailcore", "GroupCollectionPermission").objects.filter(group=group).delete()
    group.permissions.clear()


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    EditorialReviewTask = apps.get_model("reports", "EditorialReviewTask")

    moderators, _ = Group.objects.get_or_create(name="Moderators")
    unpublish_reports = _permission(
        apps, "reports", "tripreportpage", "unpublish_tripreportpage", "Can unpublish trip reports"
    )
    _strip(apps, moderators)
    moderators.permissions.add(
        _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"), unpublish_reports
    )

    for editors in Group.objects.filter(name="Editors"):
        _strip(apps, editors)
        if not editors.user_set.exists():
            editors.delete()

    web_editors = Group.objects.get(name="Web editors")
    web_editors.permissions.add(
        _permission(apps, "wagtail_localize", "translation", "submit_translation", "Can submit translations"),
        _permission(apps, "reports", "committee", "view_committee", "Can view committee"),
        _permission(apps, "reports", "budget", "view_budget", "Can view budget"),
        _permission(apps, "partners", "focusarea", "add_focusarea", "Can add focus area"),
        _permission(apps, "partners", "focusarea", "change_focusarea", "Can change focus area"),
        _permission(apps, "partners", "focusarea", "view_focusarea", "Can view focus area"),
    )

    task_type, _ = ContentType.objects.get_or_create(app_label="reports", model="editorialreviewtask")
    task = EditorialReviewTask.objects.filter(name=EDITORIAL_WORKFLOW).first()
    if task is None:
        task = EditorialReviewTask.objects.create(name=EDITORIAL_WORKFLOW, content_type=task_type, active=True)
    task.groups.set([moderators])
    workflow, _ = Workflow.objects.get_or_create(name=EDITORIAL_WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task_id=task.pk, defaults={"sort_order": 0})
    root = Page.objects.get(depth=1)
    WorkflowPage.objects.update_or_create(page_id=root.pk, defaults={"workflow": workflow})

    for stock in Workflow.objects.filter(name=STOCK_WORKFLOW):
        WorkflowPage.objects.filter(workflow=stock).delete()
        if WorkflowState.objects.filter(workflow=stock).exists():
            stock.active = False
            stock.save(update_fields=["active"])
        else:
            tasks = [link.task_id for link in WorkflowTask.objects.filter(workflow=stock)]
            stock.delete()
            apps.get_model("wagtailcore", "Task").objects.filter(pk__in=tasks, task_states__isnull=True).delete()


def backwards(apps, schema_editor):
    """Give the root back a group-approval workflow and Moderators their publish permission."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    moderators = Group.objects.get(name="Moderators")
    root = Page.objects.get(depth=1)
    for codename, name in (("add_page", "Can add page"), ("change_page", "Can change page"), ("publish_page", "Can publish page")):
        GroupPagePermission.objects.get_or_create(
            group=moderators, page=root, permission=_permission(apps, "wagtailcore", "page", codename, name)
        )
    Group.objects.get_or_create(name="Editors")
    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=STOCK_WORKFLOW, defaults={"content_type": task_type, "active": True}
    )
    task.groups.set([moderators])
    workflow, _ = Workflow.objects.get_or_create(name=STOCK_WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task_id=task.pk, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page_id=root.pk, defaults={"workflow": workflow})
    Workflow.objects.filter(name=EDITORIAL_WORKFLOW).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_web_editors_focus_areas"),
        ("reports", "0001_initial"),
        ("partners", "0001_initial"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
