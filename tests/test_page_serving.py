"""Serving a page in fewer queries keeps Wagtail's rules: view restrictions of the page and its ancestors
(an alias counts its source's), and routing to a child of any type."""

from http import HTTPStatus

import pytest
from wagtail.models import Page, PageViewRestriction

from partners.models import PartnerCityIndexPage, PartnerCityPage
from tests.publishing import as_administrator

pytestmark = pytest.mark.django_db

CITY = "/da/samarbejdsbyer/prag-10/"


def restrict(page, kind=PageViewRestriction.LOGIN, password=""):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, password=password)


def test_a_restriction_on_an_ancestor_applies_to_the_page(seeded, client):
    assert client.get(CITY).status_code == HTTPStatus.OK
    restrict(PartnerCityIndexPage.objects.get(locale__language_code="da"))

    response = client.get(CITY)

    assert response.status_code == HTTPStatus.FOUND
    assert "/admin/login/" in response["Location"] or "login" in response["Location"]


def test_a_password_on_the_page_itself_asks_for_it(seeded, client):
    restrict(PartnerCityPage.objects.get(url_path__endswith="/prag-10/"), PageViewRestriction.PASSWORD, "hemmeligt")

    response = client.get(CITY)

    assert response.status_code == HTTPStatus.OK
    assert 'name="password"' in response.content.decode()


def test_an_alias_counts_its_source_restriction_not_its_parents(seeded, client):
    city = PartnerCityPage.objects.get(url_path__endswith="/prag-10/")
    standard = Page.objects.get(url_path__endswith="/internationale-borgere/")
    with as_administrator():
        city.create_alias(parent=standard, update_slug="prag-alias")
    alias_url = "/da/internationale-borgere/prag-alias/"
    assert client.get(alias_url).status_code == HTTPStatus.OK

    restrict(city)  # the alias's source, not its ancestor

    assert client.get(alias_url).status_code == HTTPStatus.FOUND
    assert client.get("/da/internationale-borgere/").status_code == HTTPStatus.OK


def test_a_child_of_another_type_below_a_single_type_index_is_still_found(seeded, client):
    """The index allows only cities; a page of another type that got there anyway routes as in Wagtail."""
    index = PartnerCityIndexPage.objects.get(locale__language_code="da")
    standard = Page.objects.get(url_path__endswith="/internationale-borgere/").specific
    with as_administrator():
        standard.move(index, pos="last-child")

    assert client.get("/da/samarbejdsbyer/internationale-borgere/").status_code == HTTPStatus.OK
    assert client.get("/da/samarbejdsbyer/findes-ikke/").status_code == HTTPStatus.NOT_FOUND
