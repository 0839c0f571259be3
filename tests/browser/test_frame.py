"""The page frame in a real browser: keyboard access, the language switcher, fit at 320, 375 and 1280 px."""

from pathlib import Path

import pytest
from django.conf import settings

from tests.browser.site_pages import SEARCH_PATHS, public_paths, translated_paths

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

RESULTS_DIR = Path(settings.BASE_DIR) / "test-results"
NARROW = {"width": 320, "height": 640}
# The outermost visible elements that stick out of the viewport sideways: cut off, or only reachable
# by scrolling the whole page. Inside a box that clips or scrolls (a wide table in a scroll
# container, an SVG's drawing) sticking out is that box's business, and allowed.
OUTSIDE_THE_VIEWPORT = """() => {
    const clippedByAncestor = (element) => {
        for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
            if (getComputedStyle(box).overflowX !== "visible") return true;
        }
        return false;
    };
    const outside = [...document.body.querySelectorAll("*")].filter((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        const hidden = style.visibility === "hidden" || style.clip !== "auto" || box.width === 0 || box.height === 0;
        return !hidden && (box.left < -1 || box.right > window.innerWidth + 1) && !clippedByAncestor(element);
    });
    return outside
        .filter((element) => !outside.some((other) => other !== element && other.contains(element)))
        .map((element) => element.outerHTML.slice(0, 160).replace(/\\s+/g, " "));
}"""
MENU_ITEMS = ["Strategi", "Venskabsbyer og partnere", "Rejserapporter", "Projekter", "Om samarbejdet", "Kontakt"]


@pytest.mark.parametrize("language", ["da", "en"])
def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_content(site, page, language):
    page.goto(f"{site.url}/{language}/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main-content"
    # DKFDS slides the focused skip link into view; wait for it rather than for a fixed time.
    page.wait_for_function("document.activeElement.getBoundingClientRect().top >= 0", timeout=2000)
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_language_switcher_leads_to_the_same_page_in_the_other_language(site, page, subtests):
    """Every translated page, both ways: click the other language, land on the translation, in that language."""
    for path, language, other_path, other in translated_paths():
        with subtests.test(path=path, to=other):
            page.goto(site.url + path)
            assert page.get_attribute("html", "lang") == language
            page.click(f'nav.site-languages a[lang="{other}"]')
            page.wait_for_load_state()
            assert page.url == site.url + other_path
            assert page.get_attribute("html", "lang") == other


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_every_public_page_fits_its_screen_without_console_errors(site, page, subtests, width):
    """WCAG 1.4.10 at 320 CSS px (1280 px zoomed to 400 %), a common phone and a desktop: nothing scrolls
    sideways or is cut off, and the browser logs no error (a broken SVG attribute, say)."""
    viewport = {"width": width, "height": 640 if width < 1000 else 900}
    page.set_viewport_size(viewport)
    console_errors = []
    page.on("console", lambda message: message.type == "error" and console_errors.append(message.text))
    for path in public_paths() + SEARCH_PATHS + ["/da/findes-ikke/"]:
        with subtests.test(path=path, width=width):
            console_errors.clear()
            page.goto(site.url + path)
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            outside = page.evaluate(OUTSIDE_THE_VIEWPORT)
            assert scroll_width <= width and not outside, (
                f"{path} is {scroll_width} px wide at a {width} px viewport; outside it: " + "\n  ".join(outside)
            )
            # The 404 page's own status is logged as a console error by Chromium: that one is expected.
            unexpected = [text for text in console_errors if "404" not in text or "findes-ikke" not in path]
            assert not unexpected, f"{path} at {width} px: {unexpected}"


def test_a_long_main_menu_wraps_and_every_section_stays_on_a_320_px_screen(site, page):
    """The demo has few menu pages yet, so the menu is lengthened in the page, as editors will."""
    page.set_viewport_size(NARROW)
    page.goto(f"{site.url}/en/")
    page.evaluate(
        """(titles) => {
            const menu = document.querySelector(".navigation-menu .mainmenu");
            for (const title of titles) {
                const item = document.createElement("li");
                item.innerHTML = `<a class="nav-link" href="#"><span>${title}</span></a>`;
                menu.insertBefore(item, menu.lastElementChild);
            }
        }""",
        MENU_ITEMS,
    )
    page.set_viewport_size({"width": 321, "height": 640})  # DKFDS re-measures the menu on resize
    page.set_viewport_size(NARROW)
    for title in MENU_ITEMS:
        assert page.locator(".navigation-menu .mainmenu > li").get_by_text(title, exact=True).first.is_visible(), title
    assert page.evaluate(OUTSIDE_THE_VIEWPORT) == []


def test_danish_home_page_screenshot_for_people_to_look_at(site, page):
    page.goto(f"{site.url}/da/")
    RESULTS_DIR.mkdir(exist_ok=True)
    target = RESULTS_DIR / "home-da-desktop.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 0
