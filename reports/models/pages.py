"""The trip report pages: an index per language and one page per trip."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import OuterRef, Subquery
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from partners.models import PartnerCityPage, localized_focus_areas
from partners.serving import FewerQueriesPageMixin
from reports import conf
from reports.blocks import ProgrammeDayBlock
from reports.panels import AccountsTotalPanel
from reports.spending import counted, with_publication_date, with_trip_figures
from reports.templating import ReportsBaseTemplateMixin
from slugs.pages import DanishSlugMixin

# The one order of reports on the site's lists: newest trip first (ties: the newer page first).
NEWEST_TRIP_FIRST = ("-end_date", "-pk")


def accounts_total(lines):
    """A trip's total: the sum of its expense lines, never typed. The database's version of the same sum,
    for lists of many reports, is `spending.with_trip_figures` (`trip_total`); the tests hold them equal."""
    return sum((line.amount or Decimal("0") for line in lines), Decimal("0"))


# What a list of reports shows of each (`TripReportIndexPage.listed`): its link (the page's tree and language,
# for its address), title, committee, dates, destination and approval. Read with only these, a row is built
# in a fraction of the time a whole report page, committee and partner city page take.
LISTED_FIELDS = (
    "id",
    "path",
    "depth",
    "url_path",
    "slug",
    "title",
    "locale_id",
    "live",
    "translation_key",
    "content_type_id",
    "start_date",
    "end_date",
    "destination_city_id",
    "destination_name",
    "destination_country",
    "approved_on",
    "approval_minutes_url",
    "committee__name_da",
    "committee__name_en",
    "destination_city__title",
)


def with_local_destination(reports):
    """Annotate each report with its partner city's title in the report's own language, in the same query.

    The destination is chosen on the Danish report and synchronised, so an English report points at the
    Danish city page: look up the live translation of that city in the report's locale instead.
    """
    city = PartnerCityPage.objects.filter(
        translation_key=OuterRef("destination_city__translation_key"), locale_id=OuterRef("locale_id"), live=True
    )
    return reports.annotate(local_destination_title=Subquery(city.values("title")[:1]))


class TripReportIndexPage(RoutablePageMixin, ReportsBaseTemplateMixin, FewerQueriesPageMixin, DanishSlugMixin, Page):
    """Lists the published trip reports of one language, newest trip first; `forbrug/` (`spending/` in
    English) is the spending overview of the budgets that paid for them."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = conf.parent_page_types()
    subpage_types = ["reports.TripReportPage"]
    max_count_per_parent = 1

    reports_per_page = 10

    class Meta:
        verbose_name = _("trip report index")
        verbose_name_plural = _("trip report indexes")

    def permissions_for_user(self, user):
        from reports.permissions import TripReportIndexPermissionTester

        return TripReportIndexPermissionTester(user, self)

    def published_reports(self):
        """The reports below this index the public may read: live, public and approved (`spending.counted`)."""
        return counted(TripReportPage.objects.child_of(self))

    def get_reports(self, reports=None):
        """`reports` (default: all published) in the list's order, newest trip first; nothing annotated yet:
        the list takes one page of them, then `listed` adds what the list shows to those rows only."""
        reports = self.published_reports() if reports is None else reports
        return reports.order_by(*NEWEST_TRIP_FIRST)

    @staticmethod
    def listed(reports):
        """What a list shows of each of `reports` (committee, local destination, total), in one query.

        Pass only the rows shown (a page of the list): the totals are summed for those rows alone.
        """
        reports = reports.select_related("committee", "destination_city").only(*LISTED_FIELDS)
        return with_local_destination(with_trip_figures(reports.order_by(*NEWEST_TRIP_FIRST)))

    def child_route_queryset(self, queryset):
        """A report is found with what its page shows of it: committee, budget, approval, publication date."""
        return with_publication_date(queryset.select_related("committee", "budget"))

    def get_context(self, request, *args, **kwargs):
        from reports.listing import report_list

        context = super().get_context(request, *args, **kwargs)
        context.update(report_list(self, request))
        context["spending_url"] = self.spending_url(request)
        return context

    # The overview's address in each language. A route is tried before the child pages, so a report
    # with one of these slugs would be hidden by it.
    SPENDING_PATHS = {"da": "forbrug/", "en": "spending/"}

    def spending_subpath(self, language_code):
        """The overview's path below an index of that language ("forbrug/"), or None."""
        return self.SPENDING_PATHS.get(language_code)

    def spending_url(self, request=None):
        """The overview of this index, in the index's own language."""
        url = self.get_url(request)
        subpath = self.spending_subpath(self.locale.language_code)
        return url + subpath if url and subpath else None

    def get_sitemap_urls(self, request=None):
        """The list and, after it, its spending overview (a translation's overview comes in the same place)."""
        urls = super().get_sitemap_urls(request)
        subpath = self.spending_subpath(self.locale.language_code)
        if urls and subpath:
            urls.append({**urls[0], "location": urls[0]["location"] + subpath})
        return urls

    @path("forbrug/", name="spending_da")
    def spending_da(self, request):
        return self.serve_spending(request, "da")

    @path("spending/", name="spending_en")
    def spending_en(self, request):
        return self.serve_spending(request, "en")

    def serve_spending(self, request, language_code):
        """The spending overview; each address only under the index of its own language."""
        if self.locale.language_code != language_code:
            raise Http404
        from reports.overview import overview_context

        # Page's own context, not the list's: the overview does not need the paginated reports.
        context = super().get_context(request)
        context.update(overview_context(self, request.GET))
        # The language switcher and hreflang alternates lead to the same route of the other index.
        context["subpage_route"] = self.spending_subpath
        return TemplateResponse(request, "reports/spending_overview.html", context)


class TripReportPage(ReportsBaseTemplateMixin, FewerQueriesPageMixin, DanishSlugMixin, Page):
    """One trip abroad: who went, where, why, what it cost and what came of it — approved by the committee."""

    committee = models.ForeignKey(
        "reports.Committee",
        verbose_name=_("committee that travelled"),
        on_delete=models.PROTECT,
        related_name="trip_reports",
        help_text=_("Its members approve the report before it is published."),
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    destination_city = models.ForeignKey(
        "partners.PartnerCityPage",
        verbose_name=_("partner city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    destination_name = models.CharField(
        _("place"), max_length=120, blank=True, help_text=_("When the trip was not to a partner city.")
    )
    destination_country = models.CharField(_("country"), max_length=80, blank=True)
    purpose = RichTextField(_("purpose"), features=["bold", "italic", "ul", "link"])
    programme = StreamField([("day", ProgrammeDayBlock())], verbose_name=_("programme"), blank=True)
    outcome = RichTextField(_("outcome"), blank=True, features=["bold", "italic", "ul", "link"])
    focus_areas = ParentalManyToManyField("partners.FocusArea", blank=True, verbose_name=_("focus areas"))
    budget = models.ForeignKey(
        "reports.Budget",
        verbose_name=_("paid from budget"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="trip_reports",
    )
    # The approval record: written by the approval step into the revision it publishes, never in a form.
    # The committee that approved is the report's own committee (a published report's cannot change).
    approved_on = models.DateField(_("approved at the meeting of"), null=True, blank=True, editable=False)
    # The committee's agenda item or minutes for that meeting, as the approver gave it (https only).
    approval_minutes_url = models.URLField(_("minutes of the approval"), max_length=500, blank=True, editable=False)

    # The trip's facts are the approved Danish report's: a translation copies them and offers them
    # neither for translation nor for override. Only texts are translated.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "committee",
            "start_date",
            "end_date",
            "destination_city",
            "budget",
            "focus_areas",
            "attachments",
        )
    ]

    content_panels = Page.content_panels + [
        FieldPanel("committee"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
        MultiFieldPanel(
            [FieldPanel("destination_city"), FieldPanel("destination_name"), FieldPanel("destination_country")],
            heading=_("Destination"),
        ),
        InlinePanel("participants", label=_("Participants")),
        FieldPanel("purpose"),
        FieldPanel("programme"),
        InlinePanel("expense_lines", label=_("Accounts")),
        AccountsTotalPanel("expense_lines", heading=_("Total of the accounts")),
        FieldPanel("budget"),
        FieldPanel("outcome"),
        InlinePanel("attachments", label=_("Attachments")),
        FieldPanel("focus_areas"),
    ]
    # No go-live or expiry date: the committee's approval is what publishes a report, and withdrawing it
    # is a permission of its own (reports.permissions); a date in the form would do either by the clock.
    settings_panels = [
        panel for panel in Page.settings_panels if getattr(panel, "path", "") != "wagtail.admin.panels.PublishingPanel"
    ]

    search_fields = Page.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("outcome"),
        index.SearchField("destination_name"),
    ]

    parent_page_types = ["reports.TripReportIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("trip report")
        verbose_name_plural = _("trip reports")
        permissions = [("unpublish_tripreportpage", "Can unpublish trip reports")]

    def live_committee_id(self):
        """The committee of the published version, or None when none is live (the page row holds what is)."""
        if not self.pk:
            return None
        live = TripReportPage.objects.filter(pk=self.pk, live=True)
        return live.values_list("committee_id", flat=True).first()

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The trip cannot end before it starts.")
        if not self.destination_city_id and not (self.destination_name and self.destination_country):
            errors["destination_name"] = _("Choose a partner city, or give the place and its country.")
        if f"{self.slug}/" in TripReportIndexPage.SPENDING_PATHS.values():
            # The index's spending overview answers at this address before any child page would.
            errors["slug"] = _("This address is the spending overview's; choose another slug.")
        if self.live and self.committee_id != (self.live_committee_id() or self.committee_id):
            # Otherwise an edit could hand an approved report to another committee for approval.
            errors["committee"] = _(
                "A published report's committee cannot change; a moderator must withdraw it first."
            )
        if errors:
            raise ValidationError(errors)

    def permissions_for_user(self, user):
        from reports.permissions import TripReportPermissionTester

        return TripReportPermissionTester(user, self)

    @property
    def destination(self):
        """The place as the public reads it: the partner city's title in this page's language, or the free place
        and country. A city with no live translation in this language keeps its own title."""
        if self.destination_city_id:
            return getattr(self, "local_destination_title", None) or self.destination_city.title
        return f"{self.destination_name}, {self.destination_country}"

    def local_destination_city(self):
        """The live partner city page in this page's language that the destination stands for (one query)."""
        if not self.destination_city_id:
            return None
        chosen = PartnerCityPage.objects.filter(pk=self.destination_city_id).values("translation_key")[:1]
        cities = PartnerCityPage.objects.live().filter(locale_id=self.locale_id, translation_key=Subquery(chosen))
        return cities.first()

    @property
    def total_amount(self):
        """The accounts' total (`accounts_total`): of the lines in memory for a revision or a preview."""
        return accounts_total(self.expense_lines.all())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        expense_lines = list(self.expense_lines.all())
        context.update(
            {
                "participants": list(self.participants.all()),
                "expense_lines": expense_lines,
                "total_amount": accounts_total(expense_lines),
                "attachments": list(self.attachments.select_related("document")),
                # Focus areas and the destination are chosen on the Danish report: show their translations.
                "focus_areas": localized_focus_areas(self.focus_areas.all(), self.locale_id),
                "destination_city": self.local_destination_city(),
                "days_after_trip": self.days_after_trip(),
            }
        )
        return context

    def days_after_trip(self):
        """How many days after the trip the report was published: the Danish report's first publication, so
        the English page says the same (routed, the date came with the page; else one query). None while
        unpublished."""
        from reports.spending import days_after_trip

        if self.pk is None:
            return None
        if hasattr(self, "published_at"):
            published_at = self.published_at
        else:
            published = with_publication_date(TripReportPage.objects.filter(pk=self.pk))
            published_at = published.values_list("published_at", flat=True).first()
        days = days_after_trip(self.end_date, published_at)
        # A report is approved only after the trip ended; a negative count would be a clock problem, not a fact.
        return days if days is not None and days >= 0 else None

    @classmethod
    def latest(cls, within, limit=3):
        """The `limit` first reports of the site's lists below `within` (a home page), for a "latest" slot:
        published reports, newest trip first, with what a list shows (one query)."""
        return TripReportIndexPage.listed(counted(cls.objects.descendant_of(within)))[:limit]


class Participant(TranslatableMixin, Orderable):
    """Someone who went on the trip, in the order the report lists them."""

    page = ParentalKey(TripReportPage, on_delete=models.CASCADE, related_name="participants")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=160, help_text=_("E.g. chair of the Finance Committee."))

    panels = [FieldPanel("name"), FieldPanel("role")]
    # A name is a fact, not a text: the English report lists the same people.
    override_translatable_fields = [SynchronizedField("name", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["sort_order"]

    def __str__(self):
        return self.name


class ExpenseLine(TranslatableMixin, Orderable):
    """One line of the trip's accounts, in Danish kroner."""

    class Category(models.TextChoices):
        TRANSPORT = "transport", _("Transport")
        ACCOMMODATION = "accommodation", _("Accommodation")
        MEALS = "meals", _("Meals")
        FEES = "fees", _("Fees")
        OTHER = "other", _("Other")

    page = ParentalKey(TripReportPage, on_delete=models.CASCADE, related_name="expense_lines")
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    description = models.CharField(_("description"), max_length=160)
    amount = models.DecimalField(
        _("amount (DKK)"), max_digits=10, decimal_places=2, validators=[MinValueValidator(Decimal("0"))]
    )

    panels = [FieldPanel("category"), FieldPanel("description"), FieldPanel("amount")]
    # What was spent on what is the approved Danish account; only the description is translated.
    override_translatable_fields = [
        SynchronizedField("category", overridable=False),
        SynchronizedField("amount", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("expense line")
        verbose_name_plural = _("expense lines")
        ordering = ["sort_order"]

    def __str__(self):
        return f"{self.get_category_display()}: {self.description}"


class ReportAttachment(Orderable):
    """A document that belongs to the report, e.g. the programme as PDF.

    Documents are not versioned: submitting the report records the file's hash and title, approving
    is refused if either changed meanwhile, the public reads the reviewed title, and may download the
    file only while it is still the one the committee approved.
    """

    page = ParentalKey(TripReportPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        get_document_model_string(), verbose_name=_("document"), on_delete=models.PROTECT, related_name="+"
    )
    # Frozen when the report is submitted (reports.approval.freeze_attachments): what the committee reviews.
    approved_file_hash = models.CharField(max_length=40, blank=True, editable=False)
    document_title = models.CharField(_("title as reviewed"), max_length=255, blank=True, editable=False)

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")


class AttachedDocument(models.Model):
    """A document that some revision of a report has attached, approved or not.

    Written whenever a report revision is saved (reports.signals), so the serve view knows a document
    belongs to a report even when only an unapproved draft attaches it.
    """

    page = models.ForeignKey(TripReportPage, on_delete=models.CASCADE, related_name="+")
    document = models.ForeignKey(get_document_model_string(), on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("document attached to a report")
        verbose_name_plural = _("documents attached to reports")
        constraints = [models.UniqueConstraint(fields=["page", "document"], name="unique_attached_document")]

    def __str__(self):
        return f"{self.document_id} → {self.page_id}"
