"""The public report list: the filtered published reports, the totals of all of them, and one page of them."""

from dataclasses import dataclass
from decimal import Decimal

from django.core.paginator import Paginator
from django.db.models import Count, Sum
from django.utils.translation import get_language

from reports import conf
from reports.filters import FilterChoices, ReportFilter
from reports.models import TripReportPage
from reports.spending import per_participant, with_trip_figures


@dataclass(frozen=True)
class Totals:
    """How many trips, how many went, and what they cost in all (the accounts' lines)."""

    trips: int
    participants: int
    amount: Decimal

    @property
    def per_participant(self):
        return per_participant(self.amount, self.participants)


def trip_totals(reports):
    """The totals of `reports`, in one query, whatever their number."""
    figures = with_trip_figures(reports.order_by()).aggregate(
        trips=Count("pk"), amount=Sum("trip_total"), participants=Sum("trip_people")
    )
    return Totals(
        trips=figures["trips"],
        participants=figures["participants"] or 0,
        amount=figures["amount"] or Decimal("0"),
    )


class CountedPaginator(Paginator):
    """A paginator told how many items there are (the totals have counted them already) and how to turn the
    requested page's slice of the reports into the rows the list shows (`TripReportIndexPage.listed`)."""

    def __init__(self, object_list, per_page, count, rows):
        super().__init__(object_list, per_page)
        self.count = count  # Paginator.count is a cached property: no COUNT query
        self.rows = rows

    def _get_page(self, object_list, *args, **kwargs):
        # Django's hook for the page object: `object_list` is the page's slice (LIMIT/OFFSET) of the
        # ordered reports. The rows are looked up and summed for that slice alone, in one query.
        return super()._get_page(self.rows(object_list), *args, **kwargs)


def report_list(index, request):
    """The list's context: the filter form, what it ignored, the totals and the requested page."""
    published = index.published_reports()
    # The same for every visitor until a report, committee, budget or focus area changes (REPORTS_REMEMBER).
    choices = conf.remember(
        request,
        ("report filter choices", index.pk, get_language()),
        lambda: FilterChoices(published, index.locale_id),
    )
    filters = ReportFilter(request.GET, published, choices=choices)
    chosen = filters.qs
    applied = filters.applied()
    ignored = filters.ignored
    # The form shows what was applied: an ignored value is not shown as chosen.
    filters.form.data = applied
    if applied:
        totals = trip_totals(chosen)
    else:
        # The whole list's totals are the same for every visitor until a report changes; a filtered list's
        # are worked out (its combinations are many, and each is asked for rarely).
        totals = conf.remember(request, ("report totals", index.pk, get_language()), lambda: trip_totals(chosen))
    paginator = CountedPaginator(
        index.get_reports(chosen),
        index.reports_per_page,
        totals.trips,
        rows=lambda page: index.listed(TripReportPage.objects.filter(pk__in=page.values("pk"))),
    )
    return {
        "filter_form": filters.form,
        "filter_query": applied,
        "ignored_filters": ignored,
        "any_reports": choices.any_reports,
        "totals": totals,
        "reports": paginator.get_page(request.GET.get("page")),
    }
