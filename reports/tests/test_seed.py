"""seed_reports_demo in a host without the Ballerup project: reports approved through the workflow, translated."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, WorkflowState

from partners.models import PartnerCityPage
from reports.models import Budget, Committee, TripReportIndexPage, TripReportPage
from reports.seed.reports import REPORTS

pytestmark = pytest.mark.django_db


@pytest.fixture
def root(db):
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page.specific


def seed(command="seed_reports_demo", **options):
    call_command(command, stdout=open("/dev/null", "w"), **options)  # noqa: SIM115


def counts():
    return {
        "committees": Committee.objects.count(),
        "budgets": Budget.objects.count(),
        "reports": {code: TripReportPage.objects.filter(locale__language_code=code).count() for code in ("da", "en")},
        "live_reports": {
            code: TripReportPage.objects.live().filter(locale__language_code=code).count() for code in ("da", "en")
        },
        "workflow_states": WorkflowState.objects.count(),
        "pages": Page.objects.count(),
    }


def test_the_seed_loads_every_demo_report_and_approves_them_through_the_workflow(root, client):
    seed()
    approved = [demo for demo in REPORTS if demo.state == "approved"]
    translated = [demo for demo in approved if demo.translate]
    assert counts()["committees"] == 4
    assert counts()["budgets"] == 8
    assert counts()["reports"] == {"da": len(REPORTS), "en": len(translated)}
    assert counts()["live_reports"] == {"da": len(approved), "en": len(translated)}
    index = TripReportIndexPage.objects.get(locale__language_code="da")
    assert index.get_parent().pk == root.pk
    # The approval step wrote each live report's approval record: the meeting the demo names.
    meetings = {demo.slug[0]: demo.meeting_date for demo in approved}
    live = TripReportPage.objects.live().filter(locale__language_code="da")
    assert {report.slug: report.approved_on for report in live} == meetings
    assert client.get(live.first().url).status_code == 200


def test_running_the_seed_again_changes_nothing(root):
    seed()
    first = counts()
    seed()
    assert counts() == first


def test_with_the_partners_demo_the_trips_go_to_partner_cities(root):
    seed("seed_partners_demo")
    seed()
    prague = PartnerCityPage.objects.get(slug="prag-10")
    assert TripReportPage.objects.filter(destination_city=prague).exists()


def test_a_parent_that_cannot_hold_a_report_index_is_a_clear_error(root):
    seed("seed_partners_demo")
    city = PartnerCityPage.objects.get(slug="prag-10")
    with pytest.raises(CommandError, match="cannot go under 'Prag 10'"):
        seed(parent=city.pk)
    assert not TripReportPage.objects.exists()
