"""The approval links to its minutes: the approver gives the address in the dialog, the public follows it.

Driven through the admin's own views: the dashboard's approve dialog, the page editor, the translation review.
"""

import json
from http import HTTPStatus

import pytest
from wagtail.models import WorkflowState

from reports.models import TripReportPage
from reports.publication import PublicationRefused
from tests.reports.helpers import (
    MEETING,
    edit_form_data,
    edit_url,
    login,
    open_dialog,
    reload,
    submit,
    take_action,
)
from tests.reports.translation import translate_and_review
from tests.reports.world import create_draft_report
from tests.text import text_of

pytestmark = pytest.mark.django_db

MINUTES = "https://ballerup.dk/politik/dagsordener/oekonomiudvalget/2025-03-12#punkt-4"


def approve_with_minutes(client, world, report, minutes_url, ajax=True):
    login(client, world.users["finance-member"])
    return take_action(client, report, "approve", ajax=ajax, meeting_date=MEETING, minutes_url=minutes_url)


def public(client, url):
    client.logout()
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


def test_minutes__happy_path__danish_and_english_pages_link_to_the_minutes(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    login(client, world.users["finance-member"])
    dialog = open_dialog(client, report)
    assert 'name="minutes_url"' in dialog
    assert "Link til dagsordenspunktet eller referatet (valgfrit)" in dialog

    response = approve_with_minutes(client, world, report, MINUTES)

    assert json.loads(response.content)["step"] == "success"
    report = reload(report)
    assert report.live
    assert report.approval_minutes_url == MINUTES
    assert report.live_revision.as_object().approval_minutes_url == MINUTES
    link = f'<a href="{MINUTES}" class="approval-minutes" aria-describedby="approval-{report.pk}">Se referatet</a>'
    page = public(client, report.url)
    assert link in page
    approval = (
        f'<span id="approval-{report.pk}">Godkendt af Økonomiudvalget den '
        '<time datetime="2025-03-12">12. marts 2025</time></span>'
    )
    assert approval in page
    assert link in public(client, "/da/rejserapporter/")

    english = translate_and_review(client, world, report)

    assert english.live
    assert english.approval_minutes_url == MINUTES
    english_page = public(client, english.url)
    assert (
        f'<a href="{MINUTES}" class="approval-minutes" aria-describedby="approval-{english.pk}">Read the minutes</a>'
        in (english_page)
    )
    assert "Approved by the Finance Committee on 12 March 2025" in text_of(english_page)


def test_minutes__happy_path__the_workflow_history_names_the_minutes(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    approve_with_minutes(client, world, report, MINUTES)
    workflow_state = WorkflowState.objects.for_instance(report).get()
    login(client, world.users["editor"])

    detail = client.get(f"/admin/pages/{report.pk}/workflow_history/detail/{workflow_state.pk}/").content.decode()

    assert f"Godkendt på udvalgets møde den 12. marts 2025. Referat: {MINUTES}" in detail


def test_minutes__happy_path__from_the_page_editor_too(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    login(client, world.users["finance-member"])
    data = edit_form_data(client, report)
    data["action-workflow-action"] = "1"
    data["workflow-action-name"] = "approve"
    data["workflow-action-extra-data"] = json.dumps({"meeting_date": MEETING, "minutes_url": MINUTES, "comment": ""})

    response = client.post(edit_url(report), data)

    assert response.status_code == HTTPStatus.FOUND
    assert reload(report).approval_minutes_url == MINUTES


def test_minutes__happy_path__no_link_no_minutes_line(client, world):
    report = create_draft_report(world)
    submit(client, world, report)

    approve_with_minutes(client, world, report, "")

    report = reload(report)
    assert report.live
    assert report.approval_minutes_url == ""
    page = public(client, report.url)
    assert "Godkendt af Økonomiudvalget den 12. marts 2025" in text_of(page)
    assert "Se referatet" not in page
    assert "approval-minutes" not in public(client, "/da/rejserapporter/")


@pytest.mark.parametrize(
    "minutes_url",
    [
        "http://ballerup.dk/referat",
        "javascript:alert(document.cookie)",
        "ftp://ballerup.dk/referat.pdf",
        "https://",
        "https://ballerup.dk/" + "a" * 500,
        "https://ballerup.dk/referat\nmed linjeskift",
    ],
    ids=["http", "javascript", "ftp", "no_host", "too_long", "newline"],
)
def test_minutes__unhappy_path__not_an_https_address_is_a_form_error(client, world, minutes_url):
    report = create_draft_report(world)
    submit(client, world, report)

    response = approve_with_minutes(client, world, report, minutes_url)

    assert response.status_code == HTTPStatus.OK
    body = json.loads(response.content)
    assert body["step"] == "action"
    assert "https://" in body["html"] and "error" in body["html"]
    assert not reload(report).live
    # Without JavaScript the form is not accepted either (Wagtail redirects back without acting).
    assert approve_with_minutes(client, world, report, minutes_url, ajax=False).status_code == HTTPStatus.FOUND
    assert not reload(report).live
    assert not TripReportPage.objects.filter(pk=report.pk, live=True).exists()


@pytest.mark.parametrize("minutes_url", ["http://ballerup.dk/referat", ["https://ballerup.dk"], {"url": 1}])
def test_minutes__unhappy_path__forged_link_from_the_page_editor_is_a_400(client, world, minutes_url):
    """The page editor posts its modal's data as JSON, which a crafted request fills with anything."""
    report = create_draft_report(world)
    submit(client, world, report)
    login(client, world.users["finance-member"])
    data = edit_form_data(client, report)
    data["action-workflow-action"] = "1"
    data["workflow-action-name"] = "approve"
    data["workflow-action-extra-data"] = json.dumps({"meeting_date": MEETING, "minutes_url": minutes_url})

    response = client.post(edit_url(report), data)

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not reload(report).live


def test_minutes__unhappy_path__errors_speak_danish(client, world):
    report = create_draft_report(world)
    submit(client, world, report)

    html = json.loads(approve_with_minutes(client, world, report, "http://ballerup.dk/referat").content)["html"]
    too_long = json.loads(approve_with_minutes(client, world, report, "https://ballerup.dk/" + "a" * 500).content)[
        "html"
    ]

    assert "Angiv den fulde adresse på dagsordenspunktet eller referatet, begyndende med https://." in html
    assert "højst" in too_long and "500" in too_long


def test_minutes__happy_path__a_new_approval_without_link_drops_the_old_one(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    approve_with_minutes(client, world, report, MINUTES)
    login(client, world.users["editor"])
    client.post(edit_url(report), {**edit_form_data(client, report, outcome="<p>Ny tekst.</p>"), "action-submit": "1"})

    approve_with_minutes(client, world, report, "")

    report = reload(report)
    assert "Ny tekst." in report.outcome
    assert report.approval_minutes_url == ""
    assert "Se referatet" not in public(client, report.url)


def test_minutes__unhappy_path__a_live_report_gets_no_link_except_through_an_approval(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    approve_with_minutes(client, world, report, "")
    login(client, world.users["editor"])
    form = client.get(edit_url(report)).content.decode()
    assert 'name="approval_minutes_url"' not in form

    # The edit form has no such field: a posted value is ignored, in the draft and in what is submitted.
    data = edit_form_data(client, report, approval_minutes_url="https://example.invalid/falsk-referat")
    client.post(edit_url(report), {**data, "action-submit": "1"})

    assert reload(report).get_latest_revision_as_object().approval_minutes_url == ""
    assert "falsk-referat" not in public(client, reload(report).url)
    # Written into the live row directly (as a careless script would), the publication guard refuses it.
    live = reload(report)
    live.approval_minutes_url = "https://example.invalid/falsk-referat"
    with pytest.raises(PublicationRefused):
        live.save()
    assert reload(report).approval_minutes_url == ""


def test_minutes__happy_path__an_updated_translation_repeats_the_new_danish_link(client, world):
    """The English page was made before the Danish report had minutes: its next review copies the new link."""
    report = create_draft_report(world)
    submit(client, world, report)
    approve_with_minutes(client, world, report, "")
    english = translate_and_review(client, world, reload(report))
    assert english.approval_minutes_url == ""
    login(client, world.users["editor"])
    client.post(edit_url(report), {**edit_form_data(client, report, outcome="<p>Ny tekst.</p>"), "action-submit": "1"})
    approve_with_minutes(client, world, report, MINUTES)

    english = translate_and_review(client, world, reload(report))

    assert english.approval_minutes_url == MINUTES
    assert f'href="{MINUTES}"' in public(client, english.url)
