"""Printed pages, as a committee prints a trip report: the content only, black on white, addresses written out.

The print stylesheet is checked on every public page with Chromium's print media; a report in each
language is printed to PDF and its text read back with pdftotext (Debian's poppler-utils).
"""

import os
import re
import shutil
import subprocess
from decimal import Decimal

import pytest
from django.utils import translation

from partners.templatetags.local_format import format_dkk
from reports.models import TripReportPage
from tests.browser.site_pages import public_paths

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# The page's frame, which paper does without.
FRAME = ".skipnav, .navigation-menu, .site-languages, .breadcrumbs, footer"
# What the frame says that neither the content nor the printed letterhead (the site's name) does:
# these texts must not reach the paper.
FRAME_TEXTS = """() => {
    const content = document.querySelector("main").innerText + " " + document.querySelector(".site-logo").innerText;
    const frame = ".skipnav, .navigation-menu a, .site-languages a, .breadcrumbs a, footer p, footer h2, footer a";
    const texts = [...document.querySelectorAll(frame)]
        .map((element) => element.textContent.replace(/\\s+/g, " ").trim());
    return [...new Set(texts)].filter((text) => text && !content.includes(text));
}"""
PRINTED = """(frame) => {
    const shown = (element) =>
        element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
    const name = (element) => `${element.tagName}.${element.className}`;
    const visibleFrame = [...document.querySelectorAll(frame)].filter(shown).map(name);
    const notBlack = [], backgrounds = [];
    for (const element of document.body.querySelectorAll("*")) {
        if (!shown(element)) continue;
        const style = getComputedStyle(element);
        const ownText = [...element.childNodes].some((node) => node.nodeType === 3 && node.data.trim());
        if (ownText && style.color !== "rgb(0, 0, 0)") notBlack.push(`${name(element)}: ${style.color}`);
        const background = style.backgroundColor;
        if (!["rgba(0, 0, 0, 0)", "rgb(255, 255, 255)"].includes(background) || style.backgroundImage !== "none") {
            backgrounds.push(`${name(element)}: ${background} ${style.backgroundImage}`);
        }
    }
    const links = document.querySelectorAll('main a[href^="http"], main a[data-print-address]');
    const addresses = [...links].map((link) => ({
        address: link.dataset.printAddress || link.getAttribute("href"),
        after: getComputedStyle(link, "::after").content,
    }));
    const splitRows = [...document.querySelectorAll("main tr")]
        .filter((row) => getComputedStyle(row).breakInside !== "avoid").length;
    const looseHeadings = [...document.querySelectorAll("main h1, main h2, main h3, main h4")]
        .filter((heading) => getComputedStyle(heading).breakAfter !== "avoid").map((heading) => heading.textContent);
    return { visibleFrame, notBlack, backgrounds, addresses, splitRows, looseHeadings };
}"""


def test_every_page_prints_its_content_black_on_white_with_addresses(site, page, subtests):
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    for path in public_paths():
        with subtests.test(path=path):
            page.goto(site.url + path)
            printed = page.evaluate(PRINTED, FRAME)
            assert not printed["visibleFrame"], f"{path} prints its frame: {printed['visibleFrame']}"
            assert not printed["notBlack"], f"{path} prints coloured text: {printed['notBlack'][:5]}"
            assert not printed["backgrounds"], f"{path} prints backgrounds: {printed['backgrounds'][:5]}"
            for link in printed["addresses"]:
                assert link["after"] == f'" ({link["address"]})"', f"{path}: {link}"
            assert printed["splitRows"] == 0, f"{path}: table rows may split across pages"
            assert not printed["looseHeadings"], f"{path}: headings may end a page: {printed['looseHeadings']}"


def test_the_print_check_sees_a_frame_and_colours_left_in(site, page):
    """The check can fail: without the print stylesheet the menu, footer and coloured links print."""
    page.route("**/css/print.css", lambda route: route.fulfill(status=200, content_type="text/css", body=""))
    page.emulate_media(media="print")
    page.goto(site.url + public_paths()[0])
    printed = page.evaluate(PRINTED, FRAME)
    assert printed["visibleFrame"] and printed["notBlack"] and printed["backgrounds"]


def pdf_text(pdf):
    """The text of a PDF, by pdftotext; the test skips without it (fails under REQUIRE_SERVERS=1)."""
    if not shutil.which("pdftotext"):
        reason = "pdftotext not found (scripts/install-system-packages.sh --test installs poppler-utils)"
        if os.environ.get("REQUIRE_SERVERS") == "1":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True)
    return result.stdout.decode()


@pytest.mark.parametrize(
    ("language", "approval"),
    [("da", "Godkendt af Økonomiudvalget den"), ("en", "Approved by the Finance Committee on")],
)
def test_a_printed_report_has_its_accounts_and_approval_and_no_menu_or_footer(site, page, language, approval):
    report = (
        TripReportPage.objects.live()
        .filter(locale__language_code=language, approved_on__isnull=False, attachments__isnull=False)
        .order_by("path")
        .first()
    )
    lines = list(report.expense_lines.all())
    total = sum((line.amount for line in lines), Decimal(0))
    decimals = 2 if any(line.amount != line.amount.to_integral_value() for line in lines) else 0
    with translation.override(language):
        amounts = [format_dkk(amount, decimals=decimals) for amount in [*(line.amount for line in lines), total]]
    page.goto(site.url + report.get_url())
    frame_texts = page.evaluate(FRAME_TEXTS)
    attachment = page.get_attribute("main a[data-print-address]", "data-print-address")
    assert frame_texts and attachment

    text = pdf_text(page.pdf(format="A4"))

    flat = re.sub(r"\s+", " ", text.replace("\xa0", " "))
    for amount in amounts:
        assert amount.replace("\xa0", " ") in flat, f"{amount!r} not in the printed report"
    assert approval in flat
    assert report.title in flat
    leaked = [frame for frame in frame_texts if frame in flat]
    assert not leaked, f"the printed report shows the page frame: {leaked}"
    assert attachment in re.sub(r"\s+", "", text), "the attachment's address is not printed"
