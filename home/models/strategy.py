"""The international strategy as structured content."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import StrategyBodyBlock
from partners.models import PartnerCityPage
from partners.serving import FewerQueriesPageMixin, public
from slugs.pages import DanishSlugMixin


class StrategyPage(FewerQueriesPageMixin, DanishSlugMixin, Page):
    """The international strategy the City Council approved: goals, focus areas, partners, budget."""

    introduction = RichTextField(_("introduction"), features=["bold", "italic", "link"])
    approved_on = models.DateField(_("approved by the City Council on"))
    superseded_by = models.ForeignKey(
        "home.StrategyPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("superseded by"),
        help_text=_("Choose the newer strategy once this one no longer applies."),
    )
    body = StreamField(StrategyBodyBlock(), verbose_name=_("content"))

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("approved_on"), PageChooserPanel("superseded_by", "home.StrategyPage")],
            heading=_("Status"),
        ),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("strategy")
        verbose_name_plural = _("strategies")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["successor"] = self.successor()
        cities = public(PartnerCityPage.objects.live()).filter(locale_id=self.locale_id).order_by("title")
        context["partner_city_groups"] = PartnerCityPage.group_by_relationship(cities)
        return context

    def successor(self):
        """The live strategy that replaces this one, in this page's language where translated."""
        if self.superseded_by_id is None:
            return None
        newer = self.superseded_by.get_translation_or_none(self.locale) or self.superseded_by
        return newer if newer.live else None
