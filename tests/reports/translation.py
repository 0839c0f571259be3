"""Translating a report into English the ways the admin does: wagtail-localize's views and the review."""

import json
from http import HTTPStatus

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, TranslationSource

from home.seed.translation import translate
from reports.models import TripReportPage
from tests.reports.helpers import login, open_dialog, reload, take_action

ENGLISH = {
    "Studietur til Prag": "Study trip to Prague",
    "studietur-til-prag": "study-trip-to-prague",
    "At lære af skolesamarbejdet i Prag 10.": "To learn from the school cooperation in Prague 10.",
    "Aftale om elevudveksling i 2026.": "An agreement on pupil exchanges in 2026.",
    "Prag 10": "Prague 10",
    "Tjekkiet": "Czech Republic",
    "Fly København–Prag": "Flight Copenhagen–Prague",
    "Hotel, tre nætter": "Hotel, three nights",
}


def start_translation(client, world, report):
    """The editor presses "Translate this page" in the admin (wagtail-localize's own view)."""
    login(client, world.users["editor"])
    english = Locale.objects.get(language_code="en")
    return client.post(f"/admin/localize/submit/page/{report.pk}/", {"locales": [english.pk]})


def assert_refused(response):
    """The admin answers PermissionDenied with 403, or by sending the user back to the dashboard."""
    assert response.status_code == HTTPStatus.FORBIDDEN or (
        response.status_code == HTTPStatus.FOUND and response["Location"] == "/admin/"
    ), response.status_code


def english_of(report):
    return TripReportPage.objects.filter(translation_key=report.translation_key, locale__language_code="en").first()


def translate_strings(world, report, extra=None):
    """The translator fills in the strings (the translation editor's job) and saves a draft."""
    strings = {**ENGLISH, **(extra or {})}
    translate(report, "en", strings, publish=False, user=world.users["editor"])
    return english_of(report)


def review_translation(client, world, english):
    login(client, world.users["editor"])
    response = client.post(f"/admin/translations/{english.pk}/review/")
    assert response.status_code == HTTPStatus.FOUND
    login(client, world.users["moderator"])
    return take_action(client, english, "approve")


def translate_and_review(client, world, danish):
    """The editor translates the approved report and submits it; a moderator approves it in the dialog."""
    source, _ = TranslationSource.update_or_create_from_instance(danish)
    texts = StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    strings = {text: f"{text} (en)" for text in texts}
    strings.update({danish.title: "Study trip to Prague", danish.slug: "study-trip-prague"})
    english = translate(danish, "en", strings, publish=False, user=world.users["editor"])
    login(client, world.users["editor"])
    assert client.post(f"/admin/translations/{english.pk}/review/").status_code == HTTPStatus.FOUND
    login(client, world.users["moderator"])
    dialog = open_dialog(client, english)
    assert 'name="minutes_url"' not in dialog  # a translation's review is not a committee meeting
    response = take_action(client, english, "approve", meeting_date="")
    assert json.loads(response.content)["step"] == "success"
    return reload(english)
