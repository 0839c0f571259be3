"""The sitemap lists every live, public page of both languages, each with its translations as alternates."""

import xml.etree.ElementTree as ET
from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from reports.models import TripReportIndexPage
from tests.querycount import warm
from tests.reports.bulk import many_published_reports
from tests.reports.states import UNAPPROVED

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
# Queries for the sitemap, whatever the number of pages. A change here needs a reason.
# Each report index (one per language) looks up its locale to name its spending overview's address.
SITEMAP_QUERIES = 8


def read_sitemap(client):
    """{location: {"lastmod": …, "alternates": {hreflang: location}}} of every <url> in /sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "application/xml"
    urls = {}
    for url in ET.fromstring(response.content).findall("s:url", NS):  # noqa: S314 - the site's own response
        location = url.findtext("s:loc", namespaces=NS)
        assert location not in urls, f"{location} is listed twice"
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
        assert all(link.get("rel") == "alternate" for link in url.findall("xhtml:link", NS))
        urls[location] = {"lastmod": url.findtext("s:lastmod", namespaces=NS), "alternates": alternates}
    return urls


def language_of(location):
    return urlsplit(location).path.split("/")[1]


def test_sitemap_lists_every_live_public_page_of_both_languages(client, seeded):
    urls = read_sitemap(client)

    expected = {page.get_full_url() for page in Page.objects.live().public().filter(depth__gte=2)}
    # The report indexes list their spending overviews too.
    expected |= {"http://localhost/da/rejserapporter/forbrug/", "http://localhost/en/trip-reports/spending/"}
    assert set(urls) == expected
    assert urls["http://localhost/da/rejserapporter/forbrug/"]["alternates"]["en"] == (
        "http://localhost/en/trip-reports/spending/"
    )
    assert {language_of(location) for location in urls} == {"da", "en"}
    assert "http://localhost/en/" in urls


def test_every_sitemap_url_answers_and_lists_its_alternates_and_lastmod(client, seeded):
    urls = read_sitemap(client)

    for location, url in urls.items():
        assert url["lastmod"], location
        alternates = url["alternates"]
        assert alternates[language_of(location)] == location, "a URL is its own alternate"
        assert alternates.get("x-default") == alternates.get("da")
        for language, alternate in alternates.items():
            assert alternate in urls, f"{location}: alternate {alternate} is not listed"
            if language != "x-default":
                assert language_of(alternate) == language
                assert urls[alternate]["alternates"] == alternates, "alternates are mutual"
        path = urlsplit(location).path
        assert client.get(path).status_code == HTTPStatus.OK, path
    # The demo translates its pages: the home pages name each other.
    assert urls["http://localhost/da/"]["alternates"] == {
        "da": "http://localhost/da/",
        "en": "http://localhost/en/",
        "x-default": "http://localhost/da/",
    }


def test_a_page_without_a_live_translation_lists_only_itself(client, world):  # noqa: F811
    Page.objects.filter(pk=world.index_en.pk).update(live=False)

    urls = read_sitemap(client)

    assert world.index_en.get_full_url() not in urls
    assert urls[world.index_da.get_full_url()]["alternates"] == {
        "da": world.index_da.get_full_url(),
        "x-default": world.index_da.get_full_url(),
    }


@pytest.fixture
def root_paths_cache_cleared_afterwards():
    """The Site row is rolled back after the test; Wagtail's cached root paths must go with it."""
    yield
    Site.clear_site_root_paths_cache()


def test_sitemap_uses_the_sites_configured_address(client, world, root_paths_cache_cleared_afterwards):  # noqa: F811
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "international.ballerup.dk", 443
    site.save()  # clears Wagtail's cache of the site's root paths

    urls = read_sitemap(client)

    assert "https://international.ballerup.dk/en/trip-reports/" in urls
    every_address = list(urls) + [alt for url in urls.values() for alt in url["alternates"].values()]
    assert all(address.startswith("https://international.ballerup.dk/") for address in every_address)


@pytest.mark.parametrize("make_report", UNAPPROVED, ids=lambda f: f.__name__)
def test_unapproved_report_is_not_in_the_sitemap(client, world, make_report):  # noqa: F811
    many_published_reports(world, 1, english=True)
    report = make_report(world, client)
    client.logout()

    urls = read_sitemap(client)

    every_address = list(urls) + [alt for url in urls.values() for alt in url["alternates"].values()]
    assert not [address for address in every_address if report.slug in address]
    assert "http://localhost/da/rejserapporter/masserejse-0/" in urls
    assert "http://localhost/en/trip-reports/bulk-trip-0/" in urls


def test_pages_under_a_view_restriction_are_not_listed_nor_named_as_alternates(client, world):  # noqa: F811
    danish = many_published_reports(world, 2, english=True)
    PageViewRestriction.objects.create(page=world.index_en, restriction_type=PageViewRestriction.LOGIN)

    urls = read_sitemap(client)

    assert "http://localhost/en/" in urls  # the English home page is not restricted
    assert not [location for location in urls if language_of(location) == "en" and location != "http://localhost/en/"]
    assert urls[danish[0].get_full_url()]["alternates"] == {
        "da": danish[0].get_full_url(),
        "x-default": danish[0].get_full_url(),
    }


def test_a_page_type_may_list_more_urls_and_they_get_alternates_too(client, world, monkeypatch):  # noqa: F811
    def with_overview(page, request=None):
        urls = Page.get_sitemap_urls(page, request)
        return urls + [{**urls[0], "location": urls[0]["location"] + "overview/"}]

    monkeypatch.setattr(TripReportIndexPage, "get_sitemap_urls", with_overview)

    urls = read_sitemap(client)

    danish, english = "http://localhost/da/rejserapporter/overview/", "http://localhost/en/trip-reports/overview/"
    assert urls[danish]["alternates"] == {"da": danish, "en": english, "x-default": danish}
    assert urls[english]["alternates"] == urls[danish]["alternates"]
    assert urls["http://localhost/en/trip-reports/"]["alternates"]["da"] == "http://localhost/da/rejserapporter/"


def count_queries(client):
    warm(client, "/sitemap.xml")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/sitemap.xml").status_code == HTTPStatus.OK
    return len(queries)


@pytest.mark.no_page_cache  # the count is of the render, not of a page cache hit
def test_sitemap_query_count_does_not_grow_with_the_pages(client, world):  # noqa: F811
    many_published_reports(world, 5, english=True)
    assert count_queries(client) == SITEMAP_QUERIES
    assert len(read_sitemap(client)) == 4 + 2 + 10  # the homes and indexes, the overviews, the reports

    many_published_reports(world, 495, english=True, start=5)
    assert count_queries(client) == SITEMAP_QUERIES
    assert len(read_sitemap(client)) == 4 + 2 + 1000
