"""`manage.py setup_report_workflow`: the app's migrations leave the host's groups alone; the command sets up
the moderators group and the approval workflow, names from the settings, as often as it is run."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Site, Workflow

from reports.models import CommitteeApprovalTask, TripReportIndexPage

pytestmark = pytest.mark.django_db


def _index(slug="rejserapporter"):
    root = Site.objects.get(is_default_site=True).root_page
    return root.add_child(instance=TripReportIndexPage(title="Rejserapporter", slug=slug))


def report_workflows():
    return Workflow.objects.filter(workflow_tasks__task__in=CommitteeApprovalTask.objects.all())


def test_migrating_changes_no_group_and_makes_no_report_workflow():
    # Wagtail's own migrations make a "Moderators" group; the reports app's leave it as Wagtail made it.
    assert not Group.objects.filter(permissions__codename="unpublish_tripreportpage").exists()
    assert not CommitteeApprovalTask.objects.exists()


def test_the_command_sets_up_the_workflow_on_every_index_and_changes_nothing_when_run_again(settings, capsys):
    settings.REPORTS_MODERATOR_GROUP = "Redaktionen"
    settings.REPORTS_WORKFLOW_NAME = "Udvalgets godkendelse af rejserapport"
    settings.REPORTS_TASK_NAME = "Udvalgets godkendelse"
    index = _index()

    call_command("setup_report_workflow")
    call_command("setup_report_workflow")

    (workflow,) = Workflow.objects.filter(name="Udvalgets godkendelse af rejserapport")
    (task,) = CommitteeApprovalTask.objects.all()
    assert task.name == "Udvalgets godkendelse"
    assert [link.task_id for link in workflow.workflow_tasks.all()] == [task.pk]
    moderators = Group.objects.get(name="Redaktionen")
    assert task.reviewers == moderators
    assert set(moderators.permissions.values_list("codename", flat=True)) == {
        "access_admin",
        "unpublish_tripreportpage",
    }
    assert index.get_workflow() == workflow
    assert _index("rapporter-2").get_workflow() == workflow  # a later index gets it by itself
    assert "Udvalgets godkendelse af rejserapport" in capsys.readouterr().out


def test_an_existing_workflow_is_kept_as_the_site_changed_it():
    call_command("setup_report_workflow")
    (workflow,) = report_workflows()
    workflow.name = "Godkendelse"
    workflow.save()
    Group.objects.get(name="Moderators").permissions.clear()

    call_command("setup_report_workflow")

    assert list(report_workflows().values_list("name", flat=True)) == ["Godkendelse"]
    assert CommitteeApprovalTask.objects.count() == 1
    assert set(Group.objects.get(name="Moderators").permissions.values_list("codename", flat=True)) == {
        "access_admin",
        "unpublish_tripreportpage",
    }
