"""The page frame a visitor meets on every page: icon, robots, head links, breadcrumbs, footer, 404."""

from http import HTTPStatus

import pytest
from django.contrib.staticfiles import finders

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
