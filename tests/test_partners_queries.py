"""Every public page type runs a fixed number of queries, however much content there is."""

import pytest

from tests.partners_helpers import add_city, count_queries, danish_index

# Each count is of the render: the page cache would answer the repeated request with no query at all.
pytestmark = [pytest.mark.django_db, pytest.mark.no_page_cache]


@pytest.fixture(autouse=True)
def no_rendition_cache(settings):
    """Renditions come from the prefetch or the database, so a missing prefetch shows as extra queries."""
    settings.CACHES = {**settings.CACHES, "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


# Pinned query counts for an anonymous visitor. A change here needs a reason.
# Routing (the page: one query, none for a section right below the home page; the site, the home page of the
# visitor's language and its children come from the process memo, cms/cache/memo.py, once it is warm), and
# the page frame; the view restrictions need none on a site that has none (the memo knows); both languages
# the same.
HOME = 8  # includes the latest trip reports slot
STRATEGY = 2
PARTNER_INDEX = 6
PARTNER_CITY = {"da": 6, "en": 6}  # includes the reports of trips to the city
STANDARD = {"da": 1, "en": 1}


def _add_cities(count):
    index = danish_index()
    for number in range(count):
        add_city(index, f"testby-{number}", latitude=str(45 + number), longitude=str(number))


def test_home_page_query_count_does_not_grow_with_cities(seeded, client):
    assert count_queries(client, "/da/") == HOME
    _add_cities(8)
    assert count_queries(client, "/da/") == HOME


def test_strategy_page_query_count_does_not_grow_with_cities(seeded, client):
    assert count_queries(client, "/da/international-strategi/") == STRATEGY
    _add_cities(8)
    assert count_queries(client, "/da/international-strategi/") == STRATEGY


def test_partner_index_query_count_is_the_same_for_4_and_20_cities_on_each_page_of_cards(seeded, client):
    assert count_queries(client, "/da/samarbejdsbyer/") == PARTNER_INDEX
    _add_cities(16)
    html = client.get("/da/samarbejdsbyer/").content.decode()
    assert html.count('class="partner-map__marker"') == 20
    assert count_queries(client, "/da/samarbejdsbyer/") == PARTNER_INDEX
    assert count_queries(client, "/da/samarbejdsbyer/?page=2") == PARTNER_INDEX


@pytest.mark.parametrize("path", ["/da/samarbejdsbyer/prag-10/", "/en/partner-cities/prague-10/"])
def test_partner_city_page_query_count(seeded, client, path):
    assert count_queries(client, path) == PARTNER_CITY[path[1:3]]


@pytest.mark.parametrize("path", ["/da/internationale-borgere/", "/en/international-citizens/"])
def test_standard_page_query_count(seeded, client, path):
    assert count_queries(client, path) == STANDARD[path[1:3]]
