"""Scheduled publishing runs: a page published with a future go-live date appears when the periodic job
(deploy/systemd/ballerup-publish-scheduled.timer: `manage.py publish_scheduled` every minute) runs after
its time, and not before. Trip reports have no scheduling: their approval is what publishes them."""

import configparser
import datetime
from http import HTTPStatus
from io import StringIO
from unittest import mock

from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone
from wagtail.models import Page

from home.models import StandardPage
from reports.models import TripReportPage
from tests.cache_helpers import anonymous
from tests.servers import PROJECT_DIR
from tests.workflows.admin import edit_url, editor_form, login, post_form

SYSTEMD_DIR = PROJECT_DIR / "deploy" / "systemd"


def local_time(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def run_the_job(at):
    """The timer's job as it runs at `at` (a command runs in autocommit: its on-commit work happens at once)."""
    with mock.patch("django.utils.timezone.now", return_value=at), TestCase.captureOnCommitCallbacks(execute=True):
        call_command("publish_scheduled", stdout=StringIO())


def test_a_page_published_with_a_future_go_live_date_appears_when_the_job_runs_after_it_and_not_before(seeded, client):
    page = StandardPage.objects.live().filter(locale__language_code="da").first()
    page.get_parent().specific  # noqa: B018
    draft = page.copy(update_attrs={"slug": "planlagt-side", "title": "Planlagt side", "live": False})
    go_live = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(hours=3)

    response = post_form(
        client,
        edit_url(draft),
        editor_form(client, draft),
        "admin",
        "action-publish",
        **{"go_live_at": local_time(go_live)},
    )
    assert response.status_code == HTTPStatus.FOUND

    draft = Page.objects.get(pk=draft.pk)
    assert not draft.live
    url = draft.get_url()
    assert anonymous(client).get(url).status_code == HTTPStatus.NOT_FOUND

    run_the_job(at=go_live - datetime.timedelta(minutes=1))
    assert not Page.objects.get(pk=draft.pk).live
    assert anonymous(client).get(url).status_code == HTTPStatus.NOT_FOUND

    run_the_job(at=go_live + datetime.timedelta(minutes=1))
    assert Page.objects.get(pk=draft.pk).live
    public = anonymous(client).get(url)
    assert public.status_code == HTTPStatus.OK
    assert "Planlagt side" in public.content.decode()


def test_the_page_editor_offers_a_go_live_date_but_the_trip_report_editor_does_not(seeded, client):
    login(client, "admin")
    standard = StandardPage.objects.filter(locale__language_code="da").first()
    report = TripReportPage.objects.filter(locale__language_code="da").first()

    standard_form = client.get(edit_url(standard))
    report_form = client.get(edit_url(report))

    assert standard_form.status_code == report_form.status_code == HTTPStatus.OK
    assert 'name="go_live_at"' in standard_form.content.decode()
    for field in ("go_live_at", "expire_at"):
        assert f'name="{field}"' not in report_form.content.decode(), field


def test_the_deployment_ships_a_timer_that_runs_publish_scheduled_every_minute():
    timer = configparser.ConfigParser(strict=False)
    timer.read(SYSTEMD_DIR / "ballerup-publish-scheduled.timer")
    service = configparser.ConfigParser(strict=False, interpolation=None)
    service.read(SYSTEMD_DIR / "ballerup-publish-scheduled.service")

    assert timer["Timer"]["OnCalendar"] == "minutely"
    assert timer["Timer"]["Unit"] == "ballerup-publish-scheduled.service"
    assert timer["Install"]["WantedBy"] == "timers.target"
    assert service["Service"]["Type"] == "oneshot"
    assert service["Service"]["ExecStart"].split()[-2:] == ["manage.py", "publish_scheduled"]
