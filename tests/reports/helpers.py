"""Drive the Wagtail admin like a person would (the app's helpers, reports.tests.admin), logged in by password."""

from http import HTTPStatus

from reports.tests.admin import (  # noqa: F401 (the site's tests import them from here)
    XHR,
    current_task_state,
    edit_form_data,
    edit_url,
    open_dialog,
    press,
    programme_form_data,
    refused_with,
    reload,
    take_action,
    workflow_action_url,
)
from tests.reports.world import PASSWORD


def login(client, user):
    client.logout()
    assert client.login(username=user.username, password=PASSWORD)
    return client


MEETING = "2025-03-12"


def submit(client, world, page, as_user="editor"):
    login(client, world.users[as_user])
    response = press(client, page, "action-submit")
    assert response.status_code == HTTPStatus.FOUND, response.content[:2000]
    return current_task_state(page)


def approve(client, world, page, as_user="finance-member", meeting_date=MEETING, task_state=None, ajax=True):
    login(client, world.users[as_user])
    return take_action(client, page, "approve", task_state=task_state, ajax=ajax, meeting_date=meeting_date)
