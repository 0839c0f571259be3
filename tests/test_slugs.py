"""Slugs write æ, ø and å out as ae, oe and aa, in both languages, wherever a slug is made."""

import json
import re
from html import unescape as html_unescape
from http import HTTPStatus
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page, Site
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield
from wagtail_localize.models import StringSegment, Translation

from home.models import StandardPage
from slugs.text import slugify
from tests.publishing import as_administrator

pytestmark = pytest.mark.django_db

TITLE = "Økonomiudvalgets rejse til Århus og Ærø"
SLUG = "oekonomiudvalgets-rejse-til-aarhus-og-aeroe"
# What the admin's script made of TITLE before (unicode slugs), and what a script-less browser sends.
UNICODE_SLUG = "økonomiudvalgets-rejse-til-århus-og-ærø"


@pytest.fixture
def admin_client(seeded, client, demo_password):
    assert client.login(username="admin", password=demo_password)
    return client


def danish_home():
    return Site.objects.get(is_default_site=True).root_page


def add_standard_page(client, title, slug=UNICODE_SLUG, action=None):
    """Fill in Wagtail's add form for a standard page under the Danish home page and press a button."""
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", danish_home().pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update(nested_form_data({"body": streamfield([])}))
    data["title"], data["slug"] = title, slug
    if action:
        data[action] = "1"
    response = client.post(url, data)
    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:2000]
    return StandardPage.objects.get(title=title, locale__language_code="da")


def test_slugify__writes_out_danish_letters_in_both_cases():
    assert slugify("Æbler, øl og ål i Ærøskøbing") == "aebler-oel-og-aal-i-aeroeskoebing"
    assert slugify("ÆØÅ æøå") == "aeoeaa-aeoeaa"
    assert slugify("Café in Malmö") == "cafe-in-malmo"


def test_default_slug__page_saved_without_slug_gets_the_title_written_out(seeded):
    # The admin form requires a slug; code that creates pages (imports, the seed) may leave it to Wagtail.
    with as_administrator():
        page = danish_home().add_child(instance=StandardPage(title=TITLE))
        draft = danish_home().add_child(instance=StandardPage(title="Besøg på Ærø", live=False))
        again = danish_home().add_child(instance=StandardPage(title=TITLE))

    assert (page.slug, draft.slug, again.slug) == (SLUG, "besoeg-paa-aeroe", SLUG + "-1")


def test_admin_typed_slug__unicode_slug_from_the_old_script_is_written_out(admin_client):
    page = add_standard_page(admin_client, TITLE)

    assert page.slug == SLUG


def test_admin_typed_slug__danish_letters_are_written_out(admin_client):
    page = add_standard_page(admin_client, "Besøg på Ærø", slug="besøg-på-ærø")

    assert page.slug == "besoeg-paa-aeroe"
    assert page.url_path.endswith("/besoeg-paa-aeroe/")


def test_admin_slug_widget__the_script_writes_out_danish_letters_and_makes_ascii(admin_client):
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", danish_home().pk])
    html = admin_client.get(url).content.decode()

    slug_input = re.search(r'<input[^>]*name="slug"[^>]*>', html).group(0)
    assert 'data-controller="w-slug"' in slug_input
    assert "allow-unicode" not in slug_input  # Django leaves out a False attribute: the script's default, ASCII
    formatters = json.loads(html_unescape(re.search(r'data-w-slug-formatters-value="([^"]*)"', slug_input).group(1)))
    assert [["ø", "gu"], "oe"] in formatters
    assert [["Å", "gu"], "Aa"] in formatters
    assert [["æ", "gu"], "ae"] in formatters


def test_translation__english_page_from_wagtail_localize_keeps_the_written_out_slug(admin_client):
    page = add_standard_page(admin_client, TITLE)
    english = Locale.objects.get(language_code="en")

    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [english.pk]}
    )

    assert response.status_code == HTTPStatus.FOUND
    assert page.get_translation(english).slug == SLUG


def test_translation__slug_typed_in_the_translation_editor_is_written_out(admin_client):
    page = add_standard_page(admin_client, TITLE, action="action-publish")
    english = Locale.objects.get(language_code="en")
    admin_client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [english.pk]})
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=english)
    slug_segment = StringSegment.objects.get(source=translation.source, context__path="slug")
    title_segment = StringSegment.objects.get(source=translation.source, context__path="title")

    for segment, value in [(slug_segment, "Finance Committee trip to Ærø"), (title_segment, "A trip to Ærø")]:
        response = admin_client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            urlencode({"value": value}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code == HTTPStatus.CREATED
    assert response.json()["data"] == "A trip to Ærø"  # only slugs are written out
    target = page.get_translation(english)
    published = admin_client.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"})

    assert published.status_code == HTTPStatus.FOUND
    target = Page.objects.get(pk=target.pk)
    assert (target.title, target.slug) == ("A trip to Ærø", "finance-committee-trip-to-aeroe")
