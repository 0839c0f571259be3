"""The mail server down mid-run: a committee's approval still publishes, nobody sees a 500, the log says
what was not sent, and mail flows again once the server is back (a real SMTP session, tests/smtp_sink.py)."""

import logging
from http import HTTPStatus

import pytest

from tests.reports.helpers import approve, reload, submit
from tests.reports.world import create_draft_report
from tests.smtp_sink import smtp_sink


@pytest.fixture(scope="module")
def sink():
    with smtp_sink() as server:
        yield server


@pytest.fixture
def smtp(sink, settings):
    """The site's production mail backend, talking SMTP to the sink."""
    settings.EMAIL_BACKEND = "cms.mail.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = sink.port
    settings.EMAIL_TIMEOUT = 5
    if sink._server is None:
        sink.start()
    sink.refusing = False
    sink.messages.clear()
    yield sink
    if sink._server is None:
        sink.start()
    sink.refusing = False


def failure_records(caplog):
    return [record for record in caplog.records if record.name == "cms.mail" and record.levelno >= logging.ERROR]


def test_with_the_mail_server_up_submission_and_approval_mail_arrive(client, world, smtp):
    report = create_draft_report(world)
    submit(client, world, report)
    assert "finance-member@example.invalid" in smtp.recipients()
    smtp.messages.clear()

    response = approve(client, world, report)

    assert response.status_code == HTTPStatus.OK
    assert reload(report).live
    assert smtp.recipients() == ["editor@example.invalid"]


@pytest.mark.parametrize("outage", ["stopped", "refusing"])
def test_with_the_mail_server_down_the_approval_publishes_and_the_failure_is_logged(
    client, world, smtp, caplog, outage
):
    report = create_draft_report(world)
    submit(client, world, report)
    if outage == "stopped":
        smtp.stop()  # connections refused
    else:
        smtp.refusing = True  # up, but answers every session with 421
    caplog.set_level(logging.ERROR, logger="cms.mail")

    response = approve(client, world, report)

    assert response.status_code == HTTPStatus.OK
    report = reload(report)
    assert report.live and not report.has_unpublished_changes
    client.logout()
    public = client.get(report.url)
    assert public.status_code == HTTPStatus.OK
    assert "Godkendt af Økonomiudvalget" in public.content.decode()
    records = failure_records(caplog)
    assert records, "the notification that was not sent must be logged"
    assert any("editor@example.invalid" in record.getMessage() for record in records)

    # Back up: the next notification is sent, without a restart.
    smtp.refusing = False
    if smtp._server is None:
        smtp.start()
    smtp.messages.clear()
    other = create_draft_report(world, title="Studietur til Oslo")
    submit(client, world, other)
    assert "finance-member@example.invalid" in smtp.recipients()
