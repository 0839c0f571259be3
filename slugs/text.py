"""Transliteration of the Danish letters, the way Danes write them without æ, ø and å."""

from django.conf import settings
from django.utils.text import slugify as django_slugify

# Django's slugify drops ø and æ and turns å into a; Danish writes them out.
DANISH_LETTERS = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
_TABLE = str.maketrans(DANISH_LETTERS)


def transliterate(text):
    """`text` with æ, ø and å (and capitals) written out; everything else unchanged."""
    return text.translate(_TABLE)


def slugify(text):
    """A slug for `text`: Danish letters written out, then Django's slugify as Wagtail would call it."""
    return django_slugify(transliterate(text), allow_unicode=getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True))
