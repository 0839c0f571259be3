"""The spending overview in Chromium, both languages, phone and desktop: WCAG 2.1 AA (axe-core), the
site's Content-Security-Policy (a refused style or script shows on the console), amounts on one line,
nothing scrolling sideways."""

import pytest

from reports.models import TripReportIndexPage
from tests.browser.axe import describe_violations, run_axe
from tests.browser.helpers import MEASURE, RESULTS_DIR, watch_console

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize("width", [320, 1280])
def test_the_overview_is_accessible_inside_the_csp_and_reflows(site, page, subtests, width):
    paths = [index.spending_url() for index in TripReportIndexPage.objects.live().order_by("path")]
    assert {path[:4] for path in paths} == {"/da/", "/en/"}
    page.set_viewport_size({"width": width, "height": 900})
    console_errors = watch_console(page)
    for path in paths:
        with subtests.test(path=path, width=width):
            console_errors.clear()
            response = page.goto(site.url + path)
            assert response.status == 200
            assert page.locator("svg.spending-chart__svg").count() == 1
            layout = page.evaluate(MEASURE)
            assert layout["amounts"], path
            split = [amount["text"] for amount in layout["amounts"] if amount["lines"] != 1]
            assert not split, f"{path} at {width} px: amounts over more than one line: {split}"
            assert not layout["brokenWords"], f"{path} at {width} px: words broken inside: {layout['brokenWords']}"
            assert layout["documentWidth"] <= layout["viewportWidth"], f"{path} is wider than {width} px"
            assert not layout["scrolling"], f"{path} at {width} px: tables scroll sideways: {layout['scrolling']}"
            assert not console_errors, f"{path}: console errors {console_errors}"
            violations = run_axe(page)
            assert not violations, describe_violations(f"{path} at {width} px", violations)


@pytest.mark.parametrize("width", [320, 1280])
def test_overview_screenshots_for_people_to_look_at(site, page, width):
    danish = TripReportIndexPage.objects.live().filter(locale__language_code="da").first()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site.url + danish.spending_url())
    RESULTS_DIR.mkdir(exist_ok=True)
    target = RESULTS_DIR / f"spending-da-{width}.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 0
