"""Hundreds of unpublished Danish reports for query-count tests, inserted in bulk under the report index.

Going through the page editor 500 times would take minutes and prove nothing the admin tests do not:
the page rows are bulk-inserted with their tree paths, each report's own row is written without
signals' side effects (`raw`), and the workflow states of the ones "waiting" or "sent back" in bulk.
"""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from wagtail.models import Page, WorkflowState

from reports.models import TripReportPage


def many_unpublished_reports(world, count, ended, requested_by):
    """`count` never-published Danish reports whose trip ended on `ended`: a third drafts, a third waiting for
    approval, a third sent back (workflows requested by `requested_by`). Returns their ids."""
    parent = Page.objects.get(pk=world.index_da.pk)
    content_type = ContentType.objects.get_for_model(TripReportPage)
    reports = []
    for number in range(count):
        slug = f"ikke-offentliggjort-{number}"
        reports.append(
            TripReportPage(
                title=f"Glemt rejse {number}",
                draft_title=f"Glemt rejse {number}",
                slug=slug,
                path=Page._get_path(parent.path, parent.depth + 1, parent.numchild + number + 1),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                content_type=content_type,
                locale_id=parent.locale_id,
                translation_key=uuid.uuid4(),
                live=False,
                has_unpublished_changes=True,
                committee=world.finance,
                budget=world.budget,
                start_date=ended - datetime.timedelta(days=2),
                end_date=ended,
                destination_name="Prag",
                destination_country="Tjekkiet",
                purpose="<p>Formål.</p>",
            )
        )
    page_fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
    rows = Page.objects.bulk_create([Page(**{name: getattr(r, name) for name in page_fields}) for r in reports])
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
    for report, row in zip(reports, rows, strict=True):
        report.id = report.page_ptr_id = row.pk
        report.save_base(raw=True, force_insert=True)  # the report's own table only: its page row exists
    workflow = world.index_da.get_workflow()
    page_type = ContentType.objects.get_for_model(Page)
    statuses = [WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES]
    WorkflowState.objects.bulk_create(
        WorkflowState(
            content_type=content_type,
            base_content_type=page_type,
            object_id=str(report.pk),
            workflow=workflow,
            status=statuses[number % 3 - 1],
            requested_by=requested_by,
        )
        for number, report in enumerate(reports)
        if number % 3
    )
    return [report.pk for report in reports]
