"""A translation's new texts saved as a draft revision, never into the row a live page is read from."""

from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail_localize.models import TranslationLog


def save_translation_draft(translation, user):
    """Save the translated texts as a new revision of the target page, and only there.

    wagtail-localize's save_target(publish=False) writes the translated content into the page row
    before it makes the revision; for a live page the row is what the public reads, so the publication
    guard refuses that. A live target gets the same translated instance, slug and view restrictions,
    saved as a revision only.
    """
    source, locale = translation.source, translation.target_locale
    target = source.get_translated_instance(locale)
    if not target.live:
        translation.save_target(user=user, publish=False)
        return type(target).objects.get(pk=target.pk).specific
    page = source.get_ephemeral_translated_instance(locale, fallback=True)
    page.slug = find_available_slug(page.get_parent(), slugify(page.slug), ignore_page_id=page.pk)
    revision = page.save_revision(user=user)
    source.sync_view_restrictions(source.as_instance(), page)
    # The log ties the revision to the source it was made from (reports.approval checks it).
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return type(page).objects.get(pk=page.pk)
