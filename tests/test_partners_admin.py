"""Editors keep the partner cities and focus areas up to date through the real admin views."""

from http import HTTPStatus

import pytest
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from partners.models import FocusArea, PartnerCityPage

pytestmark = pytest.mark.django_db

NEW_TEXT = "Skoler i Prag 10 og Ballerup planlægger en ny udveksling."


def _city_form(city, description, action):
    images = list(city.images.all())
    data = nested_form_data(
        {
            "title": city.title,
            "slug": city.slug,
            "country": city.country,
            "relationship": city.relationship,
            "since": city.since or "",
            "through": city.through,
            "description": streamfield([("paragraph", rich_text(f"<p>{description}</p>"))]),
            "images": inline_formset(
                [
                    {"id": str(image.pk), "image": str(image.image_id), "alt_text": image.alt_text, "caption": ""}
                    for image in images
                ],
                initial=len(images),
            ),
            "latitude": str(city.latitude),
            "longitude": str(city.longitude),
            "website": city.website,
            "comments": inline_formset([]),
        }
    )
    data["focus_areas"] = [str(pk) for pk in city.focus_areas.values_list("pk", flat=True)]
    data[action] = "1"
    return data


@pytest.fixture
def editor_client(seeded, client, demo_password):
    assert client.login(username="editor", password=demo_password)
    return client


@pytest.fixture
def prague():
    return PartnerCityPage.objects.get(locale__language_code="da", slug="prag-10")


def test_editor_saves_a_city_description_as_a_draft_revision(editor_client, client, prague):
    revisions = prague.revisions.count()
    response = editor_client.post(f"/admin/pages/{prague.pk}/edit/", _city_form(prague, NEW_TEXT, "action-save"))
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors
    prague.refresh_from_db()
    assert prague.revisions.count() == revisions + 1
    assert NEW_TEXT in str(prague.get_latest_revision_as_object().description)
    assert prague.has_unpublished_changes
    # Saved, not published: visitors still read the live text.
    client.logout()
    assert NEW_TEXT not in client.get("/da/samarbejdsbyer/prag-10/").content.decode()


def test_editor_submits_a_city_description_for_moderation(editor_client, prague):
    revisions = prague.revisions.count()
    response = editor_client.post(f"/admin/pages/{prague.pk}/edit/", _city_form(prague, NEW_TEXT, "action-submit"))
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors
    prague.refresh_from_db()
    assert prague.revisions.count() == revisions + 1
    assert NEW_TEXT in str(prague.get_latest_revision_as_object().description)
    assert WorkflowState.objects.filter(
        base_content_type__model="page", object_id=str(prague.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()


def test_editor_cannot_save_a_city_with_an_unknown_country(editor_client, prague):
    data = _city_form(prague, NEW_TEXT, "action-save")
    data["country"] = "XX"
    revisions = prague.revisions.count()
    response = editor_client.post(f"/admin/pages/{prague.pk}/edit/", data)
    assert response.status_code == HTTPStatus.OK
    assert "country" in response.context["form"].errors
    assert prague.revisions.count() == revisions


def test_editor_cannot_submit_an_image_without_alt_text(editor_client, prague):
    # Drafts may be incomplete (Wagtail defers required fields for drafts); what goes for approval may not.
    data = _city_form(prague, NEW_TEXT, "action-submit")
    data["images-0-alt_text"] = ""
    revisions = prague.revisions.count()
    response = editor_client.post(f"/admin/pages/{prague.pk}/edit/", data)
    assert response.status_code == HTTPStatus.OK
    assert prague.revisions.count() == revisions


def test_country_select_in_the_admin_names_countries_in_danish(editor_client, prague):
    html = editor_client.get(f"/admin/pages/{prague.pk}/edit/").content.decode()
    assert '<option value="CZ" selected>Tjekkiet</option>' in html


def test_focus_areas_are_listed_as_snippets_in_the_admin(seeded, admin_client):
    response = admin_client.get("/admin/snippets/partners/focusarea/?locale=da")
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    for area in FocusArea.objects.filter(locale__language_code="da"):
        assert area.name in html


def test_editor_can_change_a_focus_area_in_the_admin(editor_client):
    area = FocusArea.objects.get(locale__language_code="da", sort_order=1)
    response = editor_client.post(
        f"/admin/snippets/partners/focusarea/edit/{area.pk}/",
        {"name": area.name, "description": "Ny beskrivelse af børne- og ungeområdet.", "sort_order": "1"},
    )
    assert response.status_code == HTTPStatus.FOUND
    area.refresh_from_db()
    assert area.description == "Ny beskrivelse af børne- og ungeområdet."


def test_editor_cannot_delete_a_focus_area(editor_client):
    area = FocusArea.objects.get(locale__language_code="da", sort_order=1)
    response = editor_client.post(f"/admin/snippets/partners/focusarea/delete/{area.pk}/")
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert FocusArea.objects.filter(pk=area.pk).exists()


def test_city_form_offers_only_focus_areas_in_the_pages_language(editor_client, prague):
    html = editor_client.get(f"/admin/pages/{prague.pk}/edit/").content.decode()
    assert 'type="checkbox" name="focus_areas"' in html
    assert "Børne- og ungeområdet" in html
    assert "Children and young people" not in html
