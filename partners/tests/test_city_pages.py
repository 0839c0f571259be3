"""Partner pages in a bare Wagtail site: a city renders, the index maps it, an administrator adds one."""

from decimal import Decimal
from http import HTTPStatus
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.utils.html import format_html
from wagtail import hooks
from wagtail.models import get_page_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from partners.models import FocusArea, PartnerCityIndexPage, PartnerCityPage
from partners.tests.helpers import add_city, add_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(root):
    return add_index(root)


def test_city_page_renders_its_facts_and_picture(client, index):
    add_city(index, "Prag 10", since=2004, website="https://praha10.cz")

    response = client.get("/da/samarbejdsbyer/prag-10/")

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "<h1" in html and "Prag 10" in html
    assert "Tjekkiet" in html  # the country's name from CLDR, in the page's language
    assert 'alt="Udsigt over Prag 10"' in html
    assert "https://praha10.cz" in html
    assert response.context["city_sections"] == []  # no app in this host adds a section


def test_index_lists_the_live_cities_on_its_map(client, index):
    add_city(index, "Prag 10")
    add_city(index, "Wuxi", latitude="31.4912", longitude="120.3119", country="CN")
    add_city(index, "Hemmelig by", live=False)

    response = client.get("/da/samarbejdsbyer/")

    assert response.status_code == HTTPStatus.OK
    city_map = response.context["city_map"]
    assert [marker["city"].title for marker in city_map["markers"]] == ["Prag 10", "Wuxi"]
    assert city_map["inset"]["name"] == "Kina"  # Wuxi is drawn in the China inset
    assert city_map["home"]["name"] == "Ballerup"  # PARTNERS_HOME
    html = response.content.decode()
    assert "<svg" in html and "Wuxi" in html
    assert "Hemmelig by" not in html
    assert client.get("/da/samarbejdsbyer/hemmelig-by/").status_code == HTTPStatus.NOT_FOUND


def _new_city_form(area, **changes):
    data = nested_form_data(
        {
            "title": "Brandenburg an der Havel",
            "slug": "brandenburg-an-der-havel",
            "country": "DE",
            "relationship": PartnerCityPage.Relationship.PARTNERSHIP,
            "since": "1995",
            "through": "",
            "description": streamfield([("paragraph", rich_text("<p>Et samarbejde om skoler.</p>"))]),
            "images": inline_formset([]),
            "latitude": "52.4125",
            "longitude": "12.5316",
            "website": "",
            "comments": inline_formset([]),
            "action-publish": "1",
        }
    )
    data["focus_areas"] = [str(area.pk)]
    data.update(changes)
    return data


def test_administrator_adds_and_publishes_a_city_through_the_admin(admin_client, client, index):
    area = FocusArea.objects.create(name="Skoler", locale=index.locale)

    response = admin_client.post(f"/admin/pages/add/partners/partnercitypage/{index.pk}/", _new_city_form(area))

    assert response.status_code == HTTPStatus.FOUND, response.context and response.context["form"].errors
    city = PartnerCityPage.objects.get(title="Brandenburg an der Havel")
    assert city.live and city.slug == "brandenburg-an-der-havel"
    assert list(city.focus_areas.all()) == [area]
    client.logout()
    page = client.get("/da/samarbejdsbyer/brandenburg-an-der-havel/")
    assert page.status_code == HTTPStatus.OK
    assert "Et samarbejde om skoler." in page.content.decode()


def test_admin_refuses_an_unknown_country_with_a_form_error(admin_client, index):
    area = FocusArea.objects.create(name="Skoler", locale=index.locale)

    response = admin_client.post(
        f"/admin/pages/add/partners/partnercitypage/{index.pk}/", _new_city_form(area, country="XX")
    )

    assert response.status_code == HTTPStatus.OK
    assert "country" in response.context["form"].errors
    assert not PartnerCityPage.objects.exists()


def test_index_may_live_under_any_page_once_and_holds_only_cities(root, index):
    other = root.add_child(instance=type(root)(title="Andet afsnit", slug="andet"))
    assert PartnerCityIndexPage.can_create_at(other)
    assert not PartnerCityIndexPage.can_create_at(root)  # one index per parent, and root has one
    assert PartnerCityPage.can_create_at(index)
    assert not PartnerCityPage.can_create_at(root)


def test_another_app_adds_a_section_to_the_city_page_through_the_hook(client, index):
    add_city(index, "Prag 10")
    seen = []

    def visits(page, request):
        seen.append((page.title, request.path))
        return [format_html('<section id="visits">{} venter besøg</section>', page.title), ""]

    with hooks.register_temporarily("partners_city_page_sections", visits):
        html = client.get("/da/samarbejdsbyer/prag-10/").content.decode()

    assert seen == [("Prag 10", "/da/samarbejdsbyer/prag-10/")]
    assert '<section id="visits">Prag 10 venter besøg</section>' in html


def test_the_index_loads_the_maps_own_stylesheet(client, index):
    add_city(index, "Prag 10")

    html = client.get("/da/samarbejdsbyer/").content.decode()

    assert '<link rel="stylesheet" href="/static/partners/css/partner-map.css">' in html
    stylesheet = finders.find("partners/css/partner-map.css")
    assert stylesheet and ".partner-map__marker" in Path(stylesheet).read_text()


def test_without_the_setting_the_index_may_be_added_under_any_page_type():
    # Every page model may be the parent (each still decides with its own subpage_types).
    assert set(PartnerCityIndexPage.clean_parent_page_models()) == set(get_page_models())


def _overview(client):
    html = client.get("/da/samarbejdsbyer/").content.decode()
    return html[html.index('<div class="row partner-overview">') : html.index('<section class="partner-group"')]


def test_the_remembered_map_and_list_follow_every_change_of_what_they_show(client, index):
    """The map and the list are rendered once per set of cities; a change of anything they show is a new render."""
    prague = add_city(index, "Prag 10")
    before = _overview(client)
    assert _overview(client) == before and 'href="/da/samarbejdsbyer/prag-10/"' in before

    prague.title, prague.since = "Praha 10", 2004
    prague.save_revision().publish()
    renamed = _overview(client)
    assert "Praha 10" in renamed and "(2004)" in renamed and "Prag 10" not in renamed

    prague.slug, prague.country, prague.latitude = "praha-10", "SK", Decimal("48.1")
    prague.save_revision().publish()
    moved = _overview(client)
    assert 'href="/da/samarbejdsbyer/praha-10/"' in moved and "Slovakiet" in moved
    assert _marker_at(moved) != _marker_at(renamed)

    add_city(index, "Wuxi", latitude="31.4912", longitude="120.3119", country="CN")
    assert _overview(client).count('class="partner-map__marker"') == 2


def _marker_at(html):
    start = html.index('class="partner-map__marker"')
    return html[html.index("<circle", start) : html.index("/>", html.index("<circle", start))]


def test_remembered_renders_are_bounded(rf):
    from django.template import Context, Template

    from partners.templatetags import remembered

    template = Template('{% load remembered %}{% remembered_include "partners/includes/city_list.html" key %}')
    for key in range(remembered.MAX_ENTRIES + 10):
        template.render(Context({"key": key, "city_groups": []}))
    assert len(remembered._rendered) == remembered.MAX_ENTRIES
