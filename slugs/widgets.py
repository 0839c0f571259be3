"""The admin's slug field with the Danish letters written out while the editor types."""

from wagtail.admin.widgets import SlugInput

from slugs.text import DANISH_LETTERS


class DanishSlugInput(SlugInput):
    """Wagtail's slug input (the `w-slug` controller), with formatters that run before its own urlify/slugify.

    Without them the script drops ø and æ and writes å as a (or keeps all three when unicode slugs are on).
    """

    def __init__(self, attrs=None, formatters=None, locale=None):
        formatters = [*(formatters or []), *DANISH_LETTERS.items()]
        super().__init__(attrs=attrs, formatters=formatters, locale=locale)
