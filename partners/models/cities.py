"""Partner cities: twin towns, partnerships, networks and prospective partners."""

from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, Prefetch, Value, When, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model, get_image_model_string
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from partners import conf
from partners.blocks import CityDescriptionBlock
from partners.countries import country_choices, country_name, validate_country_code
from partners.forms import PartnerCityForm
from partners.maps.render import city_map, home_key
from partners.models.focus_areas import localize_focus_areas, localized_focus_areas
from partners.sections import city_page_sections
from partners.serving import FewerQueriesPageMixin, public
from partners.templating import BaseTemplateMixin
from slugs.pages import DanishSlugMixin

# Every rendition a template asks for, so one query fetches them all (see prefetch_renditions).
CARD_RENDITIONS = ("fill-480x270", "fill-960x540")
GALLERY_RENDITIONS = ("fill-480x270", "fill-960x540", "fill-1440x810")


def image_lookups(renditions):
    """What to prefetch for each city's images with their files, the renditions the templates use, and its
    focus areas: three queries, whatever the number of cities."""
    images = PartnerCityImage.objects.select_related("image").order_by("sort_order")
    return [Prefetch("images", queryset=images), renditions_of("images__image", renditions), "focus_areas"]


def renditions_of(images, renditions):
    """The prefetch of these renditions of the images at the lookup `images`, kept where Wagtail's
    `get_rendition` looks first (as `prefetch_renditions` keeps them, but for images fetched by a join)."""
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(
        f"{images}__renditions",
        queryset=rendition_model.objects.filter(filter_spec__in=renditions),
        to_attr="prefetched_renditions",
    )


def with_images(pages, renditions):
    """The cities of a queryset with their images, renditions and focus areas prefetched."""
    return pages.prefetch_related(*image_lookups(renditions))


class PartnerCityIndexPage(BaseTemplateMixin, FewerQueriesPageMixin, DanishSlugMixin, Page):
    """Lists the partner cities, grouped by relationship, beside a map."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = conf.parent_page_types()
    subpage_types = ["partners.PartnerCityPage"]
    max_count_per_parent = 1

    # Every city is on the map and in the list; the cards, each with a photo, come six to a page (two rows
    # of three), so that the page's work stays nearly the same however many cities there are.
    cards_per_page = 6

    class Meta:
        verbose_name = _("partner city index")
        verbose_name_plural = _("partner city indexes")

    # What the map, the list and the cards show of a city and what its address is made of: every city is
    # on the page, and a page object with all of Wagtail's fields costs several times as much to build.
    LISTED_FIELDS = (
        *("id", "path", "depth", "url_path", "slug", "title", "locale", "translation_key", "content_type"),
        *("country", "relationship", "since", "through", "latitude", "longitude"),
    )

    def cities(self):
        """The live, public cities under this index, the closest relationships first."""
        cities = PartnerCityPage.objects.child_of(self).live().only(*self.LISTED_FIELDS)
        return PartnerCityPage.closest_first(public(cities))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        cities = list(self.cities())
        cards = Paginator(cities, self.cards_per_page).get_page(request.GET.get("page"))
        # Only the cards shown fetch their photos and focus areas (the same queries for any number of cities).
        prefetch_related_objects(cards.object_list, *image_lookups(CARD_RENDITIONS))
        localize_focus_areas(cards.object_list, self.locale_id)
        context["city_groups"] = PartnerCityPage.group_by_relationship(cities)
        context["cards"] = cards
        context["card_groups"] = PartnerCityPage.group_by_relationship(cards.object_list)
        context["city_map"] = city_map(cities)
        context["overview_signature"] = self.overview_signature(cities, request)
        return context

    def overview_signature(self, cities, request):
        """Everything the map and the list of cities show of them, in their order: the same signature, the
        same HTML. A city's address is this page's followed by its slug; the map's layout follows from the
        titles and places, and PARTNERS_HOME."""
        return (
            self.get_url(request),
            home_key(),
            tuple(
                (city.slug, city.title, city.country, city.relationship, city.since, city.latitude, city.longitude)
                for city in cities
            ),
        )


class PartnerCityPage(BaseTemplateMixin, FewerQueriesPageMixin, DanishSlugMixin, Page):
    """A city Ballerup works with."""

    class Relationship(models.TextChoices):
        TWIN_TOWN = "twin_town", _("Twin town")
        PARTNERSHIP = "partnership", _("Partnership")
        NETWORK = "network", _("Network")
        PROSPECTIVE = "prospective", _("Prospective partner")

    # Headings for a list of cities with the same relationship.
    RELATIONSHIP_HEADINGS = {
        Relationship.TWIN_TOWN: _("Twin towns"),
        Relationship.PARTNERSHIP: _("Partnerships"),
        Relationship.NETWORK: _("Networks"),
        Relationship.PROSPECTIVE: _("Prospective partners"),
    }

    country = models.CharField(
        _("country"),
        max_length=2,
        choices=country_choices,
        validators=[validate_country_code],
        help_text=_("ISO 3166 country code, e.g. CZ."),
    )
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
    description = StreamField(CityDescriptionBlock(), blank=True, verbose_name=_("description"))
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
        FieldPanel("description"),
        InlinePanel("images", heading=_("Images"), label=_("image")),
        MultiFieldPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Location")),
        FieldPanel("website"),
    ]

    search_fields = Page.search_fields + [index.SearchField("through"), index.SearchField("description")]

    parent_page_types = ["partners.PartnerCityIndexPage"]
    subpage_types = []

    base_form_class = PartnerCityForm

    # Names and descriptions are translated; facts about the relationship and the place are the same
    # in every language, so a translator cannot change them.
    override_translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("country"),
        SynchronizedField("relationship"),
        SynchronizedField("since"),
        SynchronizedField("through"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("website"),
    ]

    class Meta:
        verbose_name = _("partner city")
        verbose_name_plural = _("partner cities")

    @property
    def country_name(self):
        """The country's name in the visitor's language."""
        return country_name(self.country)

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    @classmethod
    def closest_first(cls, pages):
        """The cities in the order of the relationship choices (twin towns first), by title within each."""
        values = cls.Relationship.values
        rank = Case(
            *(When(relationship=value, then=Value(position)) for position, value in enumerate(values)),
            default=Value(len(values)),
        )
        return pages.order_by(rank, "title")

    def index_url(self, request=None):
        """The URL of the index this city is listed on, without a query: a page's URL is its parent's URL
        followed by its slug."""
        url = self.get_url(request)
        return url[: url.rstrip("/").rindex("/") + 1] if url else None

    @classmethod
    def group_by_relationship(cls, cities):
        """[(relationship label, [cities])] in the order of the relationship choices, empty groups left out."""
        groups = []
        for value, label in cls.Relationship.choices:
            members = [city for city in cities if city.relationship == value]
            if members:
                groups.append(
                    {
                        "relationship": value,
                        "label": label,
                        "heading": cls.RELATIONSHIP_HEADINGS[value],
                        "cities": members,
                    }
                )
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read through the page's own relations, so a preview shows the unsaved images too.
        gallery = self.images.select_related("image").prefetch_related(renditions_of("image", GALLERY_RENDITIONS))
        context["gallery"] = list(gallery)
        if context["gallery"]:
            # The lead picture is what a shared link shows (base.html's OpenGraph image).
            context["social_image"] = context["gallery"][0].image
            context["social_image_alt"] = context["gallery"][0].alt_text
        context["city_focus_areas"] = localized_focus_areas(self.focus_areas.all(), self.locale_id)
        context["city_sections"] = city_page_sections(self, request)
        return context


class PartnerCityImage(TranslatableMixin, Orderable):
    """An image of a partner city, with the alt text a screen-reader user hears instead."""

    page = ParentalKey(PartnerCityPage, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        get_image_model_string(), on_delete=models.CASCADE, related_name="+", verbose_name=_("image")
    )
    alt_text = models.CharField(
        _("alt text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it. Required."),
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("partner city image")
        verbose_name_plural = _("partner city images")
