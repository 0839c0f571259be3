"""WCAG 2.1 AA (webtilgængelighedsloven), checked by axe-core in Chromium on every public page.

The page list is not written down: it is every live page of the seeded demo, in both languages,
so each page type another app adds is checked as soon as its demo content is seeded.
"""

import pytest

from tests.browser.axe import describe_violations, run_axe
from tests.browser.site_pages import NOT_FOUND_PATHS, SEARCH_PATHS, public_paths, translated_paths

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_the_seeded_site_has_pages_in_both_languages_linked_as_translations(site):
    paths = public_paths()
    assert any(path.startswith("/da/") for path in paths)
    assert any(path.startswith("/en/") for path in paths)
    assert ("/da/", "da", "/en/", "en") in translated_paths()


def test_every_public_page_the_search_and_the_404_pages_have_no_wcag_violations(site, page, subtests):
    for path in public_paths() + SEARCH_PATHS + NOT_FOUND_PATHS:
        with subtests.test(path=path):
            page.goto(site.url + path)
            violations = run_axe(page)
            assert not violations, describe_violations(path, violations)


def test_axe_reports_a_violation_with_rule_impact_and_selector(page):
    """The check itself can fail, and says which rule, how bad, and where: a link without a name."""
    page.set_content('<html lang="da"><head><title>t</title></head><body><main><a href="/x"></a></main></body></html>')
    violations = run_axe(page)
    message = describe_violations("/broken/", violations)
    assert "link-name (serious)" in message
    assert "\n    at a: Fix all of the following" in message


def test_axe_reports_structure_problems_beyond_wcag_tags(page):
    """Landmarks and headings: content outside every landmark, no main, no h1, a skipped heading level."""
    page.set_content('<html lang="en"><head><title>t</title></head><body><h2>A</h2><h4>B</h4><p>C</p></body></html>')
    rules = {violation["id"] for violation in run_axe(page)}
    assert {"region", "landmark-one-main", "page-has-heading-one", "heading-order"} <= rules
