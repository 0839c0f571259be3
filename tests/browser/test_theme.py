"""The municipality's look in Chromium at phone width: every section in the menu, the themed colours."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 375, "height": 812}


@pytest.mark.parametrize("path", ["/da/", "/da/samarbejdsbyer/", "/en/partner-cities/"])
def test_the_phone_menu_shows_every_section_the_current_one_too(site, page, path):
    from wagtail.models import Page

    language = path[1:3]
    page.set_viewport_size(PHONE)
    page.goto(site.url + path)
    page.wait_for_load_state("load")
    links = page.locator(".navigation-menu ul.mainmenu > li:not(.more-option) > a.nav-link")
    sections = Page.objects.live().in_menu().filter(depth=3, locale__language_code=language)
    assert links.count() == sections.count() + 1  # the front page and each section
    for index in range(links.count()):
        link = links.nth(index)
        assert link.is_visible(), link.inner_text()
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], link.inner_text()
    assert page.locator(".navigation-menu .more-button").is_hidden()
    current = page.locator('.navigation-menu ul.mainmenu > li:not(.more-option) > a[aria-current="page"]')
    assert current.count() == 1 and current.is_visible()


def test_the_theme_colours_buttons_and_footer_in_the_municipalitys_colours(site, page):
    page.set_viewport_size(PHONE)
    page.goto(site.url + "/da/")
    colour = page.evaluate(
        """() => {
            const button = document.createElement("button");
            button.className = "button button-primary";
            button.textContent = "x";
            document.querySelector("main").append(button);
            return getComputedStyle(button).backgroundColor;
        }"""
    )
    assert colour == "rgb(0, 95, 107)"  # #005f6b, not DKFDS's stock grey
    footer = page.evaluate("getComputedStyle(document.querySelector('footer .footer')).backgroundColor")
    assert footer == "rgb(0, 53, 60)"
    icon = page.evaluate("document.querySelector('link[rel=icon]').href")
    assert page.request.get(icon).ok
    page.goto(site.url + "/da/samarbejdsbyer/")
    chevrons = page.locator(".breadcrumbs svg.icon-svg")
    assert chevrons.count() >= 1
    assert chevrons.first.bounding_box()["width"] > 0
