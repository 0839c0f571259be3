"""A committee member approves without guessing: the dialog, the confirmation, the history, the empty queue.

Driven through the admin's own views on the seeded demo, as `finance-member` on a report `editor` submitted.
"""

import datetime
import json
from decimal import Decimal
from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale, WorkflowState

from home.seed.translation import translate
from reports.models import Budget, Committee, ExpenseLine, TripReportIndexPage, TripReportPage
from tests.reports.helpers import (
    XHR,
    current_task_state,
    edit_form_data,
    edit_url,
    open_dialog,
    press,
    reload,
    workflow_action_url,
)

pytestmark = pytest.mark.django_db

TITLE = "Økonomiudvalget på budgetseminar i Oslo"
ENGLISH = {
    TITLE: "The Finance Committee at a budget seminar in Oslo",
    "oekonomiudvalget-paa-budgetseminar-i-oslo": "finance-committee-budget-seminar-oslo",
    "At lære af Oslos budgetmodel.": "To learn from Oslo's budget model.",
    "En ny model for anlægsbudgettet.": "A new model for the capital budget.",
    "Oslo": "Oslo",
    "Norge": "Norway",
    "Fly København–Oslo": "Flight Copenhagen–Oslo",
    "Hotel, tre nætter": "Hotel, three nights",
}


def user(username):
    return get_user_model().objects.get(username=username)


def login(client, username, password):
    client.logout()
    assert client.login(username=username, password=password)


@pytest.fixture
def report(seeded):
    """A Danish draft by `editor` under the seeded report index (setup; the workflow goes through the admin)."""
    index = TripReportIndexPage.objects.get(locale=Locale.get_default())
    page = TripReportPage(
        title=TITLE,
        slug="oekonomiudvalget-paa-budgetseminar-i-oslo",
        committee=Committee.objects.get(name_da="Økonomiudvalget"),
        budget=Budget.objects.get(name="Økonomiudvalgets kursus- og rejsebudget"),
        start_date=datetime.date(2025, 2, 3),
        end_date=datetime.date(2025, 2, 6),
        destination_name="Oslo",
        destination_country="Norge",
        purpose="<p>At lære af Oslos budgetmodel.</p>",
        outcome="<p>En ny model for anlægsbudgettet.</p>",
        live=False,
    )
    page.expense_lines.add(
        ExpenseLine(category="transport", description="Fly København–Oslo", amount=Decimal("4200.50")),
        ExpenseLine(category="accommodation", description="Hotel, tre nætter", amount=Decimal("5400.00")),
    )
    index.add_child(instance=page)
    page.save_revision(user=user("editor"))
    return TripReportPage.objects.get(pk=page.pk)


@pytest.fixture
def submitted(client, report, demo_password):
    """`editor` presses "Submit for approval" in the page editor."""
    login(client, "editor", demo_password)
    response = press(client, report, "action-submit")
    assert response.status_code == HTTPStatus.FOUND
    assert current_task_state(report) is not None
    return report


def approve(client, page, meeting_date="2025-03-12", **headers):
    task_state = current_task_state(page)
    data = {"meeting_date": meeting_date, "comment": "", "reviewed_task_state": task_state.pk, "next": "/admin/"}
    return client.post(workflow_action_url(page, "approve", task_state), data, headers=headers)


def test_dialog__happy_path__says_what_is_approved_from_the_revision_under_review(client, submitted, demo_password):
    # The page row says something else than the revision under review: the dialog must not show it.
    TripReportPage.objects.filter(pk=submitted.pk).update(title="Forkert titel fra rækken")
    ExpenseLine.objects.filter(page=submitted).update(amount=Decimal("1.00"))
    task_state = current_task_state(submitted)
    login(client, "finance-member", demo_password)

    html = open_dialog(client, submitted)

    assert TITLE in html
    assert "Forkert titel fra rækken" not in html
    assert "Økonomiudvalget" in html
    assert "3. februar 2025–6. februar 2025" in html
    assert "9.600,50\N{NO-BREAK SPACE}kr." in html
    preview = f'href="/admin/pages/workflow/preview/{submitted.pk}/{task_state.task_id}/" target="_blank"'
    assert preview in html
    assert "Når du godkender, offentliggøres rapporten straks på det offentlige websted" in html
    assert 'name="meeting_date"' in html


def test_dialog__happy_path__preview_link_shows_the_revision_under_review(client, submitted, demo_password):
    task_state = current_task_state(submitted)
    login(client, "finance-member", demo_password)

    response = client.get(f"/admin/pages/workflow/preview/{submitted.pk}/{task_state.task_id}/")

    assert response.status_code == HTTPStatus.OK
    assert TITLE in response.content.decode()


def test_dialog__happy_path__speaks_english_to_an_english_admin(client, submitted, demo_password):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user("finance-member"))
    profile.preferred_language = "en"
    profile.save()
    login(client, "finance-member", demo_password)

    html = open_dialog(client, submitted)

    assert "Finance Committee" in html
    assert "3 February 2025–6 February 2025" in html
    assert "DKK\N{NO-BREAK SPACE}9,600.50" in html
    assert "Approving publishes the report on the public site at once" in html


def test_confirmation__happy_path__dashboard_approval_links_to_the_public_page(client, submitted, demo_password):
    login(client, "finance-member", demo_password)

    response = approve(client, submitted, **XHR)

    body = json.loads(response.content)
    assert body["step"] == "success"
    dashboard = client.get(body["redirect"], follow=True)
    report = reload(submitted)
    assert report.live
    public_url = report.get_full_url()
    assert public_url.endswith("/da/rejserapporter/oekonomiudvalget-paa-budgetseminar-i-oslo/")
    assert dashboard.redirect_chain[-1][0] == "/admin/"
    page = dashboard.content.decode()
    assert f"er godkendt og offentliggjort på det offentlige websted: {public_url}" in page
    assert f'href="{public_url}"' in page


def test_confirmation__happy_path__without_javascript_too(client, submitted, demo_password):
    login(client, "finance-member", demo_password)

    response = approve(client, submitted)

    assert response.status_code == HTTPStatus.FOUND
    page = client.get(response["Location"], follow=True).content.decode()
    assert reload(submitted).get_full_url() in page


def test_confirmation__happy_path__approval_in_the_page_editor(client, submitted, demo_password):
    login(client, "finance-member", demo_password)
    data = edit_form_data(client, submitted)
    data["action-workflow-action"] = "1"
    data["workflow-action-name"] = "approve"
    data["workflow-action-extra-data"] = json.dumps({"meeting_date": "2025-03-12", "comment": ""})

    response = client.post(edit_url(submitted), data, follow=True)

    assert reload(submitted).live
    assert reload(submitted).get_full_url() in response.content.decode()


def test_confirmation__unhappy_path__no_message_for_someone_who_did_not_approve(client, submitted, demo_password):
    login(client, "finance-member", demo_password)
    approve(client, submitted)
    login(client, "children-member", demo_password)

    response = client.get(f"/admin/reports/approved/{submitted.pk}/", follow=True)

    assert response.redirect_chain[-1][0] == "/admin/"
    assert reload(submitted).get_full_url() not in response.content.decode()
    assert client.get("/admin/reports/approved/999999/").status_code == HTTPStatus.FOUND


def test_history__happy_path__meeting_date_shows_next_to_the_approval(client, submitted, demo_password):
    login(client, "finance-member", demo_password)
    approve(client, submitted)
    workflow_state = WorkflowState.objects.for_instance(submitted).get()
    login(client, "editor", demo_password)

    listing = client.get(f"/admin/pages/{submitted.pk}/workflow_history/")
    detail = client.get(f"/admin/pages/{submitted.pk}/workflow_history/detail/{workflow_state.pk}/")
    history = client.get(f"/admin/pages/{submitted.pk}/history/")

    assert listing.status_code == HTTPStatus.OK
    assert f"/workflow_history/detail/{workflow_state.pk}/" in listing.content.decode()
    assert "Godkendt på udvalgets møde den 12. marts 2025." in detail.content.decode()
    assert "Godkendt på udvalgets møde den 12. marts 2025." in history.content.decode()


def test_dashboard__happy_path__empty_queue_says_nothing_waits(client, seeded, demo_password):
    login(client, "council-member", demo_password)

    page = client.get("/admin/").content.decode()

    assert "Der er ikke noget, der venter på din gennemgang eller godkendelse lige nu." in page


def test_dashboard__unhappy_path__no_empty_sentence_while_something_waits_or_for_non_reviewers(
    client, submitted, demo_password
):
    login(client, "finance-member", demo_password)
    page = client.get("/admin/").content.decode()
    assert "Der er ikke noget, der venter" not in page
    assert TITLE in page

    login(client, "editor", demo_password)
    assert "Der er ikke noget, der venter" not in client.get("/admin/").content.decode()


def test_translation_review__happy_path__dialog_says_it_publishes_the_english_page(client, submitted, demo_password):
    login(client, "finance-member", demo_password)
    approve(client, submitted)
    danish = reload(submitted)
    english = translate(danish, "en", ENGLISH, publish=False, user=user("editor"))
    login(client, "editor", demo_password)
    assert client.post(f"/admin/translations/{english.pk}/review/").status_code == HTTPStatus.FOUND
    login(client, "moderator", demo_password)
    approve_url = workflow_action_url(english, "approve", current_task_state(english))
    assert f'data-workflow-action-url="{approve_url}" data-launch-modal' in client.get("/admin/").content.decode()

    html = open_dialog(client, english)

    assert "The Finance Committee at a budget seminar in Oslo" in html
    assert "Engelsk" in html
    assert "9.600,50\N{NO-BREAK SPACE}kr." in html
    assert "Når du godkender, offentliggøres siden på engelsk straks på det offentlige websted." in html
    assert 'name="meeting_date"' not in html
    assert f'href="{danish.get_url()}"' in html  # the live Danish page, to read beside the translation

    response = approve(client, english, meeting_date="", **XHR)

    english = reload(english)
    assert english.live
    page = client.get(json.loads(response.content)["redirect"], follow=True).content.decode()
    assert english.get_full_url() in page
    assert "/en/" in english.get_full_url()
