"""Make real wagtail-localize translations in code: the seed's English pages are linked, synced translations."""

from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


class MissingDemoTranslation(KeyError):
    """The seed has no English text for a Danish segment: fix the seed, do not publish half a page."""


def fill_translation(instance, language, strings):
    """The wagtail-localize translation of `instance` into `language`, every segment translated from `strings`.

    `strings` maps each Danish text to its translation; a segment without an entry is an error.
    """
    locale = Locale.objects.get(language_code=language)
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = segment.string.data
        if text not in strings:
            raise MissingDemoTranslation(f"No {language} text for {text!r} ({segment.context.path})")
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": strings[text], "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    return translation


def translate(instance, language, strings, user=None):
    """Translate `instance` into `language` through wagtail-localize and publish it.

    Every translatable segment of the source must have an entry in `strings` (Danish → English); the
    target page or snippet is created on the first run and updated on later runs.
    """
    translation = fill_translation(instance, language, strings)
    # wagtail-localize would publish on commit from a page object loaded before its children were added,
    # writing a stale child count back (the English tree then has no routable children): publish here,
    # from a freshly loaded revision, instead.
    draftable = isinstance(instance, DraftStateMixin)
    translation.save_target(user=user, publish=not draftable)
    target = instance.get_translation(translation.target_locale)
    revision = target.get_latest_revision() if draftable else None
    if revision is not None:
        type(revision).objects.get(pk=revision.pk).publish(user=user)
        target.refresh_from_db()
    return target
