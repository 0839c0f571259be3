"""One source for each budget fact, and election periods as data.

A committee's yearly budget was stored twice, on the Committee and on the Budget it owned (whose owner
was free text). The Budget keeps it: its owner becomes a relation to the committee, matched by name;
a committee whose budget existed only on the Committee gets a Budget with that amount, so nothing is
lost. The strategy lets the committees and the City Council carry unspent money between the years of
an election period, so their budgets carry over. The two periods since the 2021 and 2025 elections are
created; later ones are added in the admin.
"""

from decimal import Decimal

import django.db.models.deletion
from django.db import migrations, models

CARRYING_KINDS = {"committee", "council"}
PERIODS = [(2022, 2025), (2026, 2029)]


def owner_to_relation(apps, schema_editor):
    Budget = apps.get_model("reports", "Budget")
    Committee = apps.get_model("reports", "Committee")
    committees = list(Committee.objects.all())
    by_name = {}
    for committee in committees:
        by_name[committee.name_da.casefold()] = committee
        by_name.setdefault(committee.name_en.casefold(), committee)
    for budget in Budget.objects.all():
        committee = by_name.get(budget.owner.strip().casefold())
        if committee is not None:
            budget.owner_committee = committee
            budget.carries_over = committee.kind in CARRYING_KINDS
            budget.save(update_fields=["owner_committee", "carries_over"])
    for committee in committees:
        if committee.yearly_budget and not Budget.objects.filter(owner_committee=committee).exists():
            Budget.objects.create(
                name=f"Rejsebudget: {committee.name_da}",
                name_en=f"Travel budget: {committee.name_en}",
                owner="",
                owner_committee=committee,
                yearly_amount=committee.yearly_budget,
                carries_over=committee.kind in CARRYING_KINDS,
            )


def relation_to_owner(apps, schema_editor):
    Budget = apps.get_model("reports", "Budget")
    Committee = apps.get_model("reports", "Committee")
    for budget in Budget.objects.select_related("owner_committee"):
        budget.owner = budget.owner_committee.name_da if budget.owner_committee else ""
        budget.save(update_fields=["owner"])
    for committee in Committee.objects.all():
        amounts = Budget.objects.filter(owner_committee=committee).values_list("yearly_amount", flat=True)
        committee.yearly_budget = sum(amounts, Decimal("0"))
        committee.save(update_fields=["yearly_budget"])


def create_periods(apps, schema_editor):
    ElectionPeriod = apps.get_model("reports", "ElectionPeriod")
    for first_year, last_year in PERIODS:
        ElectionPeriod.objects.get_or_create(first_year=first_year, defaults={"last_year": last_year})


class Migration(migrations.Migration):
    dependencies = [("reports", "0006_editorial_review_task_moved")]

    operations = [
        migrations.AddField(
            model_name="budget",
            name="owner_committee",
            field=models.ForeignKey(
                null=True,
                blank=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="budgets",
                to="reports.committee",
            ),
        ),
        migrations.AddField(
            model_name="budget",
            name="carries_over",
            field=models.BooleanField(
                default=False,
                help_text="What is not spent in a year may be spent in the following years of the same election period.",
                verbose_name="carry-over between years",
            ),
        ),
        # Blank by default first, so that going back can add the text column to rows that have one.
        migrations.AlterField(
            model_name="budget", name="owner", field=models.CharField(max_length=160, blank=True, default="")
        ),
        migrations.RunPython(owner_to_relation, relation_to_owner),
        migrations.RemoveField(model_name="budget", name="owner"),
        migrations.RenameField(model_name="budget", old_name="owner_committee", new_name="owner"),
        migrations.AlterField(
            model_name="budget",
            name="owner",
            field=models.ForeignKey(
                blank=True,
                help_text="The committee whose budget this is. Leave empty for a line of the central international budget.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="budgets",
                to="reports.committee",
                verbose_name="managed by",
            ),
        ),
        migrations.RemoveField(model_name="committee", name="yearly_budget"),
        migrations.CreateModel(
            name="ElectionPeriod",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("first_year", models.PositiveSmallIntegerField(unique=True, verbose_name="first year")),
                ("last_year", models.PositiveSmallIntegerField(verbose_name="last year")),
            ],
            options={
                "verbose_name": "election period",
                "verbose_name_plural": "election periods",
                "ordering": ["first_year"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("last_year__gte", models.F("first_year"))),
                        name="election_period_in_order",
                    )
                ],
            },
        ),
        migrations.RunPython(create_periods, migrations.RunPython.noop),
    ]
