"""Tables of money as people read them, in Chromium, from a 320 px phone to a desktop.

Every amount in a table sits on one line inside its cell, the amounts of a table end on one right edge
with tabular figures (so their decimals line up), no word breaks inside, and nothing scrolls sideways:
on a phone each label stays with its amount instead. Checked on every trip report, the strategy and
the partner cities (their facts table), in both languages, with axe-core and the console watched.
"""

import re

import pytest

from home.models import StrategyPage
from partners.models import PartnerCityPage
from reports.models import TripReportPage
from tests.browser.axe import describe_violations, run_axe
from tests.browser.helpers import MEASURE, RESULTS_DIR, watch_console

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WIDTHS = [320, 375, 1280]


# Found by what they look like, not by a class the templates might drop: "27.990,50 kr.", "DKK 27,990.50".
# Then each amount, each word and each table is measured as laid out (a Range's client rects are its lines).
def checked_pages():
    """(path, how many amounts its tables show): every report and strategy, and the partner cities."""
    pages = []
    for report in TripReportPage.objects.live().order_by("path"):
        # One per expense line, the total under them, and the total in the summary.
        pages.append((report.get_url(), report.expense_lines.count() + 2))
    for strategy in StrategyPage.objects.live().order_by("path"):
        budgets = [block.value for block in strategy.body if block.block_type == "budget"]
        pages.append((strategy.get_url(), sum(len(budget["lines"]) + 1 for budget in budgets if budget["lines"])))
    for city in PartnerCityPage.objects.live().order_by("path"):
        pages.append((city.get_url(), 0))
    return pages


def has_ore(amount):
    """Whether an amount is written with øre ("4.350,50 kr.", "DKK 4,350.50")."""
    return bool(re.search(r",\d\d\xa0kr\.$|\.\d\d$", amount))


@pytest.mark.parametrize("width", WIDTHS)
def test_every_amount_reads_on_one_line_in_its_cell_and_no_word_breaks(site, page, subtests, width):
    page.set_viewport_size({"width": width, "height": 900})
    console_errors = watch_console(page)
    pages = checked_pages()
    assert {path[:4] for path, _ in pages} == {"/da/", "/en/"}
    assert sum(expected for _, expected in pages) > 0
    for path, expected_amounts in pages:
        with subtests.test(path=path, width=width):
            console_errors.clear()
            page.goto(site.url + path)
            layout = page.evaluate(MEASURE)
            amounts = layout["amounts"]

            assert len(amounts) == expected_amounts, [amount["text"] for amount in amounts]
            split = [amount["text"] for amount in amounts if amount["lines"] != 1]
            assert not split, f"{path} at {width} px: amounts over more than one line: {split}"
            outside = [amount["text"] for amount in amounts if not amount["insideCell"]]
            assert not outside, f"{path} at {width} px: amounts sticking out of their cell: {outside}"
            assert not layout["brokenWords"], f"{path} at {width} px: words broken inside: {layout['brokenWords']}"
            assert layout["documentWidth"] <= layout["viewportWidth"], f"{path} is wider than {width} px"
            assert not layout["scrolling"], f"{path} at {width} px: tables scroll sideways: {layout['scrolling']}"
            for table in {amount["table"] for amount in amounts}:
                column = [amount for amount in amounts if amount["table"] == table]
                edges = {round(amount["right"]) for amount in column}
                assert max(edges) - min(edges) <= 1, f"{path} at {width} px: amounts not right-aligned: {column}"
                assert all("tabular-nums" in amount["figures"] for amount in column), column
                assert len({has_ore(amount["text"]) for amount in column}) == 1, f"{path}: decimals differ: {column}"
            assert not console_errors, f"{path}: console errors {console_errors}"
            violations = run_axe(page)
            assert not violations, describe_violations(f"{path} at {width} px", violations)


def test_a_word_or_amount_broken_inside_is_seen(site, page):
    """The measurement itself can fail: the old site-wide `overflow-wrap: anywhere`, put back, breaks them."""
    page.set_viewport_size({"width": 320, "height": 900})
    page.goto(site.url + checked_pages()[0][0])
    page.add_style_tag(content=".table th, .table td, .money { overflow-wrap: anywhere; white-space: normal; }")
    page.add_style_tag(content=".table td, .table th { display: table-cell !important; }")
    layout = page.evaluate(MEASURE)
    assert any(amount["lines"] > 1 for amount in layout["amounts"])
    assert layout["brokenWords"]


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("width", [320, 1280])
def test_report_screenshots_for_people_to_look_at(site, page, language, width):
    report = TripReportPage.objects.live().filter(locale__language_code=language).order_by("path").first()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site.url + report.get_url())
    RESULTS_DIR.mkdir(exist_ok=True)
    target = RESULTS_DIR / f"report-{language}-{width}.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 0
