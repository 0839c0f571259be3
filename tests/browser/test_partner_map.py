"""The partner map as Chromium draws it, in both languages: the whole map, with every city's marker on it."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

MAP_PAGES = {"da": "/da/samarbejdsbyer/", "en": "/en/partner-cities/"}


@pytest.mark.parametrize("language", ["da", "en"])
def test_map_is_drawn_whole_with_four_markers_and_no_console_errors(site, page, language):
    # The SVG's attribute errors. Failed loads are the page fixture's business (and /favicon.ico, which
    # the browser asks for by itself, is not this test's).
    console_errors = []
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and not message.text.startswith("Failed to load resource")
            and console_errors.append(message.text)
        ),
    )
    page.goto(f"{site.url}{MAP_PAGES[language]}")
    svg = page.locator("svg.partner-map__svg").bounding_box()
    # viewBox 0 0 640 537.4: a Danish "537,4" leaves the browser a strip of the default height.
    assert svg["height"] == pytest.approx(svg["width"] * 537.4 / 640, rel=0.02)
    markers = page.locator(".partner-map__marker circle")
    assert markers.count() == 4
    for index in range(4):
        box = markers.nth(index).bounding_box()
        assert box["width"] > 5
        assert svg["x"] < box["x"] < svg["x"] + svg["width"]
        assert svg["y"] < box["y"] < svg["y"] + svg["height"]
    assert console_errors == []
