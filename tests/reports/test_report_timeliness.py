"""Each published report says how many days after the trip it was published, in both languages."""

import datetime
from http import HTTPStatus

import pytest
from django.utils import timezone

from reports.models import TripReportPage
from tests.reports.helpers import approve, edit_form_data, login, reload, submit
from tests.reports.translation import translate_and_review
from tests.reports.world import create_draft_report

pytestmark = pytest.mark.django_db


def report_approved_today(client, world, trip_ended_days_ago):
    """A report whose trip ended `trip_ended_days_ago` days ago, approved (and so published) today."""
    today = timezone.localdate()
    end = today - datetime.timedelta(days=trip_ended_days_ago)
    report = create_draft_report(world, start_date=end - datetime.timedelta(days=2), end_date=end)
    submit(client, world, report)
    approve(client, world, report, meeting_date=today.isoformat())
    report = reload(report)
    assert report.live
    return report


def public_text(client, url):
    client.logout()
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


@pytest.mark.parametrize(
    ("days", "danish"),
    [
        (23, "Offentliggjort 23 dage efter rejsen"),
        (1, "Offentliggjort 1 dag efter rejsen"),
        (0, "Offentliggjort samme dag, som rejsen sluttede"),
    ],
)
def test_timeliness__happy_path__the_danish_page_says_how_many_days_after_the_trip(client, world, days, danish):
    report = report_approved_today(client, world, days)

    assert f'<p class="trip-report__timeliness">{danish}</p>' in public_text(client, report.url)


def test_timeliness__happy_path__the_english_page_repeats_the_danish_publication(client, world):
    report = report_approved_today(client, world, 23)
    # The Danish report went public ten days after the trip; its translation is reviewed only today.
    first_published = timezone.make_aware(datetime.datetime.combine(report.end_date, datetime.time(12)))
    TripReportPage.objects.filter(pk=report.pk).update(
        first_published_at=first_published + datetime.timedelta(days=10)
    )

    english = translate_and_review(client, world, reload(report))

    assert "Offentliggjort 10 dage efter rejsen" in public_text(client, report.url)
    assert '<p class="trip-report__timeliness">Published 10 days after the trip</p>' in public_text(
        client, english.url
    )


def test_timeliness__unhappy_path__a_draft_preview_states_no_publication(client, world):
    report = create_draft_report(world)
    login(client, world.users["editor"])
    preview_url = f"/admin/pages/{report.pk}/edit/preview/"
    assert client.post(preview_url, edit_form_data(client, report)).status_code == HTTPStatus.OK

    preview = client.get(preview_url).content.decode()

    assert "At lære af skolesamarbejdet i Prag 10." in preview  # the report itself, not an empty preview
    assert "trip-report__timeliness" not in preview
