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
