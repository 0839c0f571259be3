"""The record of who approved what (/admin/reports/approvals.csv) equals the workflow history."""

import csv
import io
from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from wagtail.models import PageLogEntry, TaskState

from reports.models import TripReportPage
from reports.models.workflows import CommitteeApprovalTaskState

pytestmark = pytest.mark.django_db

URL = "/admin/reports/approvals.csv"
HEADERS = [
    "Rapport",
    "Sprog",
    "Version",
    "Indsendt af",
    "Godkendt af",
    "Mødedato",
    "Link til referat",
    "Offentliggjort",
    "Trukket tilbage",
]


def export(client):
    response = client.get(URL)
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


@pytest.fixture
def administrator(client, seeded):
    client.force_login(get_user_model().objects.get(username="admin"))
    return client


def test_export__rows_equal_the_workflow_history_of_the_demo(administrator):
    lines = export(administrator)

    assert lines[0] == HEADERS
    report_type = ContentType.objects.get_for_model(TripReportPage)
    history = CommitteeApprovalTaskState.objects.filter(
        status=TaskState.STATUS_APPROVED, revision__content_type=report_type
    ).order_by("finished_at", "pk")
    expected = [
        (
            str(state.revision_id),
            state.workflow_state.requested_by.username,
            state.finished_by.username,
            state.meeting_date.isoformat() if state.meeting_date else "",
            state.minutes_url,
        )
        for state in history
    ]
    got = [
        (row[2], row[3].rsplit("(", 1)[-1].rstrip(")"), row[4].rsplit("(", 1)[-1].rstrip(")"), row[5], row[6])
        for row in lines[1:]
    ]
    assert len(expected) >= 10
    assert got == expected
    assert {row[1] for row in lines[1:]} == {"da", "en"}
    # Every approval in the demo published its revision, which the log records.
    published = set(
        PageLogEntry.objects.filter(action="wagtail.publish", revision__in=[e[0] for e in expected]).values_list(
            "revision_id", flat=True
        )
    )
    assert {int(row[2]) for row in lines[1:] if row[7]} == published
    danish = [row for row in lines[1:] if row[1] == "da"]
    assert all(row[5] for row in danish), "a committee's approval has its meeting date"


def test_export__a_withdrawn_report_says_when(administrator):
    state = CommitteeApprovalTaskState.objects.filter(status=TaskState.STATUS_APPROVED).order_by("-finished_at")[0]
    page = TripReportPage.objects.get(pk=state.revision.object_id)
    from cms.workflows.publication import acting_as

    with acting_as(get_user_model().objects.get(username="admin")):
        page.unpublish(user=get_user_model().objects.get(username="admin"), log_action=True)

    row = next(row for row in export(administrator)[1:] if row[2] == str(state.revision_id))
    assert row[7] and row[8] and row[8] >= row[7]


def test_export__a_cell_a_spreadsheet_would_run_as_a_formula_is_prefixed(administrator):
    state = CommitteeApprovalTaskState.objects.filter(status=TaskState.STATUS_APPROVED).first()
    revision = state.revision
    revision.content["title"] = '=HYPERLINK("http://example.invalid","klik")'
    revision.save(update_fields=["content"])
    state.minutes_url = "https://example.invalid/-referat"
    state.save(update_fields=["minutes_url"])

    row = next(row for row in export(administrator)[1:] if row[2] == str(revision.pk))
    assert row[0] == '\'=HYPERLINK("http://example.invalid","klik")'
    assert row[6] == "https://example.invalid/-referat"


def test_export__the_query_count_does_not_grow_with_the_history(administrator, django_assert_max_num_queries):
    with django_assert_max_num_queries(25):
        export(administrator)


@pytest.mark.parametrize("username", ["editor", "finance-member", "moderator"])
def test_export__others_get_403(client, seeded, username):
    client.force_login(get_user_model().objects.get(username=username))

    assert client.get(URL).status_code == HTTPStatus.FORBIDDEN
