"""Partner cities: twin towns, partnerships, networks and prospective partners."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class PartnerCityIndexPage(Page):
    """Lists the partner cities, grouped by relationship."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["wagtailcore.Page", "home.HomePage"]
    subpage_types = ["partners.PartnerCityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner city index")
        verbose_name_plural = _("partner city indexes")


class PartnerCityPage(Page):
    """A city Ballerup works with."""

    class Relationship(models.TextChoices):
        TWIN_TOWN = "twin_town", _("Twin town")
        PARTNERSHIP = "partnership", _("Partnership")
        NETWORK = "network", _("Network")
        PROSPECTIVE = "prospective", _("Prospective partner")

    country = models.CharField(_("country"), max_length=2, help_text=_("ISO 3166 country code, e.g. CZ."))
    relationship = models.CharField(_("relationship"), max_length=20, choices=Relationship.choices)
    since = models.PositiveSmallIntegerField(
        _("since (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    through = models.CharField(
        _("through"),
        max_length=120,
        blank=True,
        help_text=_("A cooperation the partnership runs through, e.g. Bycirklen."),
    )
    focus_areas = ParentalManyToManyField("partners.FocusArea", blank=True, verbose_name=_("focus areas"))
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    website = models.URLField(_("website"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("country"), FieldPanel("relationship"), FieldPanel("since"), FieldPanel("through")],
            heading=_("Relationship"),
        ),
        FieldPanel("focus_areas"),
        MultiFieldPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Location")),
        FieldPanel("website"),
    ]

    search_fields = Page.search_fields + [index.SearchField("through")]

    parent_page_types = ["partners.PartnerCityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner city")
        verbose_name_plural = _("partner cities")
