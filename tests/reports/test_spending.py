"""The spending arithmetic: carry-over inside an election period, and the grouped query it reads."""

import datetime
import itertools
from decimal import Decimal

import pytest
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st

from reports.charts import nice_top
from reports.models import Budget, ElectionPeriod, ExpenseLine, Participant, TripReportPage
from reports.spending import (
    ZERO,
    BudgetYear,
    budget_years,
    combined_years,
    counted_in_years,
    median_days_to_publication,
    spending_by_budget_and_year,
    spending_by_category,
)
from tests.publishing import approve_through_workflow
from tests.reports.bulk import many_published_reports, publication_guard_suspended
from tests.reports.world import create_draft_report

FIRST = ElectionPeriod(first_year=2022, last_year=2025)
SECOND = ElectionPeriod(first_year=2026, last_year=2029)
YEARS = [*FIRST.years, *SECOND.years]

kroner = st.decimals(min_value=0, max_value=300_000, places=2, allow_nan=False, allow_infinity=False)
# Random spending over both periods; a year may have none at all (missing from the mapping).
spending = st.dictionaries(st.sampled_from(YEARS), kroner)


def budget(amount, carries_over):
    return Budget(name="Test", name_en="Test", yearly_amount=amount, carries_over=carries_over)


@settings(max_examples=150, deadline=None)
@given(amount=kroner, carries_over=st.booleans(), spent=spending)
def test_carry_over__property__stays_inside_each_election_period(amount, carries_over, spent):
    the_budget = budget(amount, carries_over)
    for period in (FIRST, SECOND):
        rows = budget_years(the_budget, period, spent)
        assert [row.year for row in rows] == list(period.years)
        # The first year of a period carries nothing in, whatever the year before it left.
        assert rows[0].carried_in == ZERO
        for row in rows:
            assert row.amount == amount
            assert row.spent == spent.get(row.year, ZERO)
            assert row.available == row.amount + row.carried_in
            assert row.remaining == row.available - row.spent
            assert row.overspent == (row.remaining < 0)
        for before, after in zip(rows, rows[1:], strict=False):
            if not carries_over:
                assert after.carried_in == ZERO
            else:
                # What is left (or overspent, as a negative amount) goes on to the next year.
                assert after.carried_in == before.remaining
                if before.year not in spent:
                    assert after.carried_in == before.amount + before.carried_in
        if carries_over:
            assert rows[-1].remaining == sum(r.amount for r in rows) - sum(r.spent for r in rows)
        else:
            assert all(row.remaining == amount - row.spent for row in rows)


@settings(max_examples=100, deadline=None)
@given(amount=kroner, carries_over=st.booleans(), spent=spending, earlier=spending)
def test_carry_over__property__a_period_does_not_depend_on_the_one_before(amount, carries_over, spent, earlier):
    """Whatever was spent in 2022–2025, 2026–2029 reads the same: nothing crosses the boundary."""
    the_budget = budget(amount, carries_over)
    changed = {**spent, **{year: value for year, value in earlier.items() if year in FIRST.years}}
    assert budget_years(the_budget, SECOND, spent) == budget_years(the_budget, SECOND, changed)


def test_carry_over__overspend__is_carried_as_a_negative_amount():
    rows = budget_years(budget(Decimal("65000"), True), FIRST, {2022: Decimal("80000")})
    assert rows[0].remaining == Decimal("-15000") and rows[0].overspent
    assert rows[1].carried_in == Decimal("-15000") and rows[1].available == Decimal("50000")
    assert rows[3].remaining == Decimal("65000") * 4 - Decimal("80000")


def test_combined_years__sums_each_figure_per_year():
    first = budget_years(budget(Decimal("100"), True), FIRST, {2023: Decimal("150")})
    second = budget_years(budget(Decimal("10"), False), FIRST, {2023: Decimal("1.50")})
    total = combined_years([first, second])
    assert total[1] == BudgetYear(year=2023, amount=Decimal("110"), carried_in=Decimal("100"), spent=Decimal("151.50"))
    assert [row.remaining for row in total] == [a.remaining + b.remaining for a, b in zip(first, second, strict=True)]


@pytest.mark.parametrize(
    ("largest", "top"),
    [(0, 1000), (1, 1000), (Decimal("0.5"), 1000), (999, 1000), (1001, 2000), (65000, 80000), (260000, 400000)],
)
def test_the_chart_axis_ends_at_a_round_number_at_least_the_largest_figure(largest, top):
    assert nice_top(Decimal(largest)) == top


# The grouped query, against the database.


NUMBERS = itertools.count(1000)


def published(world, start, lines, people, budget=None, english=False):
    """A live, approved Danish report of a trip from `start`, with these expense amounts and `people` participants."""
    number = next(NUMBERS)  # bulk reports are numbered (their slugs) and start `number` days after `first_day`
    first_day = start - datetime.timedelta(days=number)
    report = many_published_reports(world, 1, budget=budget, first_day=first_day, english=english, start=number)[0]
    ExpenseLine.objects.filter(page__translation_key=report.translation_key).delete()
    Participant.objects.filter(page__translation_key=report.translation_key).delete()
    for page in TripReportPage.objects.filter(translation_key=report.translation_key):
        for amount in lines:
            ExpenseLine.objects.create(page=page, category="fees", description="Gebyr", amount=Decimal(amount))
        for number in range(people):
            Participant.objects.create(page=page, name=f"Deltager {number}", role="Medlem")
    return report


@pytest.mark.django_db
def test_spending_rows__one_query__sum_the_counted_danish_reports_per_budget_and_year(
    world, django_assert_num_queries
):
    other = Budget.objects.create(name="Andet budget", name_en="Other budget", yearly_amount=Decimal("1000"))
    # Three lines and two participants: neither join multiplies the other.
    published(world, datetime.date(2024, 5, 1), ["100.25", "200", "300"], 2, english=True)
    published(world, datetime.date(2024, 12, 30), ["50"], 1)
    published(world, datetime.date(2025, 1, 2), ["70"], 3, budget=other)
    published(world, datetime.date(2026, 1, 1), ["9999"], 1)
    create_draft_report(
        world, title="Kladde", start_date=datetime.date(2024, 6, 1), end_date=datetime.date(2024, 6, 2)
    )

    reports = counted_in_years(TripReportPage.objects.child_of(world.index_da), FIRST.years)
    with django_assert_num_queries(1):  # public() looked up the view restrictions already, when filtering
        rows = {(row.budget_id, row.year): row for row in spending_by_budget_and_year(reports)}

    assert set(rows) == {(world.budget.pk, 2024), (other.pk, 2025)}
    assert rows[world.budget.pk, 2024].spent == Decimal("650.25")
    assert (rows[world.budget.pk, 2024].trips, rows[world.budget.pk, 2024].participants) == (2, 3)
    assert (rows[other.pk, 2025].spent, rows[other.pk, 2025].participants) == (Decimal("70.00"), 3)
    assert spending_by_category(reports) == {"fees": Decimal("720.25")}


@pytest.mark.django_db
def test_spending_rows__reports_waiting_or_rejected__are_not_counted(world):
    waiting = create_draft_report(world, title="Venter")
    waiting.get_workflow().start(waiting, world.users["editor"])
    rejected = create_draft_report(world, title="Afvist")
    state = rejected.get_workflow().start(rejected, world.users["editor"]).current_task_state.specific
    state.task.specific.on_action(state, world.users["finance-member"], "reject", comment="Mangler bilag")
    approved = approve_through_workflow(
        create_draft_report(world, title="Godkendt"), world.users["editor"], world.users["finance-member"]
    )

    reports = counted_in_years(TripReportPage.objects.child_of(world.index_da), FIRST.years)
    rows = spending_by_budget_and_year(reports)

    assert [(row.trips, row.spent) for row in rows] == [(1, approved.total_amount)]


@pytest.mark.django_db
def test_median_days_to_publication__of_the_counted_reports(world):
    reports = many_published_reports(world, 3, first_day=datetime.date(2025, 3, 1))
    assert median_days_to_publication(TripReportPage.objects.filter(pk__in=[r.pk for r in reports])) is None
    with publication_guard_suspended():
        for report, days in zip(reports, [10, 41, 100], strict=True):
            published_at = timezone.make_aware(datetime.datetime.combine(report.end_date, datetime.time(12)))
            published_at += datetime.timedelta(days=days)
            TripReportPage.objects.filter(pk=report.pk).update(first_published_at=published_at)
    assert median_days_to_publication(TripReportPage.objects.filter(pk__in=[r.pk for r in reports])) == 41
    # An even count: the middle two's mean, a half day rounded up (41 and 100 days: 71; 10 and 41 days: 26).
    assert median_days_to_publication(TripReportPage.objects.filter(pk__in=[r.pk for r in reports[1:]])) == 71
    assert median_days_to_publication(TripReportPage.objects.filter(pk__in=[r.pk for r in reports[:2]])) == 26
