"""The committee approval of trip reports, driven through the admin's own views."""

import datetime
import json
from http import HTTPStatus

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from tests.reports.helpers import (
    MEETING,
    approve,
    current_task_state,
    login,
    press,
    reload,
    submit,
    take_action,
    workflow_action_url,
)
from tests.reports.world import create_draft_report
from tests.text import text_of

pytestmark = pytest.mark.django_db


def test_publish__unhappy_path__editor_cannot_publish_a_report(client, world):
    report = create_draft_report(world)
    login(client, world.users["editor"])

    response = press(client, report, "action-publish")

    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    assert not reload(report).live
    assert b"action-publish" not in client.get(f"/admin/pages/{report.pk}/edit/").content


def test_publish__unhappy_path__superuser_gets_no_publish_button_either(client, world, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.invalid", "report-test-password")
    report = create_draft_report(world)
    login(client, admin)

    press(client, report, "action-publish")

    assert not reload(report).live


def test_submit__happy_path__finance_member_sees_it_in_the_dashboard_queue(client, world):
    report = create_draft_report(world)

    task_state = submit(client, world, report)

    assert task_state is not None
    approve_link = f"/admin/pages/workflow/action/{report.pk}/approve/{task_state.pk}/"
    login(client, world.users["finance-member"])
    assert approve_link in client.get("/admin/").content.decode()
    login(client, world.users["children-member"])
    assert approve_link not in client.get("/admin/").content.decode()


def test_approve__happy_path__finance_member_approves_with_meeting_date_and_report_goes_live(client, world):
    report = create_draft_report(world)
    submit(client, world, report)

    response = approve(client, world, report)

    assert response.status_code == HTTPStatus.OK
    assert json.loads(response.content)["step"] == "success"
    report = reload(report)
    assert report.live
    assert report.approved_on and report.committee == world.finance
    assert report.approved_on == datetime.date(2025, 3, 12)
    assert report.live_revision.as_object().approved_on == datetime.date(2025, 3, 12)
    client.logout()
    danish = client.get(report.url).content.decode()
    assert "Godkendt af Økonomiudvalget den 12. marts 2025" in text_of(danish)
    assert "9.600,50\N{NO-BREAK SPACE}kr." in danish


def test_approve__happy_path__without_ajax_the_form_still_approves(client, world):
    report = create_draft_report(world)
    submit(client, world, report)

    response = approve(client, world, report, ajax=False)

    assert response.status_code == HTTPStatus.FOUND
    assert reload(report).live


def test_approve__unhappy_path__member_of_another_committee(client, world):
    report = create_draft_report(world)
    submit(client, world, report)

    response = approve(client, world, report, as_user="children-member")

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert not reload(report).live
    assert current_task_state(report).status == TaskState.STATUS_IN_PROGRESS


def test_approve__unhappy_path__moderator_cannot_approve_a_committee_report(client, world):
    report = create_draft_report(world)
    submit(client, world, report)

    assert approve(client, world, report, as_user="moderator").status_code == HTTPStatus.FORBIDDEN
    assert not reload(report).live


def test_approve__unhappy_path__submitter_in_the_committee_cannot_approve_own_report(client, world):
    report = create_draft_report(world, author="finance-editor")
    submit(client, world, report, as_user="finance-editor")

    response = approve(client, world, report, as_user="finance-editor")

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert not reload(report).live
    login(client, world.users["finance-editor"])
    assert f"/admin/pages/workflow/action/{report.pk}/approve/" not in client.get("/admin/").content.decode()


def test_approve__unhappy_path__task_state_of_another_page_in_the_url(client, world):
    """The action view checks the page in the URL; the task must check the task state it is given."""
    children_report = create_draft_report(world, title="Skolebesøg i Malmø", committee=world.children)
    finance_report = create_draft_report(world, title="Budgetseminar i Prag")
    children_state = submit(client, world, children_report)
    submit(client, world, finance_report)

    login(client, world.users["finance-member"])
    response = take_action(client, finance_report, "approve", task_state=children_state, meeting_date=MEETING)

    assert response.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.BAD_REQUEST)
    assert not reload(children_report).live


@pytest.mark.parametrize(
    ("meeting_date", "message"),
    [
        ((timezone.localdate() + datetime.timedelta(days=1)).isoformat(), "fremtiden"),
        ("2025-02-05", "før rejsen sluttede"),
        ("", "Angiv datoen"),
    ],
    ids=["in_the_future", "before_the_trip_ended", "missing"],
)
def test_approve__unhappy_path__bad_meeting_date_is_a_form_error(client, world, meeting_date, message):
    report = create_draft_report(world)
    submit(client, world, report)

    response = approve(client, world, report, meeting_date=meeting_date)

    assert response.status_code == HTTPStatus.OK
    body = json.loads(response.content)
    assert body["step"] == "action"
    assert message in body["html"]
    assert not reload(report).live
    assert approve(client, world, report, meeting_date=meeting_date, ajax=False).status_code == HTTPStatus.FOUND
    assert not reload(report).live


def test_approve__unhappy_path__forged_date_from_the_page_editor_is_refused(client, world):
    """The editor's approve button posts the modal's data as JSON: the task validates it again."""
    report = create_draft_report(world)
    submit(client, world, report)
    login(client, world.users["finance-member"])
    from tests.reports.helpers import edit_form_data, edit_url

    data = edit_form_data(client, report)
    data["action-workflow-action"] = "1"
    data["workflow-action-name"] = "approve"
    data["workflow-action-extra-data"] = json.dumps({"meeting_date": "2099-01-01"})
    response = client.post(edit_url(report), data)

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not reload(report).live


def test_approve__happy_path__from_the_page_editor(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    login(client, world.users["finance-member"])
    from tests.reports.helpers import edit_form_data, edit_url

    data = edit_form_data(client, report)
    data["action-workflow-action"] = "1"
    data["workflow-action-name"] = "approve"
    data["workflow-action-extra-data"] = json.dumps({"meeting_date": MEETING, "comment": ""})
    response = client.post(edit_url(report), data)

    assert response.status_code == HTTPStatus.FOUND
    assert reload(report).approved_on == datetime.date(2025, 3, 12)
    assert reload(report).live


def test_reject__happy_path__returns_to_editor_with_comment_and_stays_private(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    login(client, world.users["finance-member"])

    response = take_action(client, report, "reject", comment="Regnskabet mangler bilag for hotellet.")

    assert json.loads(response.content)["step"] == "success"
    report = reload(report)
    assert not report.live
    assert report.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    login(client, world.users["editor"])
    assert "Regnskabet mangler bilag for hotellet." in client.get(f"/admin/pages/{report.pk}/edit/").content.decode()
    client.logout()
    assert client.get(f"/da/rejserapporter/{report.slug}/").status_code == HTTPStatus.NOT_FOUND


def test_reject__unhappy_path__needs_a_comment(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    login(client, world.users["finance-member"])

    response = take_action(client, report, "reject", comment="")

    assert json.loads(response.content)["step"] == "action"
    assert current_task_state(report).status == TaskState.STATUS_IN_PROGRESS


def test_review__happy_path__report_in_review_is_locked_for_its_editor(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    login(client, world.users["editor"])

    press(client, report, None, title="Ændret under behandlingen")

    assert reload(report).get_latest_revision().as_object().title == "Studietur til Prag"


def test_approve__happy_path__edit_during_review_needs_its_own_approval(client, world):
    report = create_draft_report(world)
    first_state = submit(client, world, report)
    # A second committee member edits while the report waits: that edit was not what was reviewed.
    login(client, world.users["second-finance-member"])
    press(client, report, None, title="Tilføjet af et andet medlem")

    approve(client, world, report)

    assert not reload(report).live
    second_state = current_task_state(report)
    assert second_state.revision_id == reload(report).latest_revision_id != first_state.revision_id
    approve(client, world, report, task_state=second_state)
    assert reload(report).live
    assert reload(report).title == "Tilføjet af et andet medlem"


def test_approve__happy_path__publishes_the_reviewed_revision_not_a_later_edit(client, world, settings):
    """Even without re-approval on edit, the finish action publishes what was reviewed, not the latest draft."""
    settings.WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = False
    report = create_draft_report(world)
    task_state = submit(client, world, report)
    login(client, world.users["second-finance-member"])
    press(client, report, None, title="Tilføjet af et andet medlem")

    approve(client, world, report)

    report = reload(report)
    assert report.live
    assert report.live_revision_id == task_state.revision_id
    assert report.live_revision.as_object().title == "Studietur til Prag"
    assert report.has_unpublished_changes
    client.logout()
    assert "Tilføjet af et andet medlem" not in client.get(report.url).content.decode()


def test_edit_after_approval__unhappy_path__needs_new_approval_and_public_sees_approved_version(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    approve(client, world, report)
    login(client, world.users["editor"])

    press(client, report, "action-publish", purpose="<p>Ikke godkendt tekst.</p>")
    press(client, report, "action-submit", purpose="<p>Ikke godkendt tekst.</p>")

    client.logout()
    page = client.get(reload(report).url).content.decode()
    assert "Ikke godkendt tekst" not in page
    assert "At lære af skolesamarbejdet" in page
    assert current_task_state(report) is not None

    approve(client, world, report, meeting_date="2025-04-02")
    client.logout()
    page = client.get(reload(report).url).content.decode()
    assert "Ikke godkendt tekst" in page
    assert "Godkendt af Økonomiudvalget den 2. april 2025" in text_of(page)


def test_notifications__happy_path__committee_notified_on_submit_editor_on_approval(client, world):
    report = create_draft_report(world)
    mail.outbox.clear()

    submit(client, world, report)

    to_committee = {address for message in mail.outbox for address in message.to}
    assert {"finance-member@example.invalid", "second-finance-member@example.invalid"} <= to_committee
    assert "children-member@example.invalid" not in to_committee
    assert "editor@example.invalid" not in to_committee
    mail.outbox.clear()

    approve(client, world, report)

    assert [message.to for message in mail.outbox] == [["editor@example.invalid"]]


def test_notifications__happy_path__editor_notified_on_rejection_with_comment(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    mail.outbox.clear()
    login(client, world.users["finance-member"])

    take_action(client, report, "reject", comment="Tilføj programmet som PDF.")

    assert [message.to for message in mail.outbox] == [["editor@example.invalid"]]
    assert "Tilføj programmet som PDF." in mail.outbox[0].body


def test_unpublish__happy_path__moderator_withdraws_a_report_and_it_is_logged(client, world):
    from wagtail.models import PageLogEntry

    report = create_draft_report(world)
    submit(client, world, report)
    approve(client, world, report)
    login(client, world.users["moderator"])

    response = client.post(f"/admin/pages/{report.pk}/unpublish/")

    assert response.status_code == HTTPStatus.FOUND
    assert not reload(report).live
    assert PageLogEntry.objects.filter(page=report, action="wagtail.unpublish", user=world.users["moderator"]).exists()


def test_unpublish__unhappy_path__editor_cannot_withdraw_a_report(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    approve(client, world, report)
    login(client, world.users["editor"])

    client.post(f"/admin/pages/{report.pk}/unpublish/")

    assert reload(report).live


def test_workflow__happy_path__every_report_index_has_the_approval_workflow(world):
    assert world.index_da.get_workflow().name == "Udvalgets godkendelse af rejserapport"
    assert world.index_en.get_workflow().name == "Udvalgets godkendelse af rejserapport"
    # A report has no workflow of its own: it inherits its index's, so every new report is reviewed.
    assert create_draft_report(world).get_workflow().name == "Udvalgets godkendelse af rejserapport"


def test_approve__unhappy_path__a_member_who_wrote_an_earlier_revision_cannot_approve(client, world):
    report = create_draft_report(world)
    login(client, world.users["finance-editor"])
    press(client, report, None, outcome="<p>Rettet af et udvalgsmedlem.</p>")
    task_state = submit(client, world, report, as_user="other-editor")  # the last revision is not theirs
    login(client, world.users["finance-editor"])

    dashboard = client.get("/admin/").content.decode()
    response = take_action(client, report, "approve", meeting_date=MEETING)

    assert workflow_action_url(report, "approve", task_state) not in dashboard
    assert response.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)
    assert not reload(report).live
    login(client, world.users["finance-member"])
    assert workflow_action_url(report, "approve", task_state) in client.get("/admin/").content.decode()
