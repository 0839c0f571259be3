"""The committee approval in a bare Wagtail site, through the admin's own views: nothing public before it."""

import csv
import io
import json
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import translation

from reports.tests.admin import current_task_state, press, reload, take_action

pytestmark = pytest.mark.django_db

ADDRESS = "/da/rejserapporter/studietur-til-prag/"


def _as(client, user):
    client.logout()
    client.force_login(user)
    return client


def _submit(client, world, report):
    response = press(_as(client, world.users["editor"]), report, "action-submit")
    assert response.status_code == HTTPStatus.FOUND, response.content[:1000]
    assert current_task_state(report) is not None


def _approve(client, world, report, as_user="finance-member"):
    _as(client, world.users[as_user])
    return take_action(client, report, "approve", meeting_date="2025-03-12")


def _public(client, url):
    client.logout()
    return client.get(url)


def test_report_is_public_only_after_its_committee_approves_it(client, world, draft_report):
    assert _public(client, ADDRESS).status_code == HTTPStatus.NOT_FOUND

    _submit(client, world, draft_report)
    assert _public(client, ADDRESS).status_code == HTTPStatus.NOT_FOUND

    response = _approve(client, world, draft_report)

    assert json.loads(response.content)["step"] == "success"
    report = reload(draft_report)
    assert report.live and report.approved_on and report.committee == world.finance
    page = _public(client, ADDRESS)
    assert page.status_code == HTTPStatus.OK
    assert "Studietur til Prag" in page.content.decode()
    assert report.approved_on.isoformat() == "2025-03-12"


def test_member_of_another_committee_cannot_approve(client, world, draft_report):
    _submit(client, world, draft_report)

    response = _approve(client, world, draft_report, as_user="children-member")

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert not reload(draft_report).live
    assert _public(client, ADDRESS).status_code == HTTPStatus.NOT_FOUND


def test_editor_cannot_publish_a_report_directly(client, world, draft_report):
    press(_as(client, world.users["editor"]), draft_report, "action-publish")

    assert not reload(draft_report).live
    assert _public(client, ADDRESS).status_code == HTTPStatus.NOT_FOUND


def test_open_data_and_feeds_list_only_the_approved_report(client, world, draft_report):
    def published():
        body = b"".join(_public(client, "/open-data/trips.csv").streaming_content).decode("utf-8-sig")
        trips = list(csv.DictReader(io.StringIO(body)))
        with translation.override("da"):
            feed = _public(client, reverse("trip_report_feed_rss")).content.decode()
        return trips, feed

    _submit(client, world, draft_report)
    trips, feed = published()
    assert trips == [] and "Studietur til Prag" not in feed

    _approve(client, world, draft_report)

    trips, feed = published()
    assert len(trips) == 1 and "Studietur til Prag" in trips[0].values()
    assert "Studietur til Prag" in feed
