"""The migration that keeps one source for a committee's yearly budget: nothing is lost on the way."""

from decimal import Decimal

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("reports", "0006_editorial_review_task_moved")]
AFTER = [("reports", "0007_budget_owner_and_election_periods")]


def migrate_to(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(target)
    return executor.loader.project_state(target).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_budget_owner_becomes_a_relation_and_a_committee_only_budget_becomes_a_budget():
    old = migrate_to(BEFORE)
    Committee = old.get_model("reports", "Committee")
    Budget = old.get_model("reports", "Budget")
    finance = Committee.objects.create(name_da="Økonomiudvalget", name_en="Finance Committee", yearly_budget=65000)
    council = Committee.objects.create(
        name_da="Kommunalbestyrelsen", name_en="City Council", kind="council", yearly_budget=69000
    )
    management = Committee.objects.create(name_da="Direktionen", name_en="Management", kind="administration")
    Budget.objects.create(name="Udvalgets budget", name_en="", owner=" økonomiudvalget ", yearly_amount=65000)
    Budget.objects.create(name="Studierejser", name_en="", owner="Management", yearly_amount=100000)
    Budget.objects.create(name="Central pulje", name_en="", owner="Central pulje", yearly_amount=190000)

    new = migrate_to(AFTER)
    Budget = new.get_model("reports", "Budget")
    budgets = {budget.name: budget for budget in Budget.objects.all()}

    assert budgets["Udvalgets budget"].owner_id == finance.pk
    assert budgets["Udvalgets budget"].carries_over is True
    assert budgets["Studierejser"].owner_id == management.pk
    assert budgets["Studierejser"].carries_over is False
    assert budgets["Central pulje"].owner_id is None
    # The City Council's 69,000 kr lived only on the committee: it is a budget of its own now.
    council_budget = budgets["Rejsebudget: Kommunalbestyrelsen"]
    assert (council_budget.owner_id, council_budget.yearly_amount, council_budget.carries_over) == (
        council.pk,
        Decimal("69000.00"),
        True,
    )
    periods = new.get_model("reports", "ElectionPeriod").objects.values_list("first_year", "last_year")
    assert list(periods) == [(2022, 2025), (2026, 2029)]

    # And back: the committee's yearly budget is the sum of the budgets it manages again.
    old = migrate_to(BEFORE)
    Committee = old.get_model("reports", "Committee")
    assert Committee.objects.get(pk=council.pk).yearly_budget == Decimal("69000.00")
    assert Committee.objects.get(pk=finance.pk).yearly_budget == Decimal("65000.00")
    assert old.get_model("reports", "Budget").objects.get(name="Udvalgets budget").owner == "Økonomiudvalget"
    migrate_to(AFTER)
