"""Setting up published content in tests the only ways the publication guard admits."""

import datetime
from contextlib import contextmanager

from django.contrib.auth import get_user_model

from cms.workflows.publication import acting_as


@contextmanager
def as_administrator():
    """Build content as a superuser would publish it (ordinary pages only: reports need their approval)."""
    user, _ = get_user_model().objects.get_or_create(
        username="fixture-admin", defaults={"is_superuser": True, "is_staff": True}
    )
    with acting_as(user):
        yield user


def publish(page):
    """Publish an ordinary page's current state as the administrator."""
    with as_administrator():
        page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def approve_through_workflow(report, submitter, approver, meeting_date=datetime.date(2025, 3, 12)):
    """Submit the report's latest revision and approve it with the committee task's own action."""
    report = type(report).objects.get(pk=report.pk)
    workflow_state = report.get_workflow().start(report, submitter)
    task_state = workflow_state.current_task_state.specific
    task_state.task.specific.on_action(task_state, approver, "approve", meeting_date=meeting_date, comment="")
    return type(report).objects.get(pk=report.pk)
