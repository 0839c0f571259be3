"""A translation made in wagtail-localize's translation editor is what the reviewer approves and the public reads."""

from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation

from tests.reports.helpers import approve, current_task_state, login, reload, submit, take_action
from tests.reports.translation import assert_refused, english_of, start_translation
from tests.reports.world import create_draft_report

pytestmark = pytest.mark.django_db


def approved_report(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    approve(client, world, report)
    return reload(report)


def type_in_translation_editor(client, english, translate_text, leave_out=0):
    """PUT each segment's English text to the endpoint the translation editor's fields save to."""
    translation = Translation.objects.get(source__object_id=english.translation_key, target_locale=english.locale)
    segments = list(StringSegment.objects.filter(source=translation.source).select_related("string"))
    for segment in segments[: len(segments) - leave_out]:
        response = client.put(
            f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
            encode_multipart(BOUNDARY, {"value": translate_text(segment.string.data)}),
            content_type=MULTIPART_CONTENT,
        )
        assert response.status_code in (HTTPStatus.OK, HTTPStatus.CREATED), response.content[:300]
    return len(segments)


def english_text(danish):
    return {"Studietur til Prag": "Study trip to Prague", "studietur-til-prag": "study-trip-to-prague"}.get(
        danish, f"EN: {danish}"
    )


def test_translation__happy_path__the_translation_editors_text_is_reviewed_and_published(client, world):
    report = approved_report(client, world)
    start_translation(client, world, report)
    english = english_of(report)
    type_in_translation_editor(client, english, english_text)

    response = client.post(f"/admin/translations/{english.pk}/review/")

    assert response.status_code == HTTPStatus.FOUND
    task_state = current_task_state(english)
    assert task_state is not None
    reviewed = task_state.revision.as_object()
    assert reviewed.title == "Study trip to Prague"
    assert "EN: At lære af skolesamarbejdet i Prag 10." in reviewed.purpose
    login(client, world.users["moderator"])
    assert take_action(client, english, "approve").status_code == HTTPStatus.OK
    client.logout()
    page = client.get("/en/trip-reports/study-trip-to-prague/")
    assert page.status_code == HTTPStatus.OK
    html = page.content.decode()
    assert "Study trip to Prague" in html and "EN: At lære af skolesamarbejdet i Prag 10." in html
    assert "Studietur til Prag" not in html.split("<main", 1)[1]


def test_translation__unhappy_path__untranslated_segments_cannot_be_submitted(client, world):
    report = approved_report(client, world)
    start_translation(client, world, report)
    english = english_of(report)
    type_in_translation_editor(client, english, english_text, leave_out=2)

    form = client.get(f"/admin/translations/{english.pk}/review/")
    response = client.post(f"/admin/translations/{english.pk}/review/")

    assert "2 tekster er ikke oversat endnu" in form.content.decode()
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "2 tekster er ikke oversat endnu" in response.content.decode()
    assert current_task_state(english) is None
    assert not reload(english).live


def test_translation__happy_path__an_ordinary_page_translated_in_the_editor_is_reviewed_then_live(client, world):
    login(client, world.users["editor"])
    english = world.index_en
    assert client.get(f"/admin/pages/{english.pk}/edit/").status_code == HTTPStatus.OK
    type_in_translation_editor(
        client, english, lambda danish: {"Rejserapporter": "Trip reports (reviewed)"}.get(danish, "trip-reports")
    )

    assert client.post(f"/admin/translations/{english.pk}/review/").status_code == HTTPStatus.FOUND
    client.logout()
    assert "Trip reports (reviewed)" not in client.get("/en/trip-reports/").content.decode()
    login(client, world.users["moderator"])
    assert take_action(client, english, "approve").status_code == HTTPStatus.OK
    client.logout()
    assert "Trip reports (reviewed)" in client.get("/en/trip-reports/").content.decode()


def test_translation__unhappy_path__sync_offers_no_publish_immediately_to_editors(client, world):
    login(client, world.users["editor"])
    translation = Translation.objects.get(
        source__object_id=world.index_da.translation_key, target_locale=Locale.objects.get(language_code="en")
    )

    form = client.get(f"/admin/localize/update/{translation.source.pk}/")

    assert form.status_code == HTTPStatus.OK
    assert "publish_translations" not in form.content.decode()


def test_translation__unhappy_path__the_moderator_who_translated_cannot_approve(client, world):
    report = approved_report(client, world)
    start_translation(client, world, report)
    english = english_of(report)
    world.users["moderator"].groups.add(Group.objects.get(name="Web editors"))
    login(client, world.users["moderator"])
    type_in_translation_editor(client, english, english_text)
    login(client, world.users["editor"])
    assert client.post(f"/admin/translations/{english.pk}/review/").status_code == HTTPStatus.FOUND

    login(client, world.users["moderator"])
    refused = take_action(client, english, "approve")
    login(client, world.users["second-moderator"])
    approved = take_action(client, english, "approve")

    assert refused.status_code == HTTPStatus.FORBIDDEN
    assert approved.status_code == HTTPStatus.OK and reload(english).live


def test_translation__happy_path__sent_back_with_changes_it_can_be_submitted_again(client, world):
    report = approved_report(client, world)
    start_translation(client, world, report)
    english = english_of(report)
    type_in_translation_editor(client, english, english_text)
    client.post(f"/admin/translations/{english.pk}/review/")
    login(client, world.users["moderator"])
    take_action(client, english, "reject", comment="Ret titlen.")
    login(client, world.users["editor"])
    type_in_translation_editor(client, english, lambda danish: f"{english_text(danish)} (rettet)")

    response = client.post(f"/admin/translations/{english.pk}/review/")

    assert response.status_code == HTTPStatus.FOUND
    assert current_task_state(english).revision.as_object().title == "Study trip to Prague (rettet)"


def test_translation__unhappy_path__an_untranslated_placeholder_alias_cannot_be_submitted(client, world):
    draft = create_draft_report(world)
    page = draft.copy_for_translation(Locale.objects.get(language_code="en"), alias=True)
    login(client, world.users["editor"])

    assert_refused(client.post(f"/admin/translations/{page.pk}/review/"))
    assert current_task_state(page) is None
