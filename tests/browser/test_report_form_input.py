"""The report form in Chromium: Danish-typed dates and amounts are stored as typed, with a running total."""

import datetime
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from reports.models import TripReportIndexPage, TripReportPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TITLE = "Studietur til Wuxi"


def log_in(page, site, username="editor"):
    page.goto(f"{site.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "demo-password-for-tests")
    page.click("button[type=submit]")
    page.wait_for_url(f"{site.url}/admin/")


def type_into(page, selector, text):
    page.click(selector)
    page.keyboard.type(text)


def test_editor_types_danish_dates_and_amounts_sees_the_total_and_saves_them_as_typed(site, page):
    log_in(page, site)
    index = TripReportIndexPage.objects.get(locale__language_code="da")
    page.goto(f"{site.url}/admin/pages/{index.pk}/")
    page.get_by_role("link", name="Tilføj underside").first.click()
    page.wait_for_url(f"{site.url}/admin/pages/add/reports/tripreportpage/{index.pk}/")

    type_into(page, "#id_title", TITLE)
    page.locator("#id_committee-chooser button:visible").first.click()
    page.locator(".modal-content").get_by_role("link", name="Økonomiudvalget").click()
    type_into(page, "#id_start_date", "10.11.2026")
    type_into(page, "#id_end_date", "12-11-2026")  # also Danish, though not the picker's own format
    page.click("#id_title")  # the date picker used to replace typed text with today's date here
    expect(page.locator("#id_start_date")).to_have_value("10.11.2026")
    expect(page.locator("#id_end_date")).to_have_value("12-11-2026")
    type_into(page, "#id_destination_name", "Wuxi")
    type_into(page, "#id_destination_country", "Kina")
    page.locator("[data-contentpath=purpose] [contenteditable=true]").click()
    page.keyboard.type("Elevudveksling med Wuxi.")

    total = page.locator("[data-accounts-total-amount]")
    expect(total).to_have_text("0\xa0kr.")
    for number, (description, amount, running_total) in enumerate(
        [("Fly", "1.150,50", "1.150,50\xa0kr."), ("Hotel", "14.800", "15.950,50\xa0kr.")]
    ):
        page.click("#id_expense_lines-ADD")
        page.select_option(f"#id_expense_lines-{number}-category", "transport")
        type_into(page, f"#id_expense_lines-{number}-description", description)
        type_into(page, f"#id_expense_lines-{number}-amount", amount)
        expect(total).to_have_text(running_total)
    expect(page.locator("#id_expense_lines-0-amount")).to_have_value("1.150,50")

    page.get_by_role("button", name="Gem udkast").click()
    page.wait_for_url(f"{site.url}/admin/pages/*/edit/")

    draft = TripReportPage.objects.get(title=TITLE).get_latest_revision_as_object()
    assert (draft.start_date, draft.end_date) == (datetime.date(2026, 11, 10), datetime.date(2026, 11, 12))
    assert [line.amount for line in draft.expense_lines.all()] == [Decimal("1150.50"), Decimal("14800")]
    # Shown again the Danish way, and the total counts what was stored.
    expect(page.locator("#id_expense_lines-0-amount")).to_have_value("1.150,50")
    expect(total).to_have_text("15.950,50\xa0kr.")
