"""The journalist's questions, asked through the screens in Chromium, in Danish and in English:
how much did the Finance Committee spend on trips in 2025, per participant, against what budget, with
what carried over and what is left — and where are the minutes of the approval?

The expected figures are worked out here from the seeded rows, independently of the code under test.
"""

import re
from decimal import Decimal

import pytest
from django.db.models import Count, Sum
from django.utils import translation

from reports.models import Budget, ExpenseLine, TripReportPage
from tests.browser.axe import describe_violations, run_axe
from tests.browser.helpers import RESULTS_DIR

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

MINUTES_HOST = "https://minutes.example.org/"
TEXTS = {
    "da": {
        "list": "/da/rejserapporter/",
        "committee label": "Udvalg",
        "committee": "Økonomiudvalget",
        "year label": "År",
        "show": "Vis rejser",
        "total": "Udgifter i alt",
        "per participant": "Pr. deltager",
        "overview": "Forbrug og budgetter",
        "period": "Valgperioden 2022–2025",
        "minutes": "Se referatet",
    },
    "en": {
        "list": "/en/trip-reports/",
        "committee label": "Committee",
        "committee": "Finance Committee",
        "year label": "Year",
        "show": "Show trips",
        "total": "Total spent",
        "per participant": "Per participant",
        "overview": "Spending and budgets",
        "period": "Election period 2022–2025",
        "minutes": "Read the minutes",
    },
}


def finance_2025():
    """The counted Danish Finance Committee reports of 2025: their total and their participants."""
    reports = TripReportPage.objects.live().filter(
        locale__language_code="da", committee__name_da="Økonomiudvalget", start_date__year=2025
    )
    reports = reports.exclude(approved_on=None)
    total = ExpenseLine.objects.filter(page__in=reports).aggregate(total=Sum("amount"))["total"]
    participants = reports.aggregate(count=Count("participants"))["count"]
    return reports.count(), total, participants


def finance_budget_years():
    """The Finance Committee's own budget, 2022–2025, with carry-over worked out year by year."""
    budget = Budget.objects.get(owner__name_da="Økonomiudvalget")
    rows, carried = {}, Decimal("0")
    for year in range(2022, 2026):
        spent = ExpenseLine.objects.filter(
            page__budget=budget,
            page__start_date__year=year,
            page__live=True,
            page__approved_on__isnull=False,
            page__locale__language_code="da",
        ).aggregate(total=Sum("amount"))["total"] or Decimal("0")
        remaining = budget.yearly_amount + carried - spent
        rows[year] = (budget.yearly_amount, carried, spent, remaining)
        carried = remaining
    return budget, rows


def amount(text, language):
    """The amount a cell writes, read back as a person would: "65.000,50 kr." or "DKK 65,000.50"."""
    number = re.search(r"[-−]?[\d.,]+\d", text.replace("\u2212", "-")).group()
    thousands, decimal = (".", ",") if language == "da" else (",", ".")
    return Decimal(number.replace("−", "-").replace(thousands, "").replace(decimal, "."))


@pytest.mark.parametrize("language", ["da", "en"])
def test_a_journalist_filters_reads_the_totals_opens_the_overview_and_follows_the_minutes(
    site, context, page, language
):
    text = TEXTS[language]
    trips, total, participants = finance_2025()
    assert trips >= 2, "the demo must give the Finance Committee at least two trips in 2025"
    per_participant = (total / participants).quantize(Decimal("0.01"))

    # 1. The list, filtered by committee and year, as a person picks them in the form.
    page.goto(site.url + text["list"])
    form = page.locator("form.trip-report-filters")
    form.get_by_label(text["committee label"], exact=True).select_option(label=text["committee"])
    form.get_by_label(text["year label"], exact=True).select_option(label="2025")
    form.get_by_role("button", name=text["show"]).click()
    page.wait_for_load_state()
    assert "year=2025" in page.url and "committee=" in page.url
    totals = page.locator("section.trip-report-totals")
    assert amount(totals.locator(f"dt:text-is('{text['total']}') + dd").inner_text(), language) == total
    per = totals.locator(f"dt:text-is('{text['per participant']}') + dd").inner_text()
    assert amount(per, language) == per_participant
    assert page.locator(".trip-report-list__item").count() == trips
    violations = run_axe(page)
    assert not violations, describe_violations(page.url, violations)
    RESULTS_DIR.mkdir(exist_ok=True)
    page.screenshot(path=str(RESULTS_DIR / f"journey-filtered-{language}.png"), full_page=True)

    # 2. The spending overview, the period 2022–2025, the committee's own budget year by year.
    page.get_by_role("link", name=re.compile(text["overview"])).first.click()
    page.wait_for_load_state()
    page.get_by_role("link", name=text["period"]).click()
    page.wait_for_load_state()
    budget, rows = finance_budget_years()
    with translation.override(language):
        caption = budget.localized_name
    table = page.locator("table.spending-table", has=page.locator("caption", has_text=caption)).first
    for year, expected in rows.items():
        cells = table.locator(f"tr:has(th:text-is('{year}')) td").all_inner_texts()
        # yearly amount, carried over, (available), spent, remaining
        shown = [amount(cells[column], language) for column in (0, 1, 3, 4)]
        assert shown == list(expected), (year, cells)
    violations = run_axe(page)
    assert not violations, describe_violations(page.url, violations)
    page.screenshot(path=str(RESULTS_DIR / f"journey-overview-{language}.png"), full_page=True)

    # 3. Back to the filtered list, into a report, and on to the minutes of the meeting that approved it.
    page.go_back()
    page.go_back()
    page.wait_for_load_state()
    page.locator(".trip-report-list__item h2 a").first.click()
    page.wait_for_load_state()
    link = page.get_by_role("link", name=text["minutes"])
    href = link.get_attribute("href")
    assert href.startswith(MINUTES_HOST)
    # The minutes live on the committee's own site: answered here, so the test needs no network.
    context.route(f"{MINUTES_HOST}**", lambda route: route.fulfill(body="<h1>Referat</h1>", content_type="text/html"))
    link.click()
    page.wait_for_url(href)
    assert page.locator("h1").inner_text() == "Referat"


@pytest.mark.parametrize("width", [375, 1280])
def test_the_page_links_of_the_list_stand_apart_from_the_page_status(site, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site.url + "/da/rejserapporter/?page=2")
    boxes = page.locator("nav.pagination > *").evaluate_all(
        "items => items.map(item => { const box = item.getBoundingClientRect(); "
        "return [box.left, box.right, box.top]; })"
    )
    assert len(boxes) == 2, "the demo has two pages of reports"
    (left_a, right_a, top_a), (left_b, _right_b, top_b) = boxes
    # Side by side with a gap, or on lines of their own.
    assert left_b - right_a >= 8 or top_b > top_a, boxes
