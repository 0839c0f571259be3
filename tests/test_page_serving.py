"""Serving a page in fewer queries keeps Wagtail's rules: view restrictions of the page and its ancestors
(an alias counts its source's), and routing to a child of any type."""

from http import HTTPStatus

import pytest
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction, Site

from cms.routing import localized_root
from partners.models import PartnerCityIndexPage, PartnerCityPage
from partners.serving import public
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


def test_public_asks_for_the_restrictions_in_the_pages_own_query_and_agrees_with_wagtail(
    seeded, django_assert_num_queries
):
    """`serving.public` leaves out the pages at and below a restricted page, exactly as Wagtail's `public()`."""
    index = PartnerCityIndexPage.objects.get(locale__language_code="da")
    standard = Page.objects.get(url_path__endswith="/internationale-borgere/")
    restrict(index)  # the index and its cities
    restrict(standard, PageViewRestriction.PASSWORD, "hemmeligt")  # a leaf
    pages = Page.objects.live()

    with django_assert_num_queries(1):
        shown = set(public(pages).values_list("pk", flat=True))

    assert shown == set(pages.public().values_list("pk", flat=True))
    assert index.pk not in shown and standard.pk not in shown
    assert not shown & set(index.get_descendants().values_list("pk", flat=True))
    assert shown >= set(Page.objects.filter(url_path__endswith="/rejserapporter/").values_list("pk", flat=True))


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_home_page_of_the_visitors_language_is_found_in_one_query_as_wagtail_finds_it(
    seeded, django_assert_num_queries, language
):
    root = Site.objects.get(is_default_site=True).root_page
    with translation.override(language):
        expected = root.localized.specific
        with django_assert_num_queries(1):
            found = localized_root(root)
        assert (type(found), found.pk, found.locale.language_code) == (type(expected), expected.pk, language)


def test_a_home_page_translation_that_is_not_live_is_not_served(seeded, client):
    """As in Wagtail: the English visitor then gets the site's root page (Danish) rather than a draft."""
    root = Site.objects.get(is_default_site=True).root_page
    english = root.get_translation(Locale.objects.get(language_code="en"))
    Page.objects.filter(pk=english.pk).update(live=False)

    with translation.override("en"):
        assert localized_root(Page.objects.get(pk=root.pk)).pk == root.pk == root.localized.specific.pk
    assert english.title not in client.get("/en/").content.decode()
