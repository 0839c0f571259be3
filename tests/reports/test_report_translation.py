"""The English translation of a report: made from the approved Danish revision, reviewed, never ahead of it."""

from http import HTTPStatus

import pytest
from wagtail_localize.models import StringSegment, TranslationSource

from tests.reports.helpers import approve, current_task_state, login, press, refused_with, reload, submit, take_action
from tests.reports.translation import (
    assert_refused,
    english_of,
    review_translation,
    start_translation,
    translate_strings,
)
from tests.reports.world import create_draft_report
from tests.text import text_of

pytestmark = pytest.mark.django_db


def approved_report(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    approve(client, world, report)
    return reload(report)


def test_translation__happy_path__reviewed_translation_shows_the_danish_approval(client, world):
    report = approved_report(client, world)

    assert start_translation(client, world, report).status_code == HTTPStatus.FOUND
    english = english_of(report)
    assert english is not None and not english.live
    client.logout()
    assert client.get("/en/trip-reports/study-trip-to-prague/").status_code == HTTPStatus.NOT_FOUND
    assert client.get(f"/en/trip-reports/{english.slug}/").status_code == HTTPStatus.NOT_FOUND

    english = translate_strings(world, report)
    assert not reload(english).live
    response = review_translation(client, world, english)

    assert response.status_code == HTTPStatus.OK, response.content[:500]
    english = reload(english)
    assert english.live
    client.logout()
    page = client.get(english.url).content.decode()
    assert "Approved by the Finance Committee on 12 March 2025" in text_of(page)
    assert "DKK\N{NO-BREAK SPACE}9,600.50" in page
    assert "To learn from the school cooperation in Prague 10." in page
    listing = client.get("/en/trip-reports/").content.decode()
    assert "Study trip to Prague" in listing


def test_translation__unhappy_path__never_approved_report_cannot_be_translated(client, world):
    report = create_draft_report(world)

    assert_refused(start_translation(client, world, report))
    assert english_of(report) is None


def test_translation__unhappy_path__report_in_moderation_cannot_be_translated(client, world):
    report = create_draft_report(world)
    submit(client, world, report)

    assert_refused(start_translation(client, world, report))
    assert english_of(report) is None


def test_translation__unhappy_path__source_is_the_live_revision_not_the_unapproved_draft(client, world):
    report = approved_report(client, world)
    login(client, world.users["editor"])
    press(client, report, None, purpose="<p>Ikke godkendt tekst.</p>")

    start_translation(client, world, report)

    source = TranslationSource.objects.get(object_id=report.translation_key)
    segments = list(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert "At lære af skolesamarbejdet i Prag 10." in segments
    assert "Ikke godkendt tekst." not in segments


def test_translation__unhappy_path__sync_with_publish_immediately_does_not_publish_unapproved_text(client, world):
    report = approved_report(client, world)
    start_translation(client, world, report)
    english = translate_strings(world, report)
    review_translation(client, world, english)
    live_revision_id = reload(english).live_revision_id
    login(client, world.users["editor"])
    press(client, report, None, purpose="<p>Ikke godkendt tekst.</p>")
    source = TranslationSource.objects.get(object_id=report.translation_key)

    form = client.get(f"/admin/localize/update/{source.pk}/")
    response = client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})

    assert "publish_translations" not in form.content.decode()
    assert response.status_code == HTTPStatus.FOUND
    client.logout()
    for url in (reload(english).url, reload(report).url):
        assert "Ikke godkendt tekst" not in client.get(url).content.decode()
    assert reload(english).live_revision_id == live_revision_id


def test_translation__unhappy_path__withdrawn_danish_report_takes_the_translation_with_it(client, world):
    report = approved_report(client, world)
    start_translation(client, world, report)
    english = translate_strings(world, report)
    review_translation(client, world, english)
    login(client, world.users["moderator"])

    client.post(f"/admin/pages/{report.pk}/unpublish/")

    assert not reload(english).live
    # The withdrawn report's row now holds drafts: syncing its translation is refused.
    login(client, world.users["editor"])
    press(client, report, None, purpose="<p>Ikke godkendt tekst.</p>")
    source = TranslationSource.objects.get(object_id=report.translation_key)
    assert_refused(client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}))
    client.logout()
    assert client.get(f"/en/trip-reports/{english.slug}/").status_code == HTTPStatus.NOT_FOUND


def test_translation__unhappy_path__translation_editor_cannot_publish(client, world):
    report = approved_report(client, world)
    start_translation(client, world, report)
    english = translate_strings(world, report)
    login(client, world.users["editor"])

    assert_refused(client.post(f"/admin/pages/{english.pk}/edit/", {"action": "publish"}))
    assert not reload(english).live


def test_translation__unhappy_path__committee_member_cannot_approve_a_translation(client, world):
    report = approved_report(client, world)
    start_translation(client, world, report)
    english = translate_strings(world, report)
    login(client, world.users["editor"])
    client.post(f"/admin/translations/{english.pk}/review/")
    login(client, world.users["finance-member"])

    assert_refused(take_action(client, english, "approve"))
    assert not reload(english).live


def test_translation__unhappy_path__stale_translation_after_danish_reapproval_is_refused(client, world):
    report = approved_report(client, world)
    start_translation(client, world, report)
    english = translate_strings(world, report)
    # The Danish report is changed and approved again; the translation was made from the old text.
    login(client, world.users["editor"])
    press(client, report, "action-submit", outcome="<p>Ny godkendt tekst.</p>")
    approve(client, world, report, meeting_date="2025-04-02")

    assert refused_with(review_translation(client, world, english), "synkroniser oversættelsen")
    assert not reload(english).live
    assert current_task_state(english) is not None
