"""Days as people read them, in Chromium: "26. august 2025" is never broken after "26.", from a 320 px phone
to a desktop, in the report lists, on the reports (their dates, programme days and approval), on the city
pages (the trips to them) and on the strategy (its approval)."""

import pytest

from home.models import StrategyPage
from partners.models import PartnerCityPage
from reports.models import TripReportIndexPage, TripReportPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# Each <time> in the main content with its text and how many lines it is laid out on (an inline element has
# one client rect per line it takes).
MEASURE_DAYS = """() => [...document.querySelectorAll("main time")].map(element => ({
    text: element.textContent.trim(),
    lines: element.getClientRects().length,
}))"""


def pages_with_days():
    """Both languages' report lists, every report, every city and the strategy pages."""
    pages = [index.get_url() for index in TripReportIndexPage.objects.live().order_by("path")]
    pages += [report.get_url() for report in TripReportPage.objects.live().order_by("path")]
    pages += [city.get_url() for city in PartnerCityPage.objects.live().order_by("path")]
    pages += [strategy.get_url() for strategy in StrategyPage.objects.live().order_by("path")]
    return pages


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_every_day_shown_reads_on_one_line(site, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    seen = 0
    for path in pages_with_days():
        page.goto(site.url + path)
        days = page.evaluate(MEASURE_DAYS)
        seen += len(days)
        broken = [day["text"] for day in days if day["lines"] != 1]
        assert not broken, f"{path} at {width} px: days broken across lines: {broken}"
    # The approval lines and the trips' dates are among them (a page without any would prove nothing).
    assert seen > 3 * len(pages_with_days())


def test_a_day_broken_across_lines_is_seen(site, page):
    """The measurement can fail: without the site's rule, a narrow column breaks a day after its number."""
    page.set_viewport_size({"width": 320, "height": 900})
    page.goto(site.url + TripReportIndexPage.objects.live().order_by("path").first().get_url())
    page.add_style_tag(content="main time { white-space: normal !important; } main li { width: 4em; }")
    assert any(day["lines"] > 1 for day in page.evaluate(MEASURE_DAYS))
