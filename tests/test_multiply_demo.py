"""`manage.py multiply_demo`: the bench's content multiplier doubles the demo, and the pages keep their work."""

import io
from http import HTTPStatus

import pytest
from django.core.management import call_command

from partners.models import PartnerCityPage
from reports.models import TripReportPage
from tests.partners_helpers import count_queries

pytestmark = pytest.mark.django_db

PAGES = ["/da/", "/en/", "/da/rejserapporter/", "/en/trip-reports/", "/da/samarbejdsbyer/", "/en/partner-cities/"]


def live_counts():
    return {
        (model.__name__, language): model.objects.live().filter(locale__language_code=language).count()
        for model in (TripReportPage, PartnerCityPage)
        for language in ("da", "en")
    }


@pytest.mark.no_page_cache  # the counts are of the pages' renders, not of page cache hits
def test_factor_two_doubles_reports_and_cities_in_both_languages_and_keeps_the_query_counts(seeded, client):
    before = live_counts()
    queries_before = {path: count_queries(client, path) for path in PAGES}

    call_command("multiply_demo", factor=2, stdout=io.StringIO())
    once = live_counts()
    call_command("multiply_demo", factor=2, stdout=io.StringIO())  # a second run adds nothing

    assert once == {key: 2 * count for key, count in before.items()} == live_counts()
    assert {path: count_queries(client, path) for path in PAGES} == queries_before
    copy = TripReportPage.objects.get(slug="oekonomiudvalget-hamborg-2025-kopi-2")
    english = TripReportPage.objects.get(translation_key=copy.translation_key, locale__language_code="en")
    assert copy.approved_on and copy.start_date.year == 2024 and copy.expense_lines.count()
    page = client.get(english.url)
    assert page.status_code == HTTPStatus.OK
    assert "Approved by the Finance Committee" in page.content.decode()
