"""The editors' dashboard lists the Danish reports not published in time, so no trip is forgotten."""

import datetime
import re
from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.formats import date_format

from tests.querycount import warm
from tests.reports.drafts import many_unpublished_reports
from tests.reports.helpers import approve, login, reload, submit, take_action
from tests.reports.world import create_draft_report

pytestmark = pytest.mark.django_db

HEADING = "Rejserapporter, der ikke er offentliggjort i tide"


def ended_days_ago(world, days, title):
    end = timezone.localdate() - datetime.timedelta(days=days)
    return create_draft_report(
        world, title=title, slug=f"rejse-{days}", start_date=end - datetime.timedelta(days=2), end_date=end
    )


def dashboard(client, user):
    login(client, user)
    response = client.get("/admin/")
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


def panel(html):
    """The overdue panel's HTML, or None when the dashboard has none."""
    match = re.search(r'id="overdue-trip-reports-section".*?</section>', html, re.S)
    return match.group(0) if match else None


def rows(html):
    """The panel's table rows as lists of cell texts."""
    body = re.search(r"<tbody>(.*?)</tbody>", panel(html) or "", re.S)
    if body is None:
        return []
    cells = [re.findall(r"<td>(.*?)</td>", row, re.S) for row in re.findall(r"<tr>(.*?)</tr>", body.group(1), re.S)]
    return [[re.sub(r"<[^>]+>", "", cell).strip() for cell in row] for row in cells]


def danish_date(day):
    with translation.override("da"):
        return date_format(day, "DATE_FORMAT")


def test_overdue__happy_path__lists_old_unpublished_reports_oldest_first_with_their_state(client, world):
    draft = ended_days_ago(world, 61, "Glemt kladde")
    waiting = ended_days_ago(world, 90, "Venter på udvalget")
    sent_back = ended_days_ago(world, 75, "Sendt retur")
    ended_days_ago(world, 59, "For ny til listen")
    ended_days_ago(world, 60, "Netop 60 dage")
    submit(client, world, waiting)
    submit(client, world, sent_back)
    login(client, world.users["finance-member"])
    take_action(client, sent_back, "reject", comment="Mangler bilag.")

    html = dashboard(client, world.users["editor"])

    assert HEADING in panel(html)
    assert rows(html) == [
        ["Venter på udvalget", "Økonomiudvalget", danish_date(waiting.end_date), "90", "Afventer godkendelse"],
        ["Sendt retur", "Økonomiudvalget", danish_date(sent_back.end_date), "75", "Sendt tilbage"],
        ["Glemt kladde", "Økonomiudvalget", danish_date(draft.end_date), "61", "Udkast"],
    ]
    assert f'href="/admin/pages/{draft.pk}/edit/">Glemt kladde</a>' in panel(html)


def test_overdue__happy_path__a_published_report_is_not_listed(client, world):
    report = ended_days_ago(world, 100, "Godkendt for længe siden")
    submit(client, world, report)
    approve(client, world, report, meeting_date=timezone.localdate().isoformat())
    assert reload(report).live

    html = dashboard(client, world.users["editor"])

    assert rows(html) == []
    assert "Alle rejserapporter, hvis rejse sluttede for mere end 60 dage siden, er offentliggjort." in panel(html)


def test_overdue__happy_path__a_withdrawn_report_was_published_once_and_is_not_listed(client, world):
    report = ended_days_ago(world, 100, "Trukket tilbage")
    submit(client, world, report)
    approve(client, world, report, meeting_date=timezone.localdate().isoformat())
    login(client, world.users["moderator"])
    assert client.post(f"/admin/pages/{report.pk}/unpublish/").status_code == HTTPStatus.FOUND
    assert not reload(report).live

    assert rows(dashboard(client, world.users["editor"])) == []


def test_overdue__happy_path__the_setting_moves_the_threshold(client, world, settings):
    ended_days_ago(world, 45, "Halvanden måned siden")
    assert rows(dashboard(client, world.users["editor"])) == []

    settings.REPORTS_PUBLICATION_DEADLINE_DAYS = 30
    html = dashboard(client, world.users["editor"])

    assert [row[0] for row in rows(html)] == ["Halvanden måned siden"]
    assert "for mere end 30 dage siden" in panel(html)


def test_overdue__happy_path__without_the_setting_the_deadline_is_60_days(client, world, settings):
    del settings.REPORTS_PUBLICATION_DEADLINE_DAYS
    ended_days_ago(world, 61, "To måneder siden")
    ended_days_ago(world, 59, "Næsten to måneder siden")

    assert [row[0] for row in rows(dashboard(client, world.users["editor"]))] == ["To måneder siden"]


def test_overdue__unhappy_path__committee_members_and_anonymous_visitors_do_not_see_it(client, world):
    ended_days_ago(world, 61, "Glemt kladde")

    assert panel(dashboard(client, world.users["finance-member"])) is None
    assert HEADING not in dashboard(client, world.users["children-member"])
    client.logout()
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/admin/login/")
    assert HEADING not in response.content.decode()


def test_overdue__unhappy_path__english_translations_are_not_listed(client, world):
    """The Danish report is the legal act; its English page is listed nowhere here."""
    report = ended_days_ago(world, 61, "Dansk original")
    english = report.copy_for_translation(world.index_en.locale)  # an English draft, never published

    assert english.locale == world.index_en.locale and not english.live

    assert [row[0] for row in rows(dashboard(client, world.users["editor"]))] == ["Dansk original"]


def test_overdue__happy_path__fixed_query_count_with_5_and_500_reports(client, world, django_assert_num_queries):
    ended = timezone.localdate() - datetime.timedelta(days=100)
    many_unpublished_reports(world, 5, ended, requested_by=world.users["other-editor"])
    login(client, world.users["editor"])
    warm(client, "/admin/")

    with CaptureQueriesContext(connection) as few:
        html = client.get("/admin/").content.decode()
    assert len(rows(html)) == 5
    many_unpublished_reports(world, 495, ended - datetime.timedelta(days=1), requested_by=world.users["other-editor"])

    with django_assert_num_queries(len(few)):
        html = client.get("/admin/").content.decode()

    listed = rows(html)
    assert len(listed) == 500
    assert {row[4] for row in listed} == {"Udkast", "Afventer godkendelse", "Sendt tilbage"}
