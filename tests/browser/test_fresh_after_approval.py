"""A reader waiting for a report sees it the moment the committee approves it, through every cache.

A visitor on a phone has the Danish report list and home page open (so the page cache, and the browser's
own cache, hold them); a member of the Finance Committee approves the waiting Malmø report from the
dashboard; the visitor then taps the logo and "Rejserapporter" in the menu again, as a person would, and
finds the report, and its page. Clicked through the screens in Chromium; screenshots in test-results/.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import DESKTOP, RESULTS_DIR, enter_code_if_asked, opened_dialog, watch_for_errors

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "demo-password-for-tests"  # the `site` fixture seeds the demo with it
PHONE = {"width": 375, "height": 740}
TITLE = "Nordisk kommunekonference i Malmø"
MEETING = "24.11.2026"
SHOTS = RESULTS_DIR / "fresh-after-approval"


def shot(tab, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=SHOTS / f"{name}.png", full_page=True)


def open_report_list(tab):
    """The main menu's link, as a reader taps it."""
    tab.get_by_role("navigation", name="Hovedmenu").get_by_role("link", name="Rejserapporter").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text("Rejserapporter")


def approve_from_dashboard(browser, base_url):
    context = browser.new_context(viewport=DESKTOP, locale="da-DK")
    tab = context.new_page()
    errors = watch_for_errors(tab)
    tab.goto(f"{base_url}/admin/login/")
    tab.get_by_label("Brugernavn").fill("finance-member")
    tab.get_by_label("Adgangskode").fill(PASSWORD)
    tab.get_by_role("button", name="Log ind").click()
    enter_code_if_asked(tab, "finance-member")
    row = tab.get_by_role("region", name="Afventer din gennemgang").get_by_role("row", name=TITLE)
    row.get_by_role("button", name="Handlinger").click()
    row.get_by_role("button", name=re.compile(r"^Godkend")).click()
    dialog = opened_dialog(tab)
    meeting = dialog.get_by_label("Dato for udvalgsmødet")
    meeting.click()
    meeting.press_sequentially(MEETING)
    expect(meeting).to_have_value(MEETING)
    dialog.get_by_role("button", name=re.compile(r"^Godkend")).click()
    expect(dialog).to_be_hidden()
    expect(tab.get_by_role("region", name="Afventer din gennemgang").get_by_role("row", name=TITLE)).to_have_count(0)
    shot(tab, "approved-on-the-dashboard")
    context.close()
    assert not errors, errors


def test_an_approved_report_shows_at_once_to_a_reader_who_had_the_list_open(site, browser):
    reader = browser.new_context(viewport=PHONE, locale="da-DK", is_mobile=True, has_touch=True)
    tab = reader.new_page()
    errors = watch_for_errors(tab)
    tab.goto(f"{site.url}/da/")
    open_report_list(tab)
    expect(tab.get_by_role("main")).not_to_contain_text(TITLE)
    shot(tab, "list-before")

    approve_from_dashboard(browser, site.url)

    tab.get_by_role(
        "link", name="Ballerup Kommune Internationalt", exact=True
    ).click()  # back to the home page by its logo
    open_report_list(tab)
    link = tab.get_by_role("main").get_by_role("link", name=TITLE)
    expect(link).to_be_visible()
    shot(tab, "list-after")
    link.click()
    expect(tab.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(tab.locator("article.trip-report")).to_contain_text("Godkendt af Økonomiudvalget den 24. november 2026")
    shot(tab, "report")
    reader.close()
    assert not errors, errors
