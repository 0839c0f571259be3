"""The committee approval, end to end, in a fresh `wagtail start` site that installed the plugin's wheel.

Run by tests/packaging/test_install.py with the fresh virtualenv's python, from the fresh site's folder
(DJANGO_SETTINGS_MODULE set), after `migrate`. It uses only what an adopter has: the installed apps,
Wagtail's admin views (Django's test client, as a browser would post them) and the ORM for the setup an
administrator does in the admin's snippet forms. Writes what it saw as JSON into the file its argument
names (stdout carries the console e-mail backend's notifications).
"""

import datetime
import json
import sys
from decimal import Decimal

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402 (after django.setup())
from django.contrib.auth.models import Group  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402
from wagtail.models import Page, Site, TaskState  # noqa: E402
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield  # noqa: E402

import partners  # noqa: E402
import reports  # noqa: E402
import slugs  # noqa: E402
from reports.models import (  # noqa: E402
    Budget,
    Committee,
    CommitteeApprovalTask,
    ExpenseLine,
    TripReportIndexPage,
    TripReportPage,
)

PASSWORD = "fresh-site-password"  # noqa: S105 (a throwaway site's users)
facts = {"modules": [module.__file__ for module in (partners, reports, slugs)]}


def user(username, *groups, **extra):
    person = get_user_model().objects.create_user(username, f"{username}@example.invalid", PASSWORD, **extra)
    person.groups.set(groups)
    return person


def logged_in(person):
    client = Client()
    assert client.login(username=person.username, password=PASSWORD)
    return client


def status(response):
    return response.status_code


administrator = user("admin", is_superuser=True, is_staff=True)
# `wagtail start`'s own groups (Wagtail's migrations make them): Editors may add and edit every page.
editor = user("editor", Group.objects.get(name="Editors"))
home = Site.objects.get(is_default_site=True).root_page.specific

# The administrator adds the report index under the site's home page, through the admin's add form.
admin_client = logged_in(administrator)
offered = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=[home.pk])).content.decode()
facts["index_offered_under_home"] = "tripreportindexpage" in offered
added = admin_client.post(
    reverse("wagtailadmin_pages:add", args=["reports", "tripreportindexpage", home.pk]),
    {"title": "Rejserapporter", "slug": "rejserapporter", "introduction": rich_text(""), "action-publish": "1"},
)
facts["index_added"] = status(added)
index = TripReportIndexPage.objects.get()
facts["index_live"] = index.live

# The committee, as the administrator creates it in Snippets: that creates the group of its approvers.
finance = Committee.objects.create(name_da="Økonomiudvalget", name_en="Finance Committee")
budget = Budget.objects.create(name="Økonomiudvalgets rejsebudget", owner=finance, yearly_amount=Decimal("65000"))
member = user("finance-member", finance.approvers)

# The approval workflow: `manage.py setup_report_workflow` made it; the new index got it when it was added.
workflow = index.get_workflow()
facts["workflow"] = (
    workflow is not None and workflow.workflow_tasks.filter(task__in=CommitteeApprovalTask.objects.all()).exists()
)

# The editor's draft (what the add form would save), then submitted from the page editor.
report = TripReportPage(
    title="Studietur til Prag",
    slug="studietur-til-prag",
    committee=finance,
    start_date=datetime.date(2025, 2, 3),
    end_date=datetime.date(2025, 2, 6),
    destination_name="Prag 10",
    destination_country="Tjekkiet",
    purpose="<p>At lære af skolesamarbejdet i Prag 10.</p>",
    outcome="<p>Aftale om elevudveksling i 2026.</p>",
    budget=budget,
    live=False,
)
report.expense_lines.add(ExpenseLine(category="transport", description="Fly", amount=Decimal("4200.50")))
index.add_child(instance=report)
report.save_revision(user=editor)
report = TripReportPage.objects.get(pk=report.pk)

anonymous = Client()
facts["anonymous_before_submit"] = status(anonymous.get(report.url))

editor_client = logged_in(editor)
edit_url = reverse("wagtailadmin_pages:edit", args=[report.pk])
form = querydict_from_html(editor_client.get(edit_url).content.decode(), form_id="page-edit-form")
form.update(nested_form_data({"programme": streamfield([])}))  # drawn by JavaScript in a browser
for name in ("purpose", "outcome"):
    form[name] = rich_text(getattr(report, name))
form["action-submit"] = "1"
facts["submitted"] = status(editor_client.post(edit_url, form))
task_state = TaskState.objects.filter(
    workflow_state__object_id=str(report.pk), status=TaskState.STATUS_IN_PROGRESS
).first()
facts["in_review"] = task_state is not None
facts["anonymous_in_review"] = status(anonymous.get(report.url))

# The committee member approves from the dashboard's dialog: the real workflow action view.
if task_state is not None:
    approved = logged_in(member).post(
        reverse("wagtailadmin_pages:workflow_action", args=[report.pk, "approve", task_state.pk]),
        {"reviewed_task_state": task_state.pk, "meeting_date": "2025-03-12"},
        headers={"X-Requested-With": "XMLHttpRequest"},
    )
    facts["approved"] = status(approved)
    facts["approval_step"] = json.loads(approved.content).get("step") if approved.status_code == 200 else None

report = Page.objects.get(pk=report.pk).specific
facts["live"] = report.live
facts["approved_by"] = str(report.committee) if report.approved_on else None
page = anonymous.get(report.url)
facts["anonymous_after_approval"] = status(page)
facts["page"] = page.content.decode() if page.status_code == 200 else ""
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(facts, out)
