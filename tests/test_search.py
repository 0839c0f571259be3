"""Search with Wagtail's database backend, on SQLite and on PostgreSQL (Danish stemming there)."""

import pytest
from django.db import connection
from wagtail.models import Page

from home.models import HomePage
from tests.publishing import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def danish_home():
    home = HomePage.objects.get(locale__language_code="da")
    home.introduction = "<p>Vi samarbejder med vores venskabsbyer om udveksling for skoler.</p>"
    publish(home)
    return home


def search(text):
    return list(Page.objects.live().search(text))


def test_search_finds_a_danish_page_by_a_word_in_its_text(danish_home):
    assert danish_home.page_ptr in search("venskabsbyer")


def test_search_does_not_find_a_word_that_is_not_there(danish_home):
    assert search("kængurubøf") == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming needs PostgreSQL's Danish configuration")
@pytest.mark.parametrize("inflected", ["venskabsby", "venskabsbyen", "venskabsbyerne", "skolerne"])
def test_postgres_search_finds_the_danish_page_by_an_inflected_form(danish_home, inflected):
    assert danish_home.page_ptr in search(inflected)


def test_search_backend_uses_danish_stemming_on_postgres(settings):
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] == "danish"
