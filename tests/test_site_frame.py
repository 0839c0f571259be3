"""The page frame a visitor meets on every page: icon, robots, head links, breadcrumbs, footer, 404."""

import re
from http import HTTPStatus
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.utils.html import escape

pytestmark = pytest.mark.django_db


def test_head_of_was_answers_like_get(client, settings):
    settings.ACCESSIBILITY_STATEMENT_URL = "https://www.was.digst.dk/example-dk"
    get = client.get("/was")
    head = client.head("/was")
    assert head.status_code == get.status_code == HTTPStatus.FOUND
    assert head["Location"] == get["Location"]
    assert client.post("/was").status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_every_page_links_the_favicon_and_it_is_served(client):
    html = client.get("/da/").content.decode()
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html
    assert finders.find("img/favicon.svg")
    icon = client.get("/static/img/favicon.svg")
    assert icon.status_code == HTTPStatus.OK
    assert b"<svg" in b"".join(icon.streaming_content)


def test_favicon_ico_leads_to_the_icon(client):
    for method in (client.get, client.head):
        response = method("/favicon.ico")
        assert response.status_code == HTTPStatus.FOUND
        assert response["Location"] == "/static/img/favicon.svg"


def test_robots_txt_allows_all_and_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Allow: /" in lines
    assert not any(line.startswith("Disallow") for line in lines)
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert client.get("/sitemap.xml").status_code == HTTPStatus.OK


def _head(html):
    return html.split("</head>", 1)[0]


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_live_page_declares_its_canonical_address_and_opengraph(seeded, client, language):
    from tests.browser.site_pages import live_pages

    pages = [page for page in live_pages() if page.locale.language_code == language]
    assert len(pages) > 5
    for page in pages:
        html = client.get(page.url).content.decode()
        head = _head(html)
        full_url = page.get_full_url()
        assert f'<link rel="canonical" href="{full_url}">' in head, page.url
        assert f'<meta property="og:url" content="{full_url}">' in head, page.url
        title = re.search(r'<meta property="og:title" content="([^"]*)">', head).group(1)
        assert title == escape(page.specific.seo_title or page.title), page.url
        assert re.search(r'<meta property="og:description" content="[^"]{20,}">', head), page.url
        image = re.search(r'<meta property="og:image" content="([^"]*)">', head).group(1)
        assert image.startswith("http://testserver/"), (page.url, image)
        path = image.removeprefix("http://testserver")
        if path.startswith("/media/"):  # media are served by the web server, not by Django in tests
            assert default_storage.exists(path.removeprefix("/media/")), image
        else:
            assert client.get(path).status_code == HTTPStatus.OK, image


def test_a_partner_city_is_shared_with_its_own_picture(seeded, client):
    from partners.models import PartnerCityPage

    city = PartnerCityPage.objects.live().filter(locale__language_code="da").first()
    head = _head(client.get(city.url).content.decode())
    lead = city.images.first()
    image = re.search(r'<meta property="og:image" content="([^"]*)">', head).group(1)
    assert "/media/images/" in image
    assert image == "http://testserver" + lead.image.get_rendition("fill-1440x810").url
    assert f'<meta property="og:image:alt" content="{escape(lead.alt_text)}">' in head


def test_the_danish_share_text_is_danish(seeded, client):
    head = _head(client.get("/da/").content.decode())
    assert '<meta property="og:locale" content="da_DK">' in head
    assert "Ballerup Kommune" in re.search(r'og:description" content="([^"]*)"', head).group(1)


def test_breadcrumbs_are_separated_by_dkfds_chevrons(seeded, client):
    from partners.models import PartnerCityPage

    city = PartnerCityPage.objects.live().filter(locale__language_code="da").first()
    html = client.get(city.url).content.decode()
    crumbs = re.search(r'<ol class="breadcrumbs__list">(.*?)</ol>', html, re.S).group(1)
    items = re.findall(r'<li class="breadcrumbs__list-item"[^>]*>(.*?)</li>', crumbs, re.S)
    assert len(items) == 3  # home, the city index, the city
    chevron = (
        '<svg class="icon-svg" focusable="false" aria-hidden="true">'
        '<use href="/static/dkfds/img/all-svg-icons.svg#chevron-right"></use></svg>'
    )
    assert chevron not in items[0]
    assert all(item.startswith(chevron) for item in items[1:])
    assert 'id="chevron-right"' in Path(finders.find("dkfds/img/all-svg-icons.svg")).read_text()


@pytest.mark.parametrize(
    ("path", "language", "home"), [("/da/findes-ikke/", "da", "/da/"), ("/en/does-not-exist/", "en", "/en/")]
)
def test_the_404_page_leads_onward_in_the_visitors_language(seeded, client, path, language, home):
    from wagtail.models import Page

    response = client.get(path)
    assert response.status_code == HTTPStatus.NOT_FOUND
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    main = html.split('<main id="main-content"', 1)[1].split("</main>", 1)[0]
    links = dict(re.findall(r'<a href="([^"]+)">([^<]+)</a>', main))
    sections = Page.objects.live().in_menu().filter(depth=3, locale__language_code=language)
    assert len(sections) >= 4
    assert home in links
    for section in sections:
        assert links.get(section.url) == section.title, section.url
    assert all(url.startswith(f"/{language}/") for url in links)


def _footer(html):
    return html.split('<footer class="site-footer">', 1)[1].split("</footer>", 1)[0]


@pytest.mark.parametrize(
    ("path", "name", "address", "phone", "phone_label", "cvr_label"),
    [
        ("/da/", "Ballerup Kommune", "2750 Ballerup", "44 77 20 00", "Telefon", "CVR-nummer"),
        ("/en/", "Ballerup Municipality", "DK-2750 Ballerup", "+45 44 77 20 00", "Phone", "CVR number"),
    ],
)
def test_footer_shows_the_contact_details_in_the_page_language(
    seeded, client, path, name, address, phone, phone_label, cvr_label
):
    footer = _footer(client.get(path).content.decode())
    assert f'<h2 class="h5">{name}</h2>' in footer
    assert "Hold-An Vej 7<br>" in footer and address in footer
    assert f"<dt>{phone_label}</dt>" in footer
    assert f'<a href="tel:{phone.replace(" ", "")}">{phone}</a>' in footer
    assert '<a href="mailto:ballerup@ballerup.dk">ballerup@ballerup.dk</a>' in footer
    assert f"<dt>{cvr_label}</dt><dd>58271713</dd>" in footer
    assert '<a href="/was">' in footer


def test_footer_keeps_the_accessibility_statement_link(seeded, client):
    assert '<a href="/was">Tilgængelighedserklæring</a>' in _footer(client.get("/da/").content.decode())
    assert '<a href="/was">Accessibility statement</a>' in _footer(client.get("/en/").content.decode())


def edit_danish_contact_details(client, password, **changes):
    """The editor saves the Danish footer details in the snippet admin, with `changes` to the demo's values."""
    from home.models import ContactDetails

    details = ContactDetails.objects.get(locale__language_code="da")
    assert client.login(username="editor", password=password)
    values = {
        "name": "Ballerup Kommune",
        "street": "Hold-An Vej 7",
        "town": "2750 Ballerup",
        "phone": "44 77 20 00",
        "email": "ballerup@ballerup.dk",
        "cvr": "58271713",
    }
    return client.post(f"/admin/snippets/home/contactdetails/edit/{details.pk}/", {**values, **changes})


def test_an_editor_changes_the_footer_in_the_admin_and_it_shows_at_once(seeded, client, demo_password):

    client.get("/da/")  # the footer is cached now
    response = edit_danish_contact_details(client, demo_password, phone="44 77 20 01")
    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:2000]
    client.logout()
    assert '<a href="tel:44772001">44 77 20 01</a>' in _footer(client.get("/da/").content.decode())


def test_a_cvr_number_must_be_eight_digits(seeded, client, demo_password):
    from home.models import ContactDetails

    response = edit_danish_contact_details(client, demo_password, cvr="5827")
    assert response.status_code == HTTPStatus.OK
    assert ContactDetails.objects.get(locale__language_code="da").cvr == "58271713"


def test_a_second_danish_contact_record_is_refused(seeded, client, demo_password):
    from home.models import ContactDetails

    assert client.login(username="editor", password=demo_password)
    response = client.post(
        "/admin/snippets/home/contactdetails/add/?locale=da",
        {
            "name": "Anden",
            "street": "Et sted",
            "town": "2750 Ballerup",
            "phone": "1",
            "email": "a@example.org",
            "cvr": "12345678",
        },
    )
    assert response.status_code == HTTPStatus.OK
    assert ContactDetails.objects.filter(locale__language_code="da").count() == 1


def test_the_footer_lookup_is_one_query_once_then_cached(seeded, django_assert_num_queries):
    from django.core.cache import cache

    from home.models.contact import footer_contact

    cache.clear()
    with django_assert_num_queries(1):
        assert footer_contact("en")["name"] == "Ballerup Municipality"
    with django_assert_num_queries(0):
        assert footer_contact("en")["cvr"] == "58271713"
