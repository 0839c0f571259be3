"""Drive the Wagtail admin like a person would: read the edit form, change it, press a button.

Used by the app's own tests and by a host site's tests (this project's tests/reports).
"""

import json

from django.urls import reverse
from wagtail.models import Page, TaskState
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def edit_form_data(client, page, **changes):
    """The edit form as the browser would send it, with `changes` applied (rich text given as HTML)."""
    response = client.get(edit_url(page))
    assert response.status_code == 200, response.status_code
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    # The StreamField editor is drawn by JavaScript: send the programme as its form would.
    latest = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
    if hasattr(latest, "programme"):
        data.update(programme_form_data(latest))
    for name, value in changes.items():
        data[name] = rich_text(value) if name in {"purpose", "outcome"} else value
    return data


def press(client, page, button, **changes):
    """Save the edit form with one of its buttons: action-publish, action-submit, or none (save draft)."""
    data = edit_form_data(client, page, **changes)
    if button:
        data[button] = "1"
    return client.post(edit_url(page), data)


def current_task_state(page):
    return TaskState.objects.filter(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    ).first()


def workflow_action_url(page, action, task_state):
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


# What the admin's modal sends: Wagtail answers a workflow action with the dialog's HTML as JSON.
XHR = {"X-Requested-With": "XMLHttpRequest"}


def open_dialog(client, page, action="approve", task_state=None):
    """The dashboard's action button loads the dialog: its HTML (the modal's form)."""
    task_state = task_state or current_task_state(page)
    response = client.get(workflow_action_url(page, action, task_state), headers=XHR)
    assert response.status_code == 200, response.content[:500]
    return json.loads(response.content)["html"]


def take_action(client, page, action, task_state=None, ajax=True, **data):
    """Post the dashboard's workflow action (the modal's form) for the report's current task."""
    task_state = task_state or current_task_state(page)
    headers = XHR if ajax else {}
    payload = {"reviewed_task_state": task_state.pk, **data}
    return client.post(workflow_action_url(page, action, task_state), payload, headers=headers)


def reload(page):
    return Page.objects.get(pk=page.pk).specific


def programme_form_data(page):
    days = [
        (
            "day",
            {
                "date": day.value["date"].isoformat(),
                "heading": day.value["heading"],
                "description": rich_text(day.value["description"].source),
            },
        )
        for day in page.programme
    ]
    return nested_form_data({"programme": streamfield(days)})


def refused_with(response, reason):
    """The approval was refused, saying why: in the dialog (a form error) or as a 403 page."""
    if response.status_code == 403:
        return True
    body = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        body = json.loads(body).get("html", "")
    return response.status_code == 200 and reason in body
