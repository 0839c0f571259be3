"""Tables of money as people read them, in Chromium, from a 320 px phone to a desktop.

Every amount in a table sits on one line inside its cell, the amounts of a table end on one right edge
with tabular figures (so their decimals line up), no word breaks inside, and nothing scrolls sideways:
on a phone each label stays with its amount instead. Checked on every trip report, the strategy and
the partner cities (their facts table), in both languages, with axe-core and the console watched.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings

from home.models import StrategyPage
from partners.models import PartnerCityPage
from reports.models import TripReportPage
from tests.browser.axe import describe_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

RESULTS_DIR = Path(settings.BASE_DIR) / "test-results"
WIDTHS = [320, 375, 1280]

# Found by what they look like, not by a class the templates might drop: "27.990,50 kr.", "DKK 27,990.50".
# Then each amount, each word and each table is measured as laid out (a Range's client rects are its lines).
MEASURE = r"""() => {
    const AMOUNT = /\d{1,3}(?:\.\d{3})*(?:,\d\d)?\u00a0kr\.|DKK\u00a0\d{1,3}(?:,\d{3})*(?:\.\d\d)?/g;
    // A word ends at white space, or just after a hyphen or dash (a proper place to break a line).
    const WORD = /[^\s\-\u2013\u2014]+[\-\u2013\u2014]?/g;
    const rangeOf = (node, start, end) => {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        return range;
    };
    const lineCount = (range) => {
        const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top).sort((a, b) => a - b);
        return tops.filter((top, i) => i === 0 || top - tops[i - 1] > 4).length;
    };
    const inside = (inner, outer) =>
        inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 &&
        inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
    const describe = (element) => element.outerHTML.slice(0, 120).replace(/\s+/g, " ");
    const amounts = [], brokenWords = [], scrolling = [];
    const tables = [...document.querySelectorAll("main table")];
    tables.forEach((table, tableIndex) => {
        const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const cell = node.parentElement.closest("td, th");
            if (!cell || node.parentElement.closest(".sr-only")) continue;
            for (const match of node.data.matchAll(AMOUNT)) {
                const range = rangeOf(node, match.index, match.index + match[0].length);
                const box = range.getBoundingClientRect();
                amounts.push({
                    table: tableIndex, text: match[0], lines: lineCount(range),
                    insideCell: inside(box, cell.getBoundingClientRect()), right: box.right,
                    figures: getComputedStyle(node.parentElement).fontVariantNumeric,
                });
            }
            // Web addresses may wrap anywhere; words may not.
            if (node.parentElement.closest('a[href^="http"]')) continue;
            for (const match of node.data.matchAll(WORD)) {
                const range = rangeOf(node, match.index, match.index + match[0].length);
                if (lineCount(range) > 1) brokenWords.push(match[0]);
            }
        }
        // Not horizontal scrolling of the numbers: neither the table nor a box around it scrolls (or clips)
        // sideways. What overflows a box that lets it show is the document width's business, checked below.
        for (let box = table; box && box.tagName !== "MAIN"; box = box.parentElement) {
            const scrolls = getComputedStyle(box).overflowX !== "visible";
            if (scrolls && box.scrollWidth > box.clientWidth + 1) scrolling.push(describe(box));
        }
    });
    return {
        amounts, brokenWords, scrolling,
        documentWidth: document.documentElement.scrollWidth, viewportWidth: window.innerWidth,
    };
}"""


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


def watch_console(tab):
    """The console's error messages. The browser's own favicon request is left to the theme's favicon
    (issue 10, point 6): until it lands, that 404 comes and goes with timing."""
    errors = []

    def record(message):
        where = message.location.get("url", "")
        if message.type == "error" and not where.endswith("/favicon.ico"):
            errors.append(f"{message.text} ({where})")

    tab.on("console", record)
    return errors


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
