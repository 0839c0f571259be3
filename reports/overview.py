"""The public spending overview of a report index: every budget's years in one election period.

What it shows is computed by `reports.spending`; here the rows are fetched (a fixed number of queries,
whatever the number of reports) and grouped the way the page reads them.
"""

from dataclasses import dataclass, field

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from reports import spending
from reports.charts import spending_chart


class PeriodForm(forms.Form):
    """`?period=2022`: the first year of an election period. Anything else is ignored with a note."""

    period = forms.TypedChoiceField(label=_("Election period"), coerce=int, required=False, empty_value=None)

    def __init__(self, data, periods):
        super().__init__(data)
        self.fields["period"].choices = [(period.first_year, str(period)) for period in periods]


def default_period(periods, today):
    """The period containing `today`; else the latest that has begun; else the first one."""
    for period in periods:
        if period.first_year <= today.year <= period.last_year:
            return period
    begun = [period for period in periods if period.first_year <= today.year]
    return begun[-1] if begun else (periods[0] if periods else None)


def choose_period(periods, query, today):
    """(the period to show, whether the request asked for one that does not exist)."""
    form = PeriodForm(query, periods)
    if form.is_valid():
        chosen = form.cleaned_data["period"]
        if chosen is not None:
            return next(period for period in periods if period.first_year == chosen), False
        return default_period(periods, today), False
    return default_period(periods, today), True


@dataclass(frozen=True)
class BegunYears:
    """The years of an election period that have begun by `today`.

    Years still to come have no spending and no balance yet: showing them would read as money left
    over from years that have not happened. The current year is shown, with a note that it is not over.
    """

    period: object
    today: object

    @property
    def years(self):
        return range(self.period.first_year, min(self.period.last_year, self.today.year) + 1)

    @property
    def year_in_progress(self):
        return self.today.year if self.today.year in self.years else None

    @property
    def to_come(self):
        """The years still to come ({"first", "last", "count"}), or None."""
        first, last = max(self.period.first_year, self.today.year + 1), self.period.last_year
        return {"first": first, "last": last, "count": last - first + 1} if first <= last else None


@dataclass
class Table:
    """One table of the page: a budget's years, or the sum of a group's budgets."""

    caption: str
    years: list
    carries_over: bool = True

    @property
    def decimals(self):
        """2 when any figure has øre: a column of amounts is written alike."""
        figures = [getattr(row, name) for row in self.years for name in ("amount", "carried_in", "spent")]
        return 2 if any(figure != figure.to_integral_value() for figure in figures) else 0


@dataclass
class Group:
    """A committee's budgets (or the central budget's lines), and their sum when there are several."""

    name: str
    tables: list = field(default_factory=list)
    total: Table | None = None


def danish_index(index):
    """The index in the default language: its reports are the approved originals (one query at most)."""
    default = Locale.get_default()
    if index.locale_id == default.pk:
        return index
    return type(index).objects.filter(translation_key=index.translation_key, locale=default).first()


def overview_context(index, query, today=None):
    """Everything the overview template shows, for the period `query` asks for (or the current one)."""
    from reports.models import Budget, ElectionPeriod, ExpenseLine, TripReportPage

    today = today or timezone.localdate()
    periods = list(ElectionPeriod.objects.all())
    period, unknown_period = choose_period(periods, query, today)
    context = {"periods": periods, "period": period, "unknown_period": unknown_period}
    if period is None:
        return context
    begun = BegunYears(period, today)
    context.update({"year_in_progress": begun.year_in_progress, "years_to_come": begun.to_come})
    if not begun.years:
        return context

    source = danish_index(index)
    reports = TripReportPage.objects.none()
    if source is not None:
        reports = spending.counted_in_years(
            TripReportPage.objects.child_of(source).filter(locale_id=source.locale_id), begun.years
        )
    rows = spending.spending_by_budget_and_year(reports)
    spent = {(row.budget_id, row.year): row.spent for row in rows}

    tables = [
        (
            budget,
            Table(
                caption=budget.localized_name,
                years=spending.budget_years(
                    budget, begun, {year: spent.get((budget.pk, year)) for year in begun.years}
                ),
                carries_over=budget.carries_over,
            ),
        )
        for budget in Budget.objects.select_related("owner").order_by("name")
    ]
    context.update(
        {
            "groups": _groups(tables),
            "all_budgets": Table(caption="", years=spending.combined_years(table.years for _budget, table in tables)),
            "per_year": _per_year(rows, begun),
            "categories": _categories(spending.spending_by_category(reports), ExpenseLine.Category),
            "median_days": spending.median_days_to_publication(reports),
        }
    )
    context["chart"] = spending_chart(context["all_budgets"].years) if tables else None
    return context


def _groups(tables):
    """The committees' groups (in the admin's order, by Danish name), then the central budget's lines."""
    committees = {}
    central = Group(name=_("The central international budget"))
    for budget, table in tables:
        owner = budget.owner
        group = central if owner is None else committees.setdefault((owner.name_da, owner.pk), Group(name=owner.name))
        group.tables.append(table)
    groups = [committees[key] for key in sorted(committees)] + ([central] if central.tables else [])
    for group in groups:
        if len(group.tables) > 1:
            group.total = Table(
                caption=_("Total"),
                years=spending.combined_years(table.years for table in group.tables),
                carries_over=any(table.carries_over for table in group.tables),
            )
    return groups


def _per_year(rows, begun):
    """Trips, participants, their cost and the cost per participant per year, whichever budget paid."""
    years = []
    for year in begun.years:
        of_year = [row for row in rows if row.year == year]
        total = sum((row.spent for row in of_year), spending.ZERO)
        participants = sum(row.participants for row in of_year)
        years.append(
            {
                "year": year,
                "trips": sum(row.trips for row in of_year),
                "participants": participants,
                "spent": total,
                "per_participant": spending.per_participant(total, participants),
            }
        )
    return years


def _categories(totals, categories):
    """(label, amount) per expense category in the categories' own order, and their sum."""
    lines = [(category.label, totals.get(category.value, spending.ZERO)) for category in categories]
    return {"lines": lines, "total": sum((amount for _label, amount in lines), spending.ZERO)}
