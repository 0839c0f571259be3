"""The demo: seeded reports went through the real workflow, and the whole story works in the admin."""

import datetime
import json
from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale, TaskState

from reports.models import CommitteeApprovalTaskState, TripReportIndexPage, TripReportPage
from tests.reports.helpers import current_task_state, press, reload, take_action

pytestmark = pytest.mark.django_db


def login_demo(client, username, password):
    client.logout()
    assert client.login(username=username, password=password)


def test_seed__happy_path__approvals_are_real_workflow_records(seeded):
    prague = TripReportPage.objects.get(slug="studietur-prag-10-2025")

    state = CommitteeApprovalTaskState.objects.get(revision=prague.live_revision, status=TaskState.STATUS_APPROVED)

    assert state.finished_by.username == "finance-member"
    assert state.meeting_date == prague.approved_on == datetime.date(2025, 5, 6)
    assert prague.approved_by.name_da == "Økonomiudvalget"


def test_seed__happy_path__both_indexes_list_the_approved_reports_in_menus(seeded, client):
    danish = client.get("/da/rejserapporter/").content.decode()
    english = client.get("/en/trip-reports/").content.decode()

    assert "Økonomiudvalgets studietur til Prag 10" in danish
    assert "Nordisk kommunekonference" not in danish and "Skolepartnere i Tampere" not in danish
    assert "study trip to Prague 10" in english
    assert "Approved by the Finance Committee on 6 May 2025" in english
    assert 'href="/da/rejserapporter/"' in client.get("/da/").content.decode()
    assert 'href="/en/trip-reports/"' in client.get("/en/").content.decode()


def test_seed__happy_path__waiting_and_rejected_reports(seeded, client, demo_password):
    waiting = TripReportPage.objects.get(slug="nordisk-kommunekonference-malmoe-2026")
    rejected = TripReportPage.objects.get(slug="skolepartnere-tampere-2026")

    assert current_task_state(waiting).status == TaskState.STATUS_IN_PROGRESS
    assert rejected.current_workflow_state.status == "needs_changes"
    assert "hotel og lokal transport" in rejected.current_workflow_state.current_task_state.comment
    login_demo(client, "finance-member", demo_password)
    assert f"/admin/pages/workflow/action/{waiting.pk}/approve/" in client.get("/admin/").content.decode()
    login_demo(client, "children-member", demo_password)
    assert f"/admin/pages/workflow/action/{waiting.pk}/approve/" not in client.get("/admin/").content.decode()


def test_seed__happy_path__the_demo_story(seeded, client, demo_password):
    """Editor writes a Finance Committee report and submits it; finance-member approves it from the dashboard;
    the public reads it in Danish and, once translated and reviewed, in English; children-member could not."""
    from home.seed.translation import translate

    index = TripReportIndexPage.objects.get(locale__language_code="da")
    editor = get_user_model().objects.get(username="editor")
    from reports.models import Committee, ExpenseLine

    report = TripReportPage(
        title="Budgetseminar i Prag",
        slug="budgetseminar-prag",
        committee=Committee.objects.get(name_da="Økonomiudvalget"),
        start_date=datetime.date(2026, 3, 2),
        end_date=datetime.date(2026, 3, 3),
        destination_name="Prag",
        destination_country="Tjekkiet",
        purpose="<p>Et seminar om budgetlægning.</p>",
        live=False,
    )
    report.expense_lines.add(ExpenseLine(category="fees", description="Seminargebyr", amount=1500))
    index.add_child(instance=report)
    report.save_revision(user=editor)

    login_demo(client, "editor", demo_password)
    assert press(client, report, "action-submit").status_code == HTTPStatus.FOUND
    login_demo(client, "children-member", demo_password)
    assert take_action(client, report, "approve", meeting_date="2026-04-14").status_code == HTTPStatus.FORBIDDEN
    login_demo(client, "finance-member", demo_password)
    response = take_action(client, report, "approve", meeting_date="2026-04-14")
    assert json.loads(response.content)["step"] == "success"

    client.logout()
    danish = client.get("/da/rejserapporter/budgetseminar-prag/").content.decode()
    assert "Godkendt af Økonomiudvalget den 14. april 2026" in danish
    assert "1.500\N{NO-BREAK SPACE}kr." in danish

    english = translate(
        reload(report),
        "en",
        {
            "Budgetseminar i Prag": "Budget seminar in Prague",
            "budgetseminar-prag": "budget-seminar-prague",
            "Et seminar om budgetlægning.": "A seminar on budgeting.",
            "Prag": "Prague",
            "Tjekkiet": "Czech Republic",
            "Seminargebyr": "Seminar fee",
        },
        publish=False,
        user=editor,
    )
    login_demo(client, "editor", demo_password)
    assert client.post(f"/admin/translations/{english.pk}/review/").status_code == HTTPStatus.FOUND
    login_demo(client, "moderator", demo_password)
    take_action(client, english, "approve")
    client.logout()
    page = client.get("/en/trip-reports/budget-seminar-prague/").content.decode()
    assert "Approved by the Finance Committee on 14 April 2026" in page
    assert "DKK\N{NO-BREAK SPACE}1,500" in page
    assert Locale.objects.get(language_code="en") == reload(english).locale


@pytest.mark.parametrize("username", ["editor", "moderator", "finance-member", "children-member", "admin"])
def test_seed__happy_path__admin_pages_around_reports_render_for_every_demo_user(
    seeded, client, demo_password, username
):
    """No admin page a demo user can reach around reports answers with a server error."""
    login_demo(client, username, demo_password)
    urls = ["/admin/", "/admin/snippets/reports/committee/", "/admin/snippets/reports/budget/"]
    for report in TripReportPage.objects.all():
        urls += [
            f"/admin/pages/{report.pk}/edit/",
            f"/admin/pages/{report.pk}/history/",
            f"/admin/pages/{report.get_parent().pk}/",
            f"/admin/pages/{report.pk}/unpublish/",
        ]
        if report.locale.language_code == "en":
            urls.append(f"/admin/translations/{report.pk}/review/")
        if state := current_task_state(report):
            for action in ("approve", "reject"):
                urls.append(f"/admin/pages/workflow/action/{report.pk}/{action}/{state.pk}/")
    for url in urls:
        response = client.get(url)
        assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR, url


def test_seed__happy_path__approved_programme_pdf_is_public_waiting_ones_are_not(seeded, client):
    approved = TripReportPage.objects.get(slug="studietur-prag-10-2025").attachments.get().document
    waiting = TripReportPage.objects.get(slug="nordisk-kommunekonference-malmoe-2026").attachments.get().document

    response = client.get(approved.url)

    assert response.status_code == HTTPStatus.OK
    assert b"".join(response.streaming_content).startswith(b"%PDF-1.4")
    assert client.get(waiting.url).status_code == HTTPStatus.NOT_FOUND


def test_seed__timeliness__publication_is_dated_the_day_the_demo_says_in_both_languages(seeded):
    """The workflow publishes today; the demo backdates each approved report to its own publication day."""
    from django.utils import timezone

    from home.seed.reports import REPORTS

    for demo in (demo for demo in REPORTS if demo.state == "approved"):
        danish = TripReportPage.objects.get(slug=demo.slug[0], locale__language_code="da")
        english = danish.get_translation(Locale.objects.get(language_code="en"))
        for page in (danish, english):
            assert page.live, page.slug
            assert timezone.localdate(page.first_published_at) == demo.published_on, page.slug
            assert page.last_published_at == page.first_published_at, page.slug
        assert danish.approved_on < demo.published_on


def test_seed__minutes__every_approved_demo_report_links_to_fictional_minutes_of_its_meeting():
    from home.seed.reports import REPORTS

    for demo in REPORTS:
        if demo.state != "approved":
            assert not demo.minutes_url
            continue
        assert demo.minutes_url.startswith("https://minutes.example.org/ballerup/"), demo.slug
        assert demo.minutes_url.endswith(f"/{demo.meeting_date:%Y-%m-%d}"), demo.slug
