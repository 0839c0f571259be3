"""The time from a committee's approval to the page being fresh through the front cache, both languages.

A live report gets a new Danish title as a new revision, which goes through the report's own workflow
(submitted by the editor, approved by a member of the committee's group) in this process, on the bench's
database, Redis and front cache. The clock runs from just before the final approval until the front
cache serves the new title in Danish and a freshly rendered copy in English.
"""

import datetime
import time

from benchkit.http import get, is_hit

TIMEOUT = 30


def approval_to_fresh(front_url):
    from django.contrib.auth import get_user_model

    from reports.models import TripReportPage

    report = TripReportPage.objects.live().filter(locale__language_code="da").order_by("path").first().specific
    english = report.get_translation_or_none(_english_locale())
    danish_url, english_url = f"{front_url}{report.get_url()}", f"{front_url}{english.get_url()}"
    for url in (danish_url, english_url, danish_url, english_url):
        get(url)  # fill the front cache
    warmed = [is_hit(get(url)) for url in (danish_url, english_url)]

    editor = get_user_model().objects.get(username="editor")
    report.title = f"{report.title} (rettet)"
    report.save_revision(user=editor)
    workflow_state = report.get_workflow().start(report, editor)
    started = None
    while workflow_state.status == workflow_state.STATUS_IN_PROGRESS:
        task_state = workflow_state.current_task_state.specific
        task = task_state.task.specific
        approver = _approver(task, task_state, editor)
        if _is_last(workflow_state, task_state):
            started = time.perf_counter()
        task.on_action(task_state, approver, "approve", meeting_date=datetime.date.today(), comment="")
        workflow_state.refresh_from_db()
    fresh_danish = fresh_english = None
    while time.perf_counter() - started < TIMEOUT and None in (fresh_danish, fresh_english):
        if fresh_danish is None and report.title.encode() in get(danish_url)[1]:
            fresh_danish = time.perf_counter() - started
        if fresh_english is None and not is_hit(get(english_url)):
            fresh_english = time.perf_counter() - started
    return {"warmed hits": warmed, "da": fresh_danish, "en": fresh_english}


def _english_locale():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")


def _approver(task, task_state, submitter):
    """A member of the group that may act on this task, other than the submitter."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.exclude(pk=submitter.pk).filter(is_active=True)
    for user in users.order_by("username"):
        if task.user_can_access_editor(task_state.workflow_state.content_object, user) and task.get_actions(
            task_state.workflow_state.content_object, user
        ):
            return user
    raise RuntimeError(f"nobody may approve {task}")


def _is_last(workflow_state, task_state):
    tasks = list(workflow_state.workflow.tasks.order_by("workflow_tasks__sort_order"))
    return tasks and tasks[-1].pk == task_state.task_id


def print_report(result):
    print("\nApproval → fresh page through the front cache:")
    print(f"  front cache warmed (hits before the approval, da/en): {result['warmed hits']}")
    for language in ("da", "en"):
        seconds = result[language]
        print(
            f"  {language}: " + (f"{seconds * 1000:.0f} ms" if seconds is not None else f"not fresh after {TIMEOUT} s")
        )
