"""The header's search field in a real browser: reached and used by keyboard alone, results without WCAG violations."""

import pytest

from tests.browser.axe import describe_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SEARCH = {
    "da": ("/da/soeg/", "venskabsbyer", "Søg på hjemmesiden"),
    "en": ("/en/search/", "partner", "Search the website"),
}


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_header_search_field_is_reached_and_used_by_keyboard(site, page, language):
    path, query, label = SEARCH[language]
    page.goto(f"{site.url}/{language}/")
    for _ in range(6):  # skip link, logo, then the search field: before the language switcher and the menu
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "site-search-query":
            break
    assert page.evaluate("document.activeElement.id") == "site-search-query"
    field = page.locator("#site-search-query")
    assert field.evaluate("element => element.labels[0].textContent") == label
    assert page.locator("form[role=search]").count() == 1

    page.keyboard.type(query)
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.url == f"{site.url}{path}?q={query}"
    assert page.locator(".search-result").count() > 0
    # On PostgreSQL words that stem alike are marked too ("venskabsbyen" for "venskabsbyer"): the stem is shared.
    assert page.locator(".search-result mark").first.inner_text().lower().startswith(query[:-2])
    violations = run_axe(page)
    assert not violations, describe_violations(page.url, violations)


def test_the_search_button_is_the_next_tab_stop_and_submits(site, page):
    page.goto(f"{site.url}/da/")
    page.focus("#site-search-query")
    page.keyboard.type("Wuxi")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Søg"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == f"{site.url}/da/soeg/?q=Wuxi"
