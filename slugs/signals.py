"""Slugs that translators type in wagtail-localize's translation editor."""

from slugs.text import transliterate


def write_out_danish_letters_in_translated_slugs(sender, instance, **kwargs):
    """wagtail-localize runs Django's slugify (which drops ø and æ) on a translated slug when it saves the
    translated page: write the letters out in the stored translation first."""
    if instance.context_id and instance.context.path == "slug" and instance.data:
        instance.data = transliterate(instance.data)
