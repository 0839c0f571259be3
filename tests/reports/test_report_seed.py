"""The demo: seeded reports went through the real workflow, and the whole story works in the admin."""

import datetime
import json
from collections import defaultdict
from decimal import Decimal
from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale, TaskState

from reports.models import Budget, CommitteeApprovalTaskState, ElectionPeriod, TripReportIndexPage, TripReportPage
from reports.spending import counted, days_after_trip
from tests.reports.helpers import current_task_state, press, reload, take_action
from tests.text import text_of

pytestmark = pytest.mark.django_db


def login_demo(client, username, password):
    client.logout()
    assert client.login(username=username, password=password)


def test_seed__happy_path__approvals_are_real_workflow_records(seeded):
    prague = TripReportPage.objects.get(slug="studietur-prag-10-2025")

    state = CommitteeApprovalTaskState.objects.get(revision=prague.live_revision, status=TaskState.STATUS_APPROVED)

    assert state.finished_by.username == "finance-member"
    assert state.meeting_date == prague.approved_on == datetime.date(2025, 5, 6)
    assert prague.approved_on and prague.committee.name_da == "Økonomiudvalget"


def test_seed__happy_path__both_indexes_list_the_approved_reports_in_menus(seeded, client):
    danish = client.get("/da/rejserapporter/").content.decode()
    english = client.get("/en/trip-reports/").content.decode()

    assert "Økonomiudvalgets studietur til Prag 10" in danish
    assert "Nordisk kommunekonference" not in danish and "Skolepartnere i Tampere" not in danish
    assert "study trip to Prague 10" in english
    assert "Approved by the Finance Committee on 6 May 2025" in text_of(english)
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
    assert "Godkendt af Økonomiudvalget den 14. april 2026" in text_of(danish)
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
    assert "Approved by the Finance Committee on 14 April 2026" in text_of(page)
    assert "DKK\N{NO-BREAK SPACE}1,500" in page
    assert Locale.objects.get(language_code="en") == reload(english).locale


def one_report_of_each_kind():
    kinds = {}
    for report in TripReportPage.objects.select_related("locale").order_by("pk"):
        kind = (
            report.locale.language_code,
            report.live,
            report.has_unpublished_changes,
            bool(current_task_state(report)),
        )
        kinds.setdefault(kind, report)
    return kinds.values()


@pytest.mark.parametrize("username", ["editor", "moderator", "finance-member", "children-member", "admin"])
def test_seed__happy_path__admin_pages_around_reports_render_for_every_demo_user(
    seeded, client, demo_password, username
):
    """No admin page a demo user can reach around reports answers with a server error.

    One report of each kind the demo holds (language, live or not, in review or not, changed since
    publishing or not) stands for the rest: the 40 reports' pages for five users took minutes.
    """
    login_demo(client, username, demo_password)
    urls = ["/admin/", "/admin/snippets/reports/committee/", "/admin/snippets/reports/budget/"]
    for report in one_report_of_each_kind():
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
    from reports.seed.reports import REPORTS

    for demo in (demo for demo in REPORTS if demo.state == "approved"):
        danish = TripReportPage.objects.get(slug=demo.slug[0], locale__language_code="da")
        english = danish.get_translation(Locale.objects.get(language_code="en"))
        for page in (danish, english):
            assert page.live, page.slug
            assert timezone.localdate(page.first_published_at) == demo.published_on, page.slug
            assert page.last_published_at == page.first_published_at, page.slug
        assert danish.approved_on < demo.published_on


def test_seed__minutes__every_approved_demo_report_links_to_fictional_minutes_of_its_meeting():
    from reports.seed.reports import REPORTS

    for demo in REPORTS:
        if demo.state != "approved":
            assert not demo.minutes_url
            continue
        assert demo.minutes_url.startswith("https://minutes.example.org/ballerup/"), demo.slug
        assert demo.minutes_url.endswith(f"/{demo.meeting_date:%Y-%m-%d}"), demo.slug


def counted_danish_reports():
    """The Danish demo reports the public figures count, with their accounts' totals computed here."""
    reports = counted(TripReportPage.objects.filter(locale=Locale.get_default())).select_related("committee")
    reports = list(reports.prefetch_related("expense_lines", "participants"))
    for report in reports:
        report.spent = sum((line.amount for line in report.expense_lines.all()), Decimal("0"))
    return reports


def spent_by_budget_and_year():
    spent = defaultdict(Decimal)
    for report in counted_danish_reports():
        spent[report.budget_id, report.start_date.year] += report.spent
    return spent


def test_seed__spending__counted_trips_cover_both_election_periods_places_budgets_and_committees(seeded):
    reports = counted_danish_reports()
    periods = list(ElectionPeriod.objects.filter(first_year__in=(2022, 2026)))
    years = {report.start_date.year for report in reports}

    assert len(periods) == 2
    for period in periods:
        assert years & set(range(period.first_year, period.last_year + 1)), period
    assert years >= {2022, 2023, 2024, 2025, 2026}
    assert {report.destination_city.slug for report in reports if report.destination_city} == {
        "prag-10",
        "east-kilbride",
        "wuxi",
        "brandenburg-an-der-havel",
    }
    assert len({report.destination_name for report in reports if not report.destination_city}) >= 2
    assert {report.committee.name_da for report in reports} == {
        "Økonomiudvalget",
        "Børne- og Skoleudvalget",
        "Kommunalbestyrelsen",
        "Direktionen",
    }
    paid_from = Budget.objects.filter(pk__in={report.budget_id for report in reports})
    assert paid_from.filter(owner=None).count() >= 2  # central lines
    assert paid_from.filter(name="Studierejsepuljen for medarbejdere").exists()
    assert paid_from.filter(owner__kind="committee").count() == 2 and paid_from.filter(owner__kind="council").exists()


def test_seed__spending__the_finance_committee_has_several_trips_in_2025_and_trips_in_other_years(seeded):
    finance = [report for report in counted_danish_reports() if report.committee.name_da == "Økonomiudvalget"]
    in_2025 = [report for report in finance if report.start_date.year == 2025]
    participants = sum(report.participants.count() for report in in_2025)

    assert len(in_2025) >= 2
    assert sum(report.spent for report in in_2025) > 0 and participants > len(in_2025)
    assert {report.start_date.year for report in finance} & {2022, 2023, 2024}


def test_seed__spending__exactly_one_budget_year_is_overspent_even_after_carry_over(seeded):
    """Carry-over: what earlier years of the same election period left unspent; a trip's year is its start."""
    spent = spent_by_budget_and_year()
    overspent = set()
    for budget in Budget.objects.all():
        for period in ElectionPeriod.objects.filter(first_year__lte=timezone.localdate().year):
            left = Decimal("0")  # nothing carries into a new period
            for year in range(period.first_year, period.last_year + 1):
                available = budget.yearly_amount + (left if budget.carries_over else 0)
                if spent[budget.pk, year] > available:
                    overspent.add((budget.name, year))
                left = available - spent[budget.pk, year]

    assert overspent == {("Kommunalbestyrelsens kursus- og rejsebudget", 2024)}


def test_seed__spending__a_committee_budget_spends_nothing_in_a_year_and_later_years_of_its_period_spend(seeded):
    spent = spent_by_budget_and_year()
    idle = [
        (budget, year)
        for budget in Budget.objects.filter(carries_over=True).exclude(owner=None)
        for year in (2022, 2023, 2024)
        if not spent[budget.pk, year] and any(spent[budget.pk, later] for later in range(year + 1, 2026))
    ]

    assert idle


def test_seed__translations__every_live_danish_report_has_a_live_english_translation_with_its_approval(seeded):
    english = Locale.objects.get(language_code="en")
    danish_reports = TripReportPage.objects.live().filter(locale=Locale.get_default())

    assert danish_reports.count() >= 15
    for danish in danish_reports:
        translation = danish.get_translation_or_none(english)
        assert translation is not None and translation.live, danish.slug
        assert (translation.committee_id, translation.approved_on) == (danish.committee_id, danish.approved_on)


def test_seed__timeliness__some_reports_were_published_late_most_in_time(seeded):
    delays = [days_after_trip(report.end_date, report.first_published_at) for report in counted_danish_reports()]

    assert 1 <= len([delay for delay in delays if delay > 60]) <= 3
    assert all(delay > 0 for delay in delays)


def test_seed__timeliness__an_overdue_report_waits_for_approval_and_is_not_public(seeded, client):
    overdue = TripReportPage.objects.filter(
        locale=Locale.get_default(), live=False, end_date__lt=timezone.localdate() - datetime.timedelta(days=60)
    ).exclude(approved_on__isnull=False)
    waiting = [report for report in overdue if (state := current_task_state(report)) and state.status == "in_progress"]

    assert waiting
    for report in waiting:
        assert client.get(report.url).status_code == HTTPStatus.NOT_FOUND


def test_seed__workflow__every_approved_demo_report_was_approved_by_its_committee_at_its_meeting(seeded):
    from reports.seed.reports import REPORTS

    for demo in (demo for demo in REPORTS if demo.state == "approved"):
        report = TripReportPage.objects.get(slug=demo.slug[0], locale=Locale.get_default())
        state = CommitteeApprovalTaskState.objects.get(revision=report.live_revision, status=TaskState.STATUS_APPROVED)

        assert state.finished_by.username == demo.approver, demo.slug
        assert state.finished_by.groups.filter(name=demo.committee).exists(), demo.slug
        assert state.meeting_date == report.approved_on == demo.meeting_date, demo.slug
        assert report.approved_on and report.committee.name_da == demo.committee, demo.slug
