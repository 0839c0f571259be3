"""The ground everything stands on: migrations, languages, routing, health, errors."""

import re
from http import HTTPStatus
from pathlib import Path

import pytest
from django.db import DatabaseError
from wagtail.models import Locale, Page, Site

from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_migrate_alone_creates_both_locales_and_linked_home_pages():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"da", "en"}
    danish = HomePage.objects.get(locale__language_code="da")
    english = HomePage.objects.get(locale__language_code="en")
    assert danish.translation_key == english.translation_key
    assert Site.objects.get(is_default_site=True).root_page_id == danish.pk
    # Wagtail's placeholder "Welcome" page is gone.
    assert not Page.objects.filter(depth=2).exclude(pk__in=[danish.pk, english.pk]).exists()


@pytest.mark.parametrize(
    ("path", "language", "other_language_url"),
    [("/da/", "da", "/en/"), ("/en/", "en", "/da/")],
)
def test_home_page_renders_in_its_language_with_alternates_and_switcher(client, path, language, other_language_url):
    response = client.get(path)
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert '<link rel="alternate" hreflang="da" href="http://localhost/da/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://localhost/en/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://localhost/da/">' in html
    assert f'<a href="{other_language_url}" lang="{other_language_url.strip("/")}"' in html


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("en-GB,en;q=0.9", "/en/"), ("da-DK,da;q=0.9,en;q=0.5", "/da/"), ("de-DE,fr;q=0.8", "/da/"), ("", "/da/")],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == expected


def test_unknown_language_prefix_ends_in_404(client):
    response = client.get("/xx/", follow=True)
    assert response.status_code == HTTPStatus.NOT_FOUND


@pytest.mark.parametrize(
    ("path", "text"), [("/da/findes-ikke/", "Siden findes ikke"), ("/en/missing/", "Page not found")]
)
def test_404_page_speaks_the_visitors_language(client, path, text):
    response = client.get(path)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert text in response.content.decode()


def test_500_page_has_no_stack_trace(client, rf):
    from cms.views import server_error

    request = rf.get("/da/")
    response = server_error(request)
    assert response.status_code == HTTPStatus.INTERNAL_SERVER_ERROR
    assert "Traceback" not in response.content.decode()
    assert "Der opstod en fejl" in response.content.decode()


def test_healthz_is_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == HTTPStatus.OK


def test_healthz_is_503_when_the_database_is_unreachable(client, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def unreachable(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", unreachable)
    response = client.get("/healthz")
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE


def test_was_redirects_to_the_accessibility_statement(client, settings):
    settings.ACCESSIBILITY_STATEMENT_URL = "https://www.was.digst.dk/example-dk"
    response = client.get("/was")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "https://www.was.digst.dk/example-dk"


def test_footer_links_to_the_accessibility_statement(client):
    html = client.get("/da/").content.decode()
    assert '<a href="/was">Tilgængelighedserklæring</a>' in html


def test_themed_dkfds_stylesheet_is_served_from_our_own_static_files(client):
    """The page links the DKFDS build in the municipality's colours (`make theme`), not the stock one."""
    html = client.get("/da/").content.decode()
    assert 'href="/static/theme/ballerup.css"' in html
    assert "dkfds.min.css" not in html
    from django.contrib.staticfiles import finders

    path = finders.find("theme/ballerup.css")
    assert path, "The themed stylesheet is not compiled: run make theme"
    css = Path(path).read_text()
    assert ".button-primary" in css, "not a DKFDS build"
    assert "#005f6b" in css, "DKFDS's primary colour is not the municipality's"
    # Fonts and icons the build refers to are served from the DKFDS package (no CDN).
    references = set(re.findall(r'url\("?\.\./([^")?#]+)', css))
    assert references
    for reference in references:
        assert finders.find(reference), f"{reference} is referenced by the theme but not served"
    assert not re.search(r"""url\(["']?(https?:)?//""", css), "the theme loads something from another host"


def test_anonymous_visitor_gets_no_cookies(client):
    for path in ("/", "/da/", "/en/", "/da/findes-ikke/"):
        response = client.get(path)
        assert not response.cookies, f"{path} set {list(response.cookies)}"
