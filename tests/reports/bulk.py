"""Hundreds of published reports for query-count tests, built directly in the database.

Taking 500 reports through the approval screens would take minutes and prove nothing the workflow
tests do not: here the rows a finished approval leaves behind are written directly, with the
publication guard switched off for the setup only (tests/workflows tests the guard itself).
"""

import datetime
from contextlib import contextmanager
from decimal import Decimal

from django.db import connection
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


def thousands_of_published_reports(world, count, start=0, batch=500):
    """`count` live, approved Danish reports written with bulk inserts, for the open data's memory test.

    `add_child` costs a few queries per page, too slow for 10,000: here the page rows are computed
    (tree paths after the index's last child), inserted in batches, then each batch's report rows,
    participants and expense lines (as in `many_published_reports`). No signal runs: no publication
    guard, no search indexing, no log entries.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from wagtail.models import Page

    parent = Page.objects.get(pk=world.index_da.pk)
    content_type = ContentType.objects.get_for_model(TripReportPage)
    report_fields = TripReportPage._meta.local_concrete_fields
    now = timezone.now()
    first_day = datetime.date(2025, 2, 1)
    last = parent.get_last_child()
    step = TripReportPage._str2int(last.path[-TripReportPage.steplen :]) if last else 0
    for offset in range(start, start + count, batch):
        pages, reports = [], []
        for number in range(offset, min(offset + batch, start + count)):
            step += 1
            start_date = first_day + datetime.timedelta(days=number % 300)
            slug = f"bulkrejse-{number}"
            page = Page(
                title=f"Bulkrejse {number}",
                draft_title=f"Bulkrejse {number}",
                slug=slug,
                path=TripReportPage._get_path(parent.path, parent.depth + 1, step),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                content_type=content_type,
                locale_id=parent.locale_id,
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
            pages.append(page)
            reports.append(
                {
                    "committee": world.finance,
                    "budget": world.budget,
                    "start_date": start_date,
                    "end_date": start_date + datetime.timedelta(days=2),
                    "destination_name": "Prag",
                    "destination_country": "Tjekkiet",
                    "purpose": f"<p>Formål med rejse nummer {number}.</p>",
                    "approved_on": start_date + datetime.timedelta(days=30),
                }
            )
        Page.objects.bulk_create(pages)
        children = [TripReportPage(page_ptr_id=page.pk, **facts) for page, facts in zip(pages, reports, strict=True)]
        TripReportPage.objects._insert(children, fields=report_fields, raw=True)
        locale = parent.locale_id
        Participant.objects.bulk_create(
            Participant(page_id=page.pk, name=name, role="Medlem", locale_id=locale, sort_order=order)
            for page in pages
            for order, name in enumerate(["Anna Andersen", "Bo Bech"])
        )
        ExpenseLine.objects.bulk_create(
            ExpenseLine(page_id=page.pk, category=category, description=text, amount=amount, locale_id=locale)
            for page in pages
            for category, text, amount in (
                ("transport", "Tog", Decimal("1000.00")),
                ("meals", "Mad", Decimal("250.50")),
            )
        )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    if connection.vendor == "postgresql":
        # Thousands of rows arrive at once: PostgreSQL's planner still believes the tables nearly empty
        # until they are analysed (autovacuum would do it in a while) and picks plans that read them over
        # and over. A database that grew to this size has its statistics.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
