"""English pages read English: a report's destination, budget and focus areas in the page's language.

The destination, budget and focus areas are chosen on the Danish report and synchronised, so the English
report points at Danish rows; the public pages must show (and link to) their English counterparts.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone, translation
from wagtail_localize.models import Translation, TranslationSource

from partners.models import FocusArea, PartnerCityPage
from reports.models import Budget, TripReportPage
from reports.translation_drafts import save_translation_draft
from tests.partners_helpers import count_queries
from tests.publishing import approve_through_workflow

pytestmark = pytest.mark.django_db

PRAGUE_EN = "/en/trip-reports/study-trip-prague-10-2025/"


def facts(html):
    """The report's summary of facts (who, where, when, budget, total, focus areas)."""
    return re.search(r'<table class="[^"]*\btrip-report__facts">.*?</table>', html, re.S).group(0)


def test_english_report__links_the_english_city_and_shows_english_budget_and_focus_areas(seeded, client):
    html = facts(client.get(PRAGUE_EN).content.decode())

    assert '<a href="/en/partner-cities/prague-10/">Prague 10</a>' in html
    assert "/da/" not in html
    assert "The Finance Committee&#x27;s budget for courses and travel" in html
    assert "Children and young people, Cross-cutting efforts" in html
    assert "Børne- og ungeområdet" not in html and "Økonomiudvalgets" not in html


def test_danish_report__keeps_the_danish_city_budget_and_focus_areas(seeded, client):
    html = facts(client.get("/da/rejserapporter/studietur-prag-10-2025/").content.decode())

    assert '<a href="/da/samarbejdsbyer/prag-10/">Prag 10</a>' in html
    assert "Økonomiudvalgets kursus- og rejsebudget" in html
    assert "Børne- og ungeområdet, Tværgående indsatser" in html


def test_english_report__city_without_a_live_english_page_is_named_but_not_linked_to_danish(seeded, client):
    PartnerCityPage.objects.get(slug="prague-10", locale__language_code="en").unpublish()

    html = facts(client.get(PRAGUE_EN).content.decode())

    assert "<td>Prag 10</td>" in html
    assert "/da/samarbejdsbyer/" not in html


def test_english_index__lists_english_city_names(seeded, client):
    html = client.get("/en/trip-reports/").content.decode()

    assert "Finance Committee · Prague 10 ·" in html
    assert "East Kilbride and South Lanarkshire ·" in html
    assert "Prag 10" not in html and "East Kilbride og South Lanarkshire" not in html


def test_latest_reports__english_home_lists_english_reports_with_english_links(seeded, client):
    html = client.get("/en/").content.decode()
    latest = re.search(r'<section class="home-latest-reports".*?</section>', html, re.S).group(0)

    links = re.findall(r'href="([^"]+)"', latest)
    assert links and all(link.startswith("/en/trip-reports/") for link in links)
    assert "The Finance Committee on apprenticeships in East Kilbride" in latest  # the demo's newest trip
    assert "Økonomiudvalget" not in latest


def test_latest__english_reports_carry_the_english_city_name(seeded):
    from wagtail.models import Page

    reports = list(TripReportPage.latest(Page.objects.get(depth=2, locale__language_code="en"), limit=10))

    assert {report.destination for report in reports} >= {"Prague 10", "East Kilbride and South Lanarkshire"}


def test_english_city_page__lists_the_english_reports_with_english_committee(seeded, client):
    html = client.get("/en/partner-cities/prague-10/").content.decode()
    trips = re.search(r'<section aria-labelledby="city-reports-heading">.*?</section>', html, re.S).group(0)

    assert '<a href="/en/trip-reports/study-trip-prague-10-2025/">' in trips
    assert "(Finance Committee," in trips
    assert "/da/" not in trips and "Økonomiudvalget" not in trips


DEMO_ROLES = ("editor", "finance-member", "moderator")


@pytest.mark.no_page_cache  # the count is of the render, not of a page cache hit
def test_english_report__query_count_does_not_grow_with_focus_areas(seeded, client):
    before = count_queries(client, PRAGUE_EN)
    danish = TripReportPage.objects.get(slug="studietur-prag-10-2025")
    english = TripReportPage.objects.get(url_path__endswith="/study-trip-prague-10-2025/")
    editor, member, moderator = (get_user_model().objects.get(username=name) for name in DEMO_ROLES)
    # Focus areas are synchronised from the Danish report: change them there, approve, update the translation.
    danish.focus_areas.set(FocusArea.objects.filter(locale=danish.locale))
    danish.save_revision(user=editor)
    danish = approve_through_workflow(danish, editor, member, meeting_date=timezone.localdate())
    source, _ = TranslationSource.update_or_create_from_instance(danish)
    translation = Translation.objects.get(source=source, target_locale=english.locale)
    approve_through_workflow(save_translation_draft(translation, editor), editor, moderator)

    html = client.get(PRAGUE_EN).content.decode()
    assert "Business" in facts(html) and "People-to-people relations" in facts(html)
    assert count_queries(client, PRAGUE_EN) == before


def test_budget__name_in_the_active_language_falls_back_to_danish():
    budget = Budget(name="Rejsepuljen", name_en="The travel fund")
    untranslated = Budget(name="Netværkspuljen", name_en="")

    with translation.override("en"):
        assert (budget.localized_name, str(budget), untranslated.localized_name) == (
            "The travel fund",
            "The travel fund",
            "Netværkspuljen",
        )
    with translation.override("da"):
        assert budget.localized_name == "Rejsepuljen"
