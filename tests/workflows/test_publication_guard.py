"""The publication guard itself: what it admits and refuses when code, not a view, publishes."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from cms.workflows.publication import acting_as
from reports.models import TripReportPage
from reports.publication import PublicationRefused
from tests.publishing import approve_through_workflow, as_administrator
from tests.reports.world import create_draft_report

pytestmark = pytest.mark.django_db


def test_guard__unhappy_path__a_superuser_cannot_publish_a_report_in_code(world):
    report = create_draft_report(world)

    with as_administrator(), pytest.raises(PublicationRefused):
        report.save_revision().publish()

    assert not TripReportPage.objects.get(pk=report.pk).live


def test_guard__unhappy_path__an_ordinary_page_needs_its_review_when_nobody_acts(world):
    index = world.index_da
    index.title = "Ikke gennemgået"

    with pytest.raises(PublicationRefused):
        index.save_revision().publish()

    assert type(index).objects.get(pk=index.pk).title == "Rejserapporter"


def test_guard__unhappy_path__an_editor_acting_cannot_publish_an_ordinary_page(world):
    index = world.index_da
    index.title = "Ikke gennemgået"

    with acting_as(world.users["editor"]), pytest.raises(PublicationRefused):
        index.save_revision().publish()


def test_guard__happy_path__a_superuser_publishes_an_ordinary_page(world):
    index = world.index_da
    index.title = "Rejserapporter 2026"

    with as_administrator():
        index.save_revision().publish()

    assert type(index).objects.get(pk=index.pk).title == "Rejserapporter 2026"


def test_guard__unhappy_path__content_written_into_a_live_row_without_publishing(world):
    english = world.index_en
    english.title = "Written into the row"

    with acting_as(world.users["moderator"]), pytest.raises(PublicationRefused):
        english.save()


def test_guard__happy_path__bookkeeping_saves_of_a_live_page_pass(world):
    index = type(world.index_da).objects.get(pk=world.index_da.pk)

    index.save_revision(user=world.users["editor"])  # a draft: the row keeps its content
    index.save()  # e.g. a move: same content

    assert type(index).objects.get(pk=index.pk).live


def test_guard__unhappy_path__a_translation_cannot_become_an_alias_of_the_danish_page(world):
    english = world.index_en
    english.alias_of_id = world.index_da.pk

    with as_administrator(), pytest.raises(PublicationRefused):
        english.save(update_fields=["alias_of_id"])


def test_guard__happy_path__an_approved_report_scheduled_for_later_goes_live_with_publish_scheduled(world):
    report = create_draft_report(world, go_live_at=timezone.now() + datetime.timedelta(days=1))
    report = approve_through_workflow(report, world.users["editor"], world.users["finance-member"])
    assert not report.live
    # The day has come: move the approved revision's go-live time into the past.
    scheduled = Revision.objects.get(object_id=str(report.pk), approved_go_live_at__isnull=False)
    past = timezone.now() - datetime.timedelta(minutes=1)
    scheduled.approved_go_live_at = past
    scheduled.content["go_live_at"] = past.isoformat()
    scheduled.save()

    call_command("publish_scheduled")

    assert TripReportPage.objects.get(pk=report.pk).live


def test_guard__unhappy_path__publish_scheduled_refuses_a_revision_no_review_approved(world):
    report = create_draft_report(world)
    report.get_latest_revision().__class__.objects.filter(pk=report.latest_revision_id).update(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    with pytest.raises(PublicationRefused):
        call_command("publish_scheduled")

    assert not TripReportPage.objects.get(pk=report.pk).live
