"""Partner city pages: page rules, rendering in both languages, the map, countries and translations."""

import re
from decimal import Decimal
from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage, StrategyPage
from partners.models import FocusArea, PartnerCityImage, PartnerCityIndexPage, PartnerCityPage
from tests.partners_helpers import add_city, danish_index
from tests.publishing import publish

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    """Which page may live where."""

    def test_partner_city_lives_only_under_the_index(self):
        self.assertAllowedParentPageTypes(PartnerCityPage, {PartnerCityIndexPage})
        self.assertAllowedSubpageTypes(PartnerCityPage, {})

    def test_index_holds_only_partner_cities(self):
        self.assertAllowedSubpageTypes(PartnerCityIndexPage, {PartnerCityPage})
        self.assertCanCreateAt(HomePage, PartnerCityIndexPage)
        self.assertCanNotCreateAt(HomePage, PartnerCityPage)
        self.assertCanNotCreateAt(PartnerCityPage, PartnerCityPage)

    def test_strategy_lives_under_the_home_page_and_has_no_children(self):
        self.assertAllowedParentPageTypes(StrategyPage, {HomePage})
        self.assertAllowedSubpageTypes(StrategyPage, {})
        self.assertCanNotCreateAt(PartnerCityIndexPage, StrategyPage)

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, PartnerCityIndexPage)


PAGES = [
    # (Danish path, English path, text only the Danish page has, text only the English page has)
    ("/da/", "/en/", "Fokusområder", "Focus areas"),
    ("/da/international-strategi/", "/en/international-strategy/", "Godkendt af Kommunalbestyrelsen", "Approved by"),
    ("/da/samarbejdsbyer/", "/en/partner-cities/", "Venskabsbyer", "Twin towns"),
    ("/da/samarbejdsbyer/prag-10/", "/en/partner-cities/prague-10/", "Tjekkiet", "Czechia"),
    ("/da/internationale-borgere/", "/en/international-citizens/", "Information på engelsk", "Information in English"),
]


@pytest.mark.parametrize(("danish", "english", "danish_text", "english_text"), PAGES)
def test_every_page_type_renders_in_both_languages(seeded, client, danish, english, danish_text, english_text):
    da = client.get(danish)
    en = client.get(english)
    assert da.status_code == en.status_code == HTTPStatus.OK
    assert '<html lang="da"' in da.content.decode()
    assert '<html lang="en"' in en.content.decode()
    assert danish_text in da.content.decode()
    assert english_text in en.content.decode()
    assert danish_text not in en.content.decode()


@pytest.mark.parametrize(("danish", "english"), [(da, en) for da, en, _, _ in PAGES])
def test_language_switcher_leads_to_the_same_page_in_the_other_language(seeded, client, danish, english):
    html = client.get(danish).content.decode()
    assert f'<a href="{english}" lang="en" hreflang="en" rel="alternate">' in html
    assert f'<link rel="alternate" hreflang="en" href="http://localhost{english}">' in html
    back = client.get(english).content.decode()
    assert f'<a href="{danish}" lang="da" hreflang="da" rel="alternate">' in back


def test_seeded_cities_exist_in_both_languages_linked_by_translation_key(seeded):
    danish = PartnerCityPage.objects.filter(locale__language_code="da").order_by("translation_key")
    english = PartnerCityPage.objects.filter(locale__language_code="en").order_by("translation_key")
    assert danish.count() == english.count() == 4
    for da, en in zip(danish, english, strict=True):
        assert da.translation_key == en.translation_key
        assert en.live
        for field in ("country", "relationship", "since", "through", "latitude", "longitude", "website"):
            assert getattr(da, field) == getattr(en, field), field


def test_seeded_city_names_and_descriptions_are_translated(seeded):
    prague_da = PartnerCityPage.objects.get(locale__language_code="da", slug="prag-10")
    prague_en = prague_da.get_translation(prague_da.locale.__class__.objects.get(language_code="en"))
    assert (prague_da.title, prague_en.title) == ("Prag 10", "Prague 10")
    assert str(prague_da.description) != str(prague_en.description)
    assert "bydel" in str(prague_da.description)
    assert "district" in str(prague_en.description)
    assert prague_da.images.first().alt_text != prague_en.images.first().alt_text


def test_seeded_cities_have_their_real_coordinates(seeded):
    expected = {
        "prag-10": ("CZ", Decimal("50.0667"), Decimal("14.5")),
        "east-kilbride": ("GB", Decimal("55.7644"), Decimal("-4.177")),
        "wuxi": ("CN", Decimal("31.4912"), Decimal("120.3119")),
        "brandenburg-an-der-havel": ("DE", Decimal("52.4125"), Decimal("12.5316")),
    }
    for slug, (country, latitude, longitude) in expected.items():
        city = PartnerCityPage.objects.get(locale__language_code="da", slug=slug)
        assert (city.country, city.latitude, city.longitude) == (country, latitude, longitude)
    wuxi = PartnerCityPage.objects.get(locale__language_code="da", slug="wuxi")
    assert wuxi.through == "Bycirklen"
    assert wuxi.relationship == PartnerCityPage.Relationship.PARTNERSHIP


def test_country_name_is_in_the_visitors_language(seeded, client):
    assert "Tjekkiet" in client.get("/da/samarbejdsbyer/prag-10/").content.decode()
    english = client.get("/en/partner-cities/prague-10/").content.decode()
    assert "Czechia" in english
    assert "Tjekkiet" not in english
    assert "Storbritannien" in client.get("/da/samarbejdsbyer/").content.decode()
    assert "United Kingdom" in client.get("/en/partner-cities/").content.decode()


def test_focus_areas_are_shown_in_the_pages_language(seeded, client):
    english = client.get("/en/partner-cities/wuxi/").content.decode()
    assert "Business" in english
    assert "Erhvervsområdet" not in english
    assert "Erhvervsområdet" in client.get("/da/samarbejdsbyer/wuxi/").content.decode()


def _card_focus_areas(html):
    """{city name: [its focus-area tags]} of every city card on a page."""
    cards = re.findall(r'<div class="card city-card">(.*?)</div>\s*</div>', html, re.S)
    return {
        re.search(r'class="card-heading"><a [^>]*>([^<]+)</a>', card).group(1): re.findall(
            r'<span class="tag">([^<]+)</span>', card
        )
        for card in cards
    }


@pytest.mark.parametrize(
    ("home", "index", "wuxi", "areas"),
    [
        ("/da/", "/da/samarbejdsbyer/", "Wuxi", ["Børne- og ungeområdet", "Erhvervsområdet"]),
        ("/en/", "/en/partner-cities/", "Wuxi", ["Children and young people", "Business"]),
    ],
)
def test_home_page_city_cards_show_focus_areas_in_the_pages_language(seeded, client, home, index, wuxi, areas):
    cards = _card_focus_areas(client.get(home).content.decode())
    assert cards[wuxi] == areas
    assert len(cards) == 4
    assert cards == _card_focus_areas(client.get(index).content.decode())


@pytest.mark.parametrize(
    ("home", "index", "link"),
    [
        ("/da/", "/da/samarbejdsbyer/", "Alle samarbejdsbyer og kortet"),
        ("/en/", "/en/partner-cities/", "All partner cities and the map"),
    ],
)
def test_home_page_shows_one_row_of_cities_closest_first_and_links_to_them_all(seeded, client, home, index, link):
    """However many cities there are, the home page shows four cards (twin towns first) and the way to the rest."""
    before = list(_card_focus_areas(client.get(home).content.decode()))
    for number in range(3):
        add_city(danish_index(), f"aaby-{number}")  # networks, listed first by name
    html = client.get(home).content.decode()
    assert list(_card_focus_areas(html)) == before
    relationships = dict(PartnerCityPage.objects.filter(title__in=before).values_list("title", "relationship"))
    ranks = [PartnerCityPage.Relationship.values.index(relationships[title]) for title in before]
    assert ranks == sorted(ranks) and ranks[0] == 0
    assert f'<a href="{index}">{link}</a>' in html


def test_partner_index_shows_every_city_on_the_map_and_in_the_list_and_six_cards_a_page(seeded, client):
    for number in range(14):
        add_city(danish_index(), f"netvaerksby-{number:02}")
    pages = [client.get(f"/da/samarbejdsbyer/{query}").content.decode() for query in ("", "?page=2", "?page=3")]
    for html in pages:
        assert html.count('class="partner-map__marker"') == 18
        assert html.count("<li><a href=") >= 18  # the list beside the map
    cards = [card for html in pages for card in _card_focus_areas(html)]
    assert len(cards) == 18 == len(set(cards))
    assert [len(_card_focus_areas(html)) for html in pages] == [6, 6, 6]
    # Twin towns first, then partnerships; by name within each.
    assert cards[:4] == ["East Kilbride og South Lanarkshire", "Prag 10", "Brandenburg an der Havel", "Wuxi"]
    first, second, last = pages
    assert 'aria-label="Sider med samarbejdsbyer"' in first
    assert 'href="?page=2" rel="next">Flere byer</a>' in first and "Side 1 af 3" in first
    assert 'href="/da/samarbejdsbyer/" rel="prev">Forrige byer</a>' in second
    assert 'href="?page=2" rel="prev">Forrige byer</a>' in last and 'rel="next"' not in last
    # A page number out of range or not a number shows a page of cards, never an error.
    assert client.get("/da/samarbejdsbyer/?page=9").content.decode().count('class="card city-card"') == 6
    assert client.get("/da/samarbejdsbyer/?page=x").status_code == HTTPStatus.OK


def test_focus_areas_exist_in_both_languages_in_order(seeded):
    danish = list(FocusArea.objects.filter(locale__language_code="da").values_list("name", flat=True))
    english = list(FocusArea.objects.filter(locale__language_code="en").values_list("name", flat=True))
    assert danish == [
        "Børne- og ungeområdet",
        "Erhvervsområdet",
        "Mellemfolkelige relationer",
        "Tværgående indsatser",
    ]
    assert english == ["Children and young people", "Business", "People-to-people relations", "Cross-cutting efforts"]


def _map(html):
    start = html.index("<svg", html.index('<main id="main-content"'))
    return html[start : html.index("</svg>", start)]


def test_map_has_one_linked_marker_per_live_city_and_none_for_a_draft(seeded, client):
    add_city(danish_index(), "kladdeby", live=False, latitude="59.3", longitude="18.0")
    svg = _map(client.get("/da/samarbejdsbyer/").content.decode())
    assert svg.count('class="partner-map__marker"') == 4
    for slug in ("prag-10", "east-kilbride", "wuxi", "brandenburg-an-der-havel"):
        assert svg.count(f'href="/da/samarbejdsbyer/{slug}/"') == 1
    assert "kladdeby" not in client.get("/da/samarbejdsbyer/").content.decode().lower()


def test_map_is_accessible_svg_with_title_group_role_and_named_links(seeded, client):
    html = client.get("/en/partner-cities/").content.decode()
    svg = _map(html)
    assert 'role="group"' in svg
    assert 'aria-labelledby="partner-map-title partner-map-desc"' in svg
    assert '<title id="partner-map-title">Map of the partner cities</title>' in svg
    assert 'aria-label="Prague 10, Czechia"' in svg
    assert 'aria-label="Wuxi, China"' in svg
    # The base map is decoration; no script and nothing fetched from elsewhere.
    assert '<g aria-hidden="true">' in svg
    assert "<script" not in svg and "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    # Wuxi sits in the China inset.
    assert ">China</text>" in svg


def test_map_inset_appears_only_when_a_city_is_in_china(seeded, client):
    PartnerCityPage.objects.get(locale__language_code="da", slug="wuxi").unpublish()
    svg = _map(client.get("/da/samarbejdsbyer/").content.decode())
    assert "partner-map__inset-frame" not in svg
    assert svg.count('class="partner-map__marker"') == 3


def test_a_city_without_a_location_is_listed_but_not_on_the_map(seeded, client):
    city = add_city(danish_index(), "uden-sted")
    city.latitude = city.longitude = None
    publish(city)
    html = client.get("/da/samarbejdsbyer/").content.decode()
    assert 'href="/da/samarbejdsbyer/uden-sted/"' in html
    assert 'href="/da/samarbejdsbyer/uden-sted/"' not in _map(html)


@pytest.mark.parametrize("code", ["XX", "cz", "EU", "ZZ", "001"])
def test_country_must_be_an_iso_3166_code(seeded, code):
    city = PartnerCityPage.objects.get(locale__language_code="da", slug="prag-10")
    city.country = code
    with pytest.raises(ValidationError) as error:
        city.full_clean()
    assert "country" in error.value.message_dict


@pytest.mark.parametrize(("field", "value"), [("latitude", "91"), ("latitude", "-90.5"), ("longitude", "180.1")])
def test_coordinates_must_be_on_the_globe(seeded, field, value):
    city = PartnerCityPage.objects.get(locale__language_code="da", slug="prag-10")
    setattr(city, field, Decimal(value))
    with pytest.raises(ValidationError) as error:
        city.full_clean()
    assert field in error.value.message_dict


def test_city_image_needs_alt_text(seeded):
    image = PartnerCityImage.objects.first()
    image.alt_text = ""
    with pytest.raises(ValidationError) as error:
        image.full_clean(exclude=["page"])
    assert "alt_text" in error.value.message_dict


def test_city_images_have_alt_text_srcset_and_lazy_loading_below_the_fold(seeded, client):
    html = client.get("/en/partner-cities/prague-10/").content.decode()
    assert 'alt="Illustration: a drawn city skyline (Prague 10)"' in html
    assert "srcset=" in html and "fill-1440x810" in html
    lead, _, rest = html.partition('alt="Illustration: a drawn landscape with hills and a river (Prague 10)"')
    assert 'loading="lazy"' not in lead.split("city-image--lead")[1].split("</figure>")[0]
    assert 'loading="lazy"' in html.split("Illustration: a drawn landscape with hills and a river (Prague 10)")[
        1
    ].split(">")[0] or ('loading="lazy"' in lead.rsplit("<img", 1)[1])


def test_unpublished_city_is_not_reachable(seeded, client):
    city = add_city(danish_index(), "hemmelig-by", live=False)
    assert client.get("/da/samarbejdsbyer/hemmelig-by/").status_code == HTTPStatus.NOT_FOUND
    assert Page.objects.filter(pk=city.pk, live=False).exists()


def test_seeding_twice_duplicates_no_focus_area_city_image_or_picture(seeded):
    from django.core.management import call_command
    from wagtail.images import get_image_model

    def counts():
        return (FocusArea.objects.count(), PartnerCityImage.objects.count(), get_image_model().objects.count())

    before = counts()
    call_command("seed_demo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == before == (8, 16, 8)


def test_focus_areas_are_linked_translations(seeded):
    for danish in FocusArea.objects.filter(locale__language_code="da"):
        english = danish.get_translation(danish.locale.__class__.objects.get(language_code="en"))
        assert english.sort_order == danish.sort_order
        assert english.name != danish.name


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/da/samarbejdsbyer/prag-10/", "Økonomiudvalgets studietur til Prag 10"),
        ("/en/partner-cities/prague-10/", "The Finance Committee&#x27;s study trip to Prague 10"),
    ],
)
def test_city_page_lists_the_published_reports_of_trips_there(seeded, client, path, title):
    html = client.get(path).content.decode()
    assert title in html


def test_city_page_hides_a_withdrawn_report(seeded, client):
    from reports.models import TripReportPage

    report = TripReportPage.objects.get(locale__language_code="da", slug="studietur-prag-10-2025")
    report.unpublish()
    html = client.get("/da/samarbejdsbyer/prag-10/").content.decode()
    assert "Økonomiudvalgets studietur til Prag 10" not in html
