"""The home page: one per language, linked as translations of each other."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from partners.models import FocusArea, PartnerCityPage, localize_focus_areas
from partners.models.cities import CARD_RENDITIONS, with_images
from partners.serving import FewerQueriesPageMixin, public
from slugs.pages import DanishSlugMixin

LATEST_REPORTS = 3
# The home page shows a row of city cards, the closest relationships first; the index lists them all.
CITY_CARDS = 4


class HomePage(FewerQueriesPageMixin, DanishSlugMixin, Page):
    """The front page of one language tree."""

    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A few sentences that say what the municipality's international work is."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        focus_areas = list(FocusArea.objects.filter(locale_id=self.locale_id))
        context["focus_areas"] = focus_areas
        cities = PartnerCityPage.closest_first(public(PartnerCityPage.objects.descendant_of(self).live()))
        # The cards tag each city with its focus areas in this page's language: the ones just fetched.
        cards = localize_focus_areas(with_images(cities[:CITY_CARDS], CARD_RENDITIONS), self.locale_id, focus_areas)
        context["partner_cities"] = cards
        context["partner_index_url"] = cards[0].index_url(request) if cards else None
        context["strategy"] = self.current_strategy()
        context["latest_reports"] = self.latest_reports()
        return context

    def current_strategy(self):
        """The live strategy in this language that no other strategy has replaced."""
        from home.models.strategy import StrategyPage

        return (
            public(StrategyPage.objects.descendant_of(self).live())
            .filter(superseded_by__isnull=True)
            .order_by("-approved_on")
            .first()
        )

    def latest_reports(self):
        """The latest published trip reports in this language, once the reports app provides them.

        Looked up by name so that the home page works before (and without) reports.TripReportPage.
        """
        try:
            model = apps.get_model("reports", "TripReportPage")
        except LookupError:
            return []
        return model.latest(self, LATEST_REPORTS)
