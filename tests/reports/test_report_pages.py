"""The public report pages: what they show, in both languages, in a fixed number of queries."""

import datetime
from decimal import Decimal
from http import HTTPStatus

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail_localize.models import StringSegment, TranslationSource

from home.seed.translation import translate
from partners.models import FocusArea
from reports.models import ExpenseLine, Participant, ReportAttachment, TripReportPage
from tests.publishing import approve_through_workflow
from tests.querycount import warm
from tests.reports.queries import INDEX_QUERIES, INDEX_QUERIES_EN
from tests.reports.world import create_draft_report
from tests.text import text_of

pytestmark = pytest.mark.django_db


def published_report(world, number, lines=2):
    """A live report for page tests, approved by its committee (the approval screens are tested elsewhere)."""
    report = create_draft_report(
        world,
        title=f"Rejse nummer {number}",
        slug=f"rejse-{number}",
        end_date=datetime.date(2025, 2, 6) + datetime.timedelta(days=number),
    )
    for i in range(lines):
        ExpenseLine.objects.create(page=report, category="meals", description=f"Middag {i}", amount=Decimal("250.25"))
        Participant.objects.create(page=report, name=f"Deltager {i}", role="Medlem af Økonomiudvalget")
        document = get_document_model().objects.create(title=f"Bilag {i}", file=ContentFile(b"%PDF", name=f"b{i}.pdf"))
        ReportAttachment.objects.create(page=report, document=document)
    area = FocusArea.objects.create(name=f"Fokus {number}")
    report.focus_areas.add(area)
    report.save_revision(user=world.users["editor"])
    return approve_through_workflow(report, world.users["editor"], world.users["finance-member"])


def queries_for(client, url):
    warm(client, url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return len(queries)


def test_index__happy_path__lists_published_reports_paginated(client, world):
    for number in range(12):
        published_report(world, number, lines=1)

    first = client.get("/da/rejserapporter/").content.decode()
    second = client.get("/da/rejserapporter/?page=2").content.decode()

    assert first.count('class="trip-report-list__item"') == 10
    assert second.count('class="trip-report-list__item"') == 2
    assert "Rejse nummer 11" in first and "Rejse nummer 0" in second
    assert "Godkendt af Økonomiudvalget den 12. marts 2025" in text_of(first)
    assert client.get("/da/rejserapporter/?page=abc").status_code == HTTPStatus.OK


# Routing finds the report with its committee, budget, approval and publication date (two in all: the site, the
# home page and the report index come from the process memo), then the expense lines, participants,
# attachments, focus areas and the page frame (the view restrictions: none, the memo knows the site has none).
REPORT_QUERIES_EN = 6
REPORT_QUERIES = 6


@pytest.mark.no_page_cache  # the count is of the render, not of a page cache hit
def test_index__happy_path__fixed_query_count(client, world):
    published_report(world, 0)
    few = queries_for(client, "/da/rejserapporter/")
    for number in range(1, 12):
        published_report(world, number, lines=3)

    many = queries_for(client, "/da/rejserapporter/")

    assert few == many == INDEX_QUERIES


def english_report(world, number, extra_lines=0):
    """A live English report: the approved Danish one, translated and reviewed (the chain is tested elsewhere)."""
    danish = create_draft_report(world, title=f"Rejse nummer {number}", slug=f"rejse-{number}")
    for i in range(extra_lines):
        ExpenseLine.objects.create(page=danish, category="fees", description=f"Gebyr {i}", amount=Decimal("10"))
    danish.save_revision(user=world.users["editor"])
    danish = approve_through_workflow(danish, world.users["editor"], world.users["finance-member"])
    source, _ = TranslationSource.update_or_create_from_instance(danish)
    texts = StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    strings = {text: f"{text} (en)" for text in texts}
    strings.update({danish.title: f"Trip number {number}", danish.slug: f"trip-{number}"})
    english = translate(danish, "en", strings, publish=False, user=world.users["editor"])
    return approve_through_workflow(english, world.users["editor"], world.users["moderator"])


@pytest.mark.no_page_cache  # the count is of the render, not of a page cache hit
def test_index__happy_path__english_index_fixed_query_count(client, world):
    english_report(world, 0)
    few = queries_for(client, "/en/trip-reports/")
    for number in range(1, 12):
        english_report(world, number)

    many = queries_for(client, "/en/trip-reports/")

    assert few == many == INDEX_QUERIES_EN
    english = client.get("/en/trip-reports/").content.decode()
    assert "Approved by the Finance Committee on 12 March 2025" in text_of(english)


@pytest.mark.no_page_cache  # the count is of the render, not of a page cache hit
def test_report__happy_path__fixed_query_count(client, world):
    small = published_report(world, 0, lines=1)
    large = published_report(world, 1, lines=8)

    assert queries_for(client, small.url) == queries_for(client, large.url) == REPORT_QUERIES


def test_report__happy_path__accounts_table_with_computed_total(client, world):
    report = published_report(world, 0, lines=4)

    page = client.get(report.url).content.decode()

    assert page.count("250,25\N{NO-BREAK SPACE}kr.") == 4
    assert "10.601,50\N{NO-BREAK SPACE}kr." in page
    assert report.total_amount == Decimal("10601.50")


def test_report__unhappy_path__end_before_start_and_negative_amount_are_form_errors(client, world):
    from tests.reports.helpers import edit_form_data, edit_url, login

    report = create_draft_report(world)
    login(client, world.users["editor"])
    data = edit_form_data(client, report, end_date="2025-02-01")
    data["expense_lines-0-amount"] = "-5"

    response = client.post(edit_url(report), data)

    assert response.status_code == HTTPStatus.OK
    body = response.content.decode()
    assert "Rejsen kan ikke slutte, før den begynder." in body
    assert TripReportPage.objects.get(pk=report.pk).get_latest_revision_as_object().end_date == datetime.date(
        2025, 2, 6
    )


def test_report__happy_path__approval_record_is_not_in_any_edit_panel(client, world):
    from tests.reports.helpers import login

    report = create_draft_report(world)
    login(client, world.users["editor"])

    form = client.get(f"/admin/pages/{report.pk}/edit/").content.decode()

    assert 'name="approved_by"' not in form
    assert 'name="approved_on"' not in form
    assert 'name="committee"' in form


def test_latest__happy_path__newest_live_reports_per_language(world):
    published_report(world, 0)
    newest = published_report(world, 5)
    create_draft_report(world, title="Kladde", slug="kladde")

    latest = list(TripReportPage.latest(world.index_da.get_parent()))

    assert latest[0] == newest
    assert [report.title for report in latest] == ["Rejse nummer 5", "Rejse nummer 0"]


def test_report__unhappy_path__published_report_cannot_be_handed_to_another_committee(client, world):
    from tests.reports.helpers import approve, edit_form_data, edit_url, login, submit

    report = create_draft_report(world)
    submit(client, world, report)
    approve(client, world, report)
    login(client, world.users["editor"])

    response = client.post(edit_url(report), edit_form_data(client, report, committee=str(world.children.pk)))

    assert response.status_code == HTTPStatus.OK
    assert "udvalg kan ikke ændres" in response.content.decode().replace("&#x27;", "'")
    assert TripReportPage.objects.get(pk=report.pk).get_latest_revision_as_object().committee == world.finance


@pytest.mark.no_page_cache  # the count is of the render, not of a page cache hit
def test_report__happy_path__english_report_fixed_query_count(client, world):
    small = english_report(world, 0)
    large = english_report(world, 1, extra_lines=6)

    assert queries_for(client, small.url) == queries_for(client, large.url) == REPORT_QUERIES_EN
