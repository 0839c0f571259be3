"""Helpers of the browser tests: window size, where results go, watching a tab for errors, measuring tables."""

from pathlib import Path

from django.conf import settings

DESKTOP = {"width": 1280, "height": 900}
# How long an assertion or a click may wait for the page: long enough for a save on a busy machine.
PATIENT_TIMEOUT_MS = 15_000


def opened_dialog(tab):
    """The admin's dialog, once it has finished opening.

    Bootstrap's modal moves the focus onto itself when its opening animation ends: keys typed into a field
    a moment earlier (a test clicks as soon as the field stops moving) would land on the dialog instead,
    and the approval would be sent with half a date. A person starts typing only once the dialog is open.
    """
    from playwright.sync_api import expect

    dialog = tab.get_by_role("dialog")
    expect(dialog).to_be_visible()
    focus_inside = "() => document.querySelector('.modal.in')?.contains(document.activeElement)"
    tab.wait_for_function(focus_inside, timeout=PATIENT_TIMEOUT_MS)
    return dialog


def watch_for_errors(tab, expected=lambda response: False):
    """The list, kept up to date, of the tab's JavaScript errors and failed requests other than pages.

    `expected(response)` names the error responses that are the page's normal way of saying no.
    """
    errors = []
    tab.on("pageerror", lambda error: errors.append(f"JavaScript: {error}"))
    tab.on("requestfailed", lambda request: _record_failure(errors, request))
    tab.on(
        "response",
        lambda response: (
            response.status >= 400
            and response.request.resource_type != "document"
            and not expected(response)
            and errors.append(f"{response.url}: HTTP {response.status}")
        ),
    )
    return errors


def _record_failure(errors, request):
    # A navigation aborts whatever the previous page still had in flight: that is no fault of the page.
    if request.failure != "net::ERR_ABORTED":
        errors.append(f"{request.url}: {request.failure}")


RESULTS_DIR = Path(settings.BASE_DIR) / "test-results"


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


def enter_code_if_asked(tab, username):
    """After the password: a user who must use two-factor sign-in types the code their (demo) app shows now."""
    import re

    from django.contrib.auth import get_user_model

    from tests.logins_helpers import fresh_code_for

    tab.wait_for_url(re.compile(r"/admin/(?!login/)"))
    if "/admin/two-factor/" not in tab.url:
        return
    field = tab.get_by_label("Kode fra din godkendelsesapp")
    field.fill(fresh_code_for(get_user_model().objects.get(username=username)))
    field.press("Enter")
    tab.wait_for_url(re.compile(r"/admin/(?!two-factor/)"))
