"""A report's attachments follow the report's view restrictions (on the report or an ancestor)."""

from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.reports.helpers import approve, login, reload, submit
from tests.reports.states import attach
from tests.reports.world import PASSWORD, create_draft_report, make_user

pytestmark = pytest.mark.django_db


def approved_report_with_attachment(client, world):
    report = create_draft_report(world)
    document = attach(report)
    submit(client, world, report)
    approve(client, world, report)
    client.logout()
    return reload(report), document


def restrict(client, page, **data):
    """Set the page's privacy in the admin's privacy dialog, as an administrator does.

    Only on an ancestor: nobody may set a report's own privacy in the admin (it would bypass the approval).
    """
    admin = get_user_model().objects.create_superuser("site-admin", "site-admin@example.invalid", PASSWORD)
    login(client, admin)
    response = client.post(reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), data)
    assert response.status_code == HTTPStatus.OK, response.status_code
    assert PageViewRestriction.objects.filter(page=page).exists()
    client.logout()


def test_attachment__login_restricted_report__anonymous_is_sent_to_login_like_the_page(client, world):
    report, document = approved_report_with_attachment(client, world)
    assert client.get(document.url).status_code == HTTPStatus.OK
    restrict(client, world.index_da, restriction_type="login")

    page = client.get(report.url)
    response = client.get(document.url)

    assert page.status_code == response.status_code == HTTPStatus.FOUND
    login_page = page["Location"].split("?")[0]
    assert login_page.endswith("/_util/login/")
    assert response["Location"] == f"{login_page}?next={document.url}"


def test_attachment__login_restricted_report__served_to_the_logged_in_reviewer_and_members(client, world):
    report, document = approved_report_with_attachment(client, world)
    restrict(client, world.index_da, restriction_type="login")

    login(client, world.users["finance-member"])
    assert client.get(document.url).status_code == HTTPStatus.OK
    client.logout()
    citizen = make_user("citizen")
    login(client, citizen)
    assert client.get(document.url).status_code == HTTPStatus.OK


def test_attachment__password_on_the_index__anonymous_gets_the_password_form_then_the_file(client, world):
    report, document = approved_report_with_attachment(client, world)
    restrict(client, world.index_da, restriction_type="password", password="hemmeligt-kodeord")

    response = client.get(document.url)

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/html")
    restriction = PageViewRestriction.objects.get(page=world.index_da)
    action = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, report.pk])
    assert action in response.content.decode()
    passed = client.post(action, {"password": "hemmeligt-kodeord", "return_url": document.url})
    assert passed["Location"] == document.url
    served = client.get(document.url)
    assert served.status_code == HTTPStatus.OK
    assert b"".join(served.streaming_content).startswith(b"%PDF")


def test_attachment__group_restriction_on_the_report_itself__other_users_are_sent_to_login(client, world):
    report, document = approved_report_with_attachment(client, world)
    # The admin offers no privacy setting on a report; a restriction can still be there (setup only).
    restriction = PageViewRestriction.objects.create(page=report, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([world.finance.approvers])
    login(client, make_user("citizen"))

    response = client.get(document.url)

    assert response.status_code == HTTPStatus.FOUND
    assert "/_util/login/?next=" in response["Location"]
    login(client, make_user("finance-citizen", world.finance.approvers.name))
    assert client.get(document.url).status_code == HTTPStatus.OK
