"""Hundreds of published reports for query-count tests, built directly in the database.

Taking 500 reports through the approval screens would take minutes and prove nothing the workflow
tests do not: here the rows a finished approval leaves behind are written directly, with the
publication guard switched off for the setup only (tests/workflows tests the guard itself).
"""

import datetime
from contextlib import contextmanager
from decimal import Decimal

from django.db.models.signals import pre_save

from cms.workflows.publication import refuse_unreviewed_page
from reports.models import ExpenseLine, Participant, TripReportPage
from reports.publication import refuse_unreviewed_report

GUARDS = [
    (refuse_unreviewed_report, "reports_refuse_unreviewed_report"),
    (refuse_unreviewed_page, "workflows_refuse_unreviewed_page"),
]


@contextmanager
def publication_guard_suspended():
    """Test setup only: write live rows without a workflow behind them."""
    for receiver, uid in GUARDS:
        pre_save.disconnect(receiver, dispatch_uid=uid)
    try:
        yield
    finally:
        for receiver, uid in GUARDS:
            pre_save.connect(receiver, dispatch_uid=uid)


def many_published_reports(world, count, *, committee=None, budget=None, first_day=None, english=False, start=0):
    """`count` live, approved Danish reports (and their live English translations when `english`).

    Each has two participants and two expense lines (transport 1,000 kr, meals 250.50 kr); trip n
    starts `n` days after `first_day` (default 1 February 2025), lasts two days and was approved by
    its committee. Returns the Danish reports.
    """
    committee = committee or world.finance
    budget = budget or world.budget
    first_day = first_day or datetime.date(2025, 2, 1)
    reports = []
    with publication_guard_suspended():
        for number in range(start, start + count):
            start_date = first_day + datetime.timedelta(days=number)
            facts = {
                "committee": committee,
                "budget": budget,
                "start_date": start_date,
                "end_date": start_date + datetime.timedelta(days=2),
                "destination_name": "Prag",
                "destination_country": "Tjekkiet",
                "approved_by": committee,
                "approved_on": start_date + datetime.timedelta(days=30),
                "live": True,
            }
            danish = world.index_da.add_child(
                instance=TripReportPage(
                    title=f"Masserejse {number}", slug=f"masserejse-{number}", purpose="<p>Formål.</p>", **facts
                )
            )
            reports.append(danish)
            pages = [danish]
            if english:
                pages.append(
                    world.index_en.add_child(
                        instance=TripReportPage(
                            title=f"Bulk trip {number}",
                            slug=f"bulk-trip-{number}",
                            purpose="<p>Purpose.</p>",
                            locale=world.index_en.locale,
                            translation_key=danish.translation_key,
                            **facts,
                        )
                    )
                )
            for page in pages:
                add_accounts(page)
    return reports


def add_accounts(page):
    locale = page.locale
    Participant.objects.bulk_create(
        [
            Participant(page=page, name=name, role="Medlem", locale=locale, sort_order=order)
            for order, name in enumerate(["Anna Andersen", "Bo Bech"])
        ]
    )
    ExpenseLine.objects.bulk_create(
        [
            ExpenseLine(page=page, category="transport", description="Tog", amount=Decimal("1000.00"), locale=locale),
            ExpenseLine(page=page, category="meals", description="Mad", amount=Decimal("250.50"), locale=locale),
        ]
    )
