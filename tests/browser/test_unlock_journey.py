"""An editor locks herself out; the administrator unlocks her from Indstillinger → Spærrede logins."""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import describe_violations, run_axe
from tests.browser.helpers import DESKTOP, enter_code_if_asked, watch_for_errors

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "demo-password-for-tests"  # the `site` fixture seeds the demo with it


def sign_in(tab, base_url, username, password):
    tab.goto(f"{base_url}/admin/login/")
    tab.get_by_label("Brugernavn").fill(username)
    tab.get_by_label("Adgangskode").fill(password)
    tab.get_by_role("button", name="Log ind").click()


def person_at(browser, address):
    """A browser of its own, reaching the site through a proxy that names the computer's address (the
    editor's typos lock her computer's address too, and the administrator sits at another)."""
    context = browser.new_context(viewport=DESKTOP, locale="da-DK", extra_http_headers={"X-Forwarded-For": address})
    tab = context.new_page()
    return context, tab, watch_for_errors(tab)


def test_the_administrator_unlocks_a_locked_out_editor(site, browser, settings):
    settings.LOGIN_TRUSTED_PROXIES = 1
    editor_context, editor, editor_errors = person_at(browser, "192.0.2.10")
    for _ in range(5):
        sign_in(editor, site.url, "editor", "wrong-password")
    expect(editor.get_by_role("heading", name="Login spærret")).to_be_visible()

    admin_context, admin, admin_errors = person_at(browser, "198.51.100.7")
    sign_in(admin, site.url, "admin", PASSWORD)
    enter_code_if_asked(admin, "admin")
    admin.get_by_role("button", name="Indstillinger").click()
    admin.get_by_role("link", name="Spærrede logins").click()
    table = admin.get_by_role("table", name="Konti og adresser, der er spærret efter for mange mislykkede logins")
    account = table.get_by_role("row").filter(has=admin.get_by_role("rowheader", name="Konto"))
    expect(account).to_contain_text("editor")
    violations = run_axe(admin)
    assert not violations, describe_violations(admin.url, violations)

    account.get_by_role("button", name="Lås op kontoen »editor«").click()

    expect(admin.get_by_text("Kontoen »editor« er låst op og kan logge ind igen.")).to_be_visible()
    expect(admin.get_by_text("Ingen konti eller adresser er spærret lige nu.")).to_be_visible()
    sign_in(editor, site.url, "editor", PASSWORD)
    expect(editor).to_have_url(f"{site.url}/admin/")
    assert not editor_errors + admin_errors
    editor_context.close()
    admin_context.close()
