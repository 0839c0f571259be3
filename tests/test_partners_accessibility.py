"""axe-core (WCAG 2.1 AA) on the strategy, partner and standard pages, in a real Chromium."""

import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
AXE_RUN = "() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
PAGES = [
    "/da/",
    "/en/",
    "/da/international-strategi/",
    "/en/international-strategy/",
    "/da/samarbejdsbyer/",
    "/en/partner-cities/",
    "/da/samarbejdsbyer/wuxi/",
    "/en/partner-cities/prague-10/",
    "/en/international-citizens/",
]


@pytest.fixture(scope="module")
def browser():
    # Playwright's sync API keeps an event loop on this thread; the test's own database calls are still sync.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch()
        except playwright_api.Error:
            # No browser downloaded for Playwright: use the system's Chromium.
            executable = shutil.which("chromium") or shutil.which("chromium-browser")
            if executable is None:
                pytest.fail("No Chromium found: install Playwright's browser or the chromium package.")
            chromium = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def seeded_site(demo_password):
    call_command("seed_demo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_pages_pass_axe_wcag21_aa(seeded_site, live_server, browser):
    """One seeded site, every page type in both languages (seeding per page would triple the time)."""
    violations = {}
    for path in PAGES:
        page = browser.new_page()
        try:
            page.goto(live_server.url + path)
            page.add_script_tag(path=str(AXE))
            result = page.evaluate(AXE_RUN)
        finally:
            page.close()
        assert result["passes"], f"axe checked nothing on {path}"
        found = [(v["id"], [node["target"] for node in v["nodes"]]) for v in result["violations"]]
        if found:
            violations[path] = found
    assert violations == {}, violations
