"""Translations pass a review: what a translator submits is the text of the translation editor."""

from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import Translation, TranslationLog
from wagtail_localize.segments.ingest import ingest_segments


def is_translation(page):
    """A page in a language other than the default: a translation, which passes a review before publishing."""
    return page.depth > 1 and page.locale_id != Locale.get_default().pk


def translation_of(page):
    """wagtail-localize's (enabled) translation that produces `page`, or None for a page translated by hand."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )


def missing_segments(translation):
    """How many of the source's texts have no translation yet (0 when there is no wagtail-localize translation)."""
    if translation is None:
        return 0
    total, translated = translation.get_progress()
    return total - translated


def save_translation_draft(translation, user):
    """Save the translated texts as a new revision of the target page, and only there.

    wagtail-localize's save_target(publish=False) writes the translated content into the page row
    before it makes the revision; for a live page the row is what the public reads, so the publication
    guard refuses that. A live target gets the same ingestion into a revision, its row untouched.
    """
    source, locale = translation.source, translation.target_locale
    page = source.get_translated_instance(locale).specific
    if not page.live:
        translation.save_target(user=user, publish=False)
        return type(page).objects.get(pk=page.pk)
    original = source.as_instance()
    copy_synchronised_fields(original, page)
    segments = source._get_segments_for_translation(locale, fallback=True)
    ingest_segments(original, page, source.locale, locale, segments)
    revision = page.save_revision(user=user)
    # The log ties the revision to the source it was made from (reports.approval checks it).
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return type(page).objects.get(pk=page.pk)


@transaction.atomic
def submit_for_review(page, user):
    """Write the translated texts into a new revision of `page` and start its review on that revision."""
    translation = translation_of(page)
    if translation is not None:
        page = save_translation_draft(translation, user)
    page.get_workflow().start(page, user)
    return page
