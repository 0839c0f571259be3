"""A page mixin that writes a page's slug with æ, ø and å written out, before Wagtail validates or saves it."""

from wagtail.coreutils import find_available_slug

from slugs.text import slugify, transliterate


class DanishSlugMixin:
    """Put before `Page` in a page model's bases.

    Wagtail makes the default slug from the title with Django's slugify, which drops ø and æ; and a
    slug typed or sent without the admin's script keeps them. Both happen in full_clean (published
    saves) and minimal_clean (drafts), before the URL path is computed from the slug.
    """

    def _write_out_danish_letters(self):
        if self.slug:
            self.slug = transliterate(self.slug)
        elif self.title and self.path:
            base = slugify(self.title)
            if base:
                self.slug = find_available_slug(self.get_parent(), base, ignore_page_id=self.pk)

    def full_clean(self, *args, **kwargs):
        self._write_out_danish_letters()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        self._write_out_danish_letters()
        super().minimal_clean()
