"""SITE_BASE_URL gives the default Site its host name and port at `migrate`: hreflang and the sitemap use it."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Site

from cms.checks import site_base_url_is_an_address, site_knows_its_address
from cms.site_address import parse_base_url

pytestmark = pytest.mark.django_db

ADDRESS = "https://international.ballerup.dk"


def _migrate():
    """The real `migrate` (nothing left to apply): its post_migrate signal is what updates the Site."""
    call_command("migrate", verbosity=0, interactive=False)


def _default_site():
    site = Site.objects.get(is_default_site=True)
    return site.hostname, site.port


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("https://international.ballerup.dk", ("international.ballerup.dk", 443)),
        ("https://international.ballerup.dk/", ("international.ballerup.dk", 443)),
        ("http://intranet.ballerup.dk", ("intranet.ballerup.dk", 80)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
    ],
)
def test_an_address_gives_host_name_and_port(url, address):
    assert parse_base_url(url) == address


@pytest.mark.parametrize(
    "url", ["international.ballerup.dk", "ftp://ballerup.dk", "https://", "https://ballerup.dk/international"]
)
def test_anything_else_is_not_an_address(url):
    with pytest.raises(ValueError):
        parse_base_url(url)


def test_migrate_gives_the_default_site_the_configured_address_and_leaves_it_alone_without_one(seeded, settings):
    assert _default_site() == ("localhost", 80)
    settings.SITE_BASE_URL = ""
    _migrate()
    assert _default_site() == ("localhost", 80)
    settings.SITE_BASE_URL = ADDRESS
    _migrate()
    assert _default_site() == ("international.ballerup.dk", 443)
    _migrate()  # idempotent
    assert _default_site() == ("international.ballerup.dk", 443)
    assert Site.objects.count() == 1
    settings.SITE_BASE_URL = "http://intranet.ballerup.dk:8080"
    _migrate()
    assert _default_site() == ("intranet.ballerup.dk", 8080)


def test_hreflang_alternates_use_the_configured_host(seeded, settings, client):
    client.get("/da/")  # Wagtail caches the site's root paths: the address must still change
    settings.SITE_BASE_URL = ADDRESS
    _migrate()
    html = client.get("/da/samarbejdsbyer/").content.decode()
    alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)
    assert alternates == [
        ("da", f"{ADDRESS}/da/samarbejdsbyer/"),
        ("x-default", f"{ADDRESS}/da/samarbejdsbyer/"),
        ("en", f"{ADDRESS}/en/partner-cities/"),
    ]


def test_sitemap_urls_use_the_configured_host(seeded, settings, client):
    settings.SITE_BASE_URL = ADDRESS
    _migrate()
    locations = re.findall(r"<loc>([^<]+)</loc>", client.get("/sitemap.xml").content.decode())
    assert f"{ADDRESS}/da/" in locations
    assert all(location.startswith(f"{ADDRESS}/") for location in locations), locations


def _ids(messages):
    return [message.id for message in messages]


def test_deploy_check_warns_until_the_address_is_set_and_migrated(seeded, settings):
    settings.SITE_BASE_URL = ""
    assert _ids(site_knows_its_address(None)) == ["cms.W001"]
    settings.SITE_BASE_URL = "http://localhost:8000"
    assert _ids(site_knows_its_address(None)) == ["cms.W001"]
    settings.SITE_BASE_URL = ADDRESS
    assert _ids(site_knows_its_address(None)) == ["cms.W002"]  # set, but the Site still says localhost
    _migrate()
    assert site_knows_its_address(None) == []


def test_a_malformed_address_is_an_error(settings):
    settings.SITE_BASE_URL = "international.ballerup.dk"
    assert _ids(site_base_url_is_an_address(None)) == ["cms.E001"]
    settings.SITE_BASE_URL = ADDRESS
    assert site_base_url_is_an_address(None) == []
