"""What the public figures count, defined once: which trips, in which year, at what cost, published when.

The report list's totals, the spending overview and each report's timeliness line all use these, so
the same trip is counted the same way everywhere.
"""

import datetime
import statistics
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db.models import Count, DecimalField, IntegerField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce, ExtractYear
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant

from partners.serving import public

# A trip belongs to the year it started in (a trip over New Year is paid from the year it was booked in).
TRIP_YEAR_LOOKUP = "start_date__year"


def trip_year():
    """The trip's year as a database expression, for grouping."""
    return ExtractYear("start_date")


def counted(reports):
    """The reports whose spending the public figures count: published, public and approved by the committee.

    Drafts, reports waiting for approval or sent back, and withdrawn reports are never counted.
    """
    return public(reports.live()).exclude(approved_on=None)


def per_participant(total, participants):
    """The cost per participant, to the øre; None when nobody is listed (nothing to divide by)."""
    if not participants:
        return None
    return (Decimal(total) / participants).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def with_publication_date(reports):
    """Annotate `published_at`: when the Danish report, the approved legal version, was first published.

    The English page repeats the Danish approval, so it also repeats when the report was made public.
    """
    from reports.models import TripReportPage

    # By the default language's code, in the same query (no lookup of the default Locale first).
    danish = TripReportPage.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE),
    )
    return reports.annotate(published_at=Subquery(danish.values("first_published_at")[:1]))


def days_after_trip(end_date, published_at):
    """How many days after the trip ended the report was published (None while it is not)."""
    if end_date is None or published_at is None:
        return None
    if isinstance(published_at, datetime.datetime):
        published_at = timezone.localtime(published_at).date()
    return (published_at - end_date).days


# The spending overview: a budget's years within one election period.

ZERO = Decimal("0")


@dataclass(frozen=True)
class BudgetYear:
    """One year of a budget (or of a group of budgets): what it had, what it spent, what is left.

    `carried_in` is what earlier years of the same election period left over; an overspend is carried
    as a negative amount, so it is taken from the next year's money.
    """

    year: int
    amount: Decimal
    carried_in: Decimal
    spent: Decimal

    @property
    def available(self):
        return self.amount + self.carried_in

    @property
    def remaining(self):
        return self.available - self.spent

    @property
    def overspent(self):
        return self.remaining < 0


def budget_years(budget, period, spent_by_year):
    """The years of `period` for `budget`: its yearly amount, carry-over, spending and what remains.

    Pure arithmetic on `budget.yearly_amount`, `budget.carries_over`, `period.years` and a mapping
    year → spent. The first year of a period carries nothing in, so nothing crosses a period's end;
    a budget without carry-over starts every year afresh.
    """
    rows = []
    carried = ZERO
    for year in period.years:
        row = BudgetYear(
            year=year,
            amount=Decimal(budget.yearly_amount),
            carried_in=carried if budget.carries_over else ZERO,
            spent=Decimal(spent_by_year.get(year) or ZERO),
        )
        rows.append(row)
        carried = row.remaining
    return rows


def combined_years(groups):
    """Year by year sums of several budgets' `budget_years` (a committee's budgets, the central lines)."""
    totals = {}
    for rows in groups:
        for row in rows:
            before = totals.get(row.year)
            totals[row.year] = (
                row
                if before is None
                else BudgetYear(
                    year=row.year,
                    amount=before.amount + row.amount,
                    carried_in=before.carried_in + row.carried_in,
                    spent=before.spent + row.spent,
                )
            )
    return [totals[year] for year in sorted(totals)]


@dataclass(frozen=True)
class SpendingRow:
    """The counted trips of one budget (None: no budget given) in one trip year."""

    budget_id: int | None
    year: int
    spent: Decimal
    trips: int
    participants: int


def counted_in_years(reports, years):
    """The counted reports among `reports` whose trip year is one of `years` (consecutive, e.g. a period's)."""
    years = list(years)
    return counted(reports).filter(**{f"{TRIP_YEAR_LOOKUP}__gte": years[0], f"{TRIP_YEAR_LOOKUP}__lte": years[-1]})


MONEY = DecimalField(max_digits=14, decimal_places=2)


def with_trip_figures(reports):
    """Annotate each report's accounts total (`trip_total`) and number of participants (`trip_people`).

    Subqueries, not joins: joining both relations at once would multiply the expense lines by the
    participants. Reports without lines or participants get 0.
    """
    from reports.models import ExpenseLine, Participant

    def per_report(model, aggregate):
        return model.objects.filter(page=OuterRef("pk")).order_by().values("page").annotate(v=aggregate).values("v")

    return reports.annotate(
        trip_total=Coalesce(Subquery(per_report(ExpenseLine, Sum("amount")), output_field=MONEY), Value(ZERO)),
        trip_people=Coalesce(Subquery(per_report(Participant, Count("pk")), output_field=IntegerField()), Value(0)),
    )


def spending_by_budget_and_year(reports):
    """The accounts of `reports` per (budget, trip year), in one grouped query.

    Pass counted Danish reports (`counted_in_years`): translations repeat the same accounts.
    """
    rows = (
        with_trip_figures(reports)
        .annotate(trip_year=trip_year())
        .order_by()
        .values("budget_id", "trip_year")
        .annotate(spent=Sum("trip_total"), trips=Count("pk"), participants=Sum("trip_people"))
    )
    return [
        SpendingRow(
            budget_id=row["budget_id"],
            year=row["trip_year"],
            spent=Decimal(row["spent"] or ZERO).quantize(Decimal("0.01")),
            trips=row["trips"],
            participants=row["participants"] or 0,
        )
        for row in rows
    ]


def spending_by_category(reports):
    """{category: sum of the expense lines} of `reports` (counted Danish reports), in one query."""
    from reports.models import ExpenseLine

    rows = (
        ExpenseLine.objects.filter(page__in=reports.values("pk"))
        .order_by()
        .values("category")
        .annotate(total=Sum("amount"))
    )
    return {row["category"]: Decimal(row["total"] or ZERO).quantize(Decimal("0.01")) for row in rows}


def median_days_to_publication(reports):
    """The median number of days from a trip's end to its report's publication, in whole days (a half day
    of an even count rounded up); None when none is published.

    `reports`: counted reports. One query; the rows are two dates each.
    """
    pairs = with_publication_date(reports).values_list("end_date", "published_at")
    days = [d for d in (days_after_trip(end, published) for end, published in pairs) if d is not None]
    if not days:
        return None
    return int(Decimal(str(statistics.median(days))).quantize(Decimal(1), rounding=ROUND_HALF_UP))
