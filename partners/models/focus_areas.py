"""Focus areas of the strategy: a translatable snippet used to tag strategy sections, cities and reports."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class FocusArea(TranslatableMixin, index.Indexed, models.Model):
    """One of the strategy's focus areas, e.g. children and young people."""

    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


def in_locale(areas, locale_id):
    """One area per translation key, in `locale_id` where `areas` holds that translation and else as it is,
    in the focus areas' order. The one rule for showing focus areas in a language: every caller fetches the
    areas (with their translations) its own way and lets this pick."""
    by_key = {}
    for area in areas:
        if area.translation_key not in by_key or area.locale_id == locale_id:
            by_key[area.translation_key] = area
    return sorted(by_key.values(), key=lambda area: (area.sort_order, area.name))


def localized_focus_areas(focus_areas, locale_id):
    """The same focus areas in the given locale; an untranslated one stays in its own language.

    wagtail-localize does not translate many-to-many links, so a translated page still points at the
    source language's focus areas: swap them at display time. A queryset (a saved page's relation) costs
    one query; the in-memory relation of a preview costs one more.
    """
    if isinstance(focus_areas, models.QuerySet):
        # The chosen areas and their translations, in one query.
        return in_locale(
            FocusArea.objects.filter(
                models.Q(pk__in=focus_areas.values("pk"))
                | models.Q(locale_id=locale_id, translation_key__in=focus_areas.values("translation_key"))
            ),
            locale_id,
        )
    areas = list(focus_areas)
    translated = FocusArea.objects.filter(translation_key__in={a.translation_key for a in areas}, locale_id=locale_id)
    return in_locale([*areas, *translated], locale_id)


def localize_focus_areas(pages, locale_id, locale_areas=None):
    """Set `localized_focus_areas` on each page (focus_areas prefetched), with one query for all of them.

    A caller that has already fetched all of the locale's focus areas passes them as `locale_areas`,
    and no query is made.
    """
    pages = list(pages)
    if locale_areas is None:
        keys = {area.translation_key for page in pages for area in page.focus_areas.all()}
        locale_areas = FocusArea.objects.filter(translation_key__in=keys, locale_id=locale_id)
    translated = {area.translation_key: area for area in locale_areas if area.locale_id == locale_id}
    for page in pages:
        chosen = list(page.focus_areas.all())
        page.localized_focus_areas = in_locale(
            [*chosen, *(translated[area.translation_key] for area in chosen if area.translation_key in translated)],
            locale_id,
        )
    return pages
