"""Signing in to the admin: failed logins limited, a second factor for administrators and approvers.

Everything goes through the admin's real login view and the real workflow views, by password, as a person
signs in (the tests are `password_only`: no second factor is added behind their back).
"""

from http import HTTPStatus

import pytest
from django.core.management import call_command
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import TaskState

from cms.logins.policy import must_use_two_factor
from tests.logins_helpers import LOGIN, code_for, sign_in
from tests.reports.helpers import MEETING, current_task_state, submit, take_action
from tests.reports.world import PASSWORD, create_draft_report

pytestmark = [pytest.mark.django_db, pytest.mark.password_only]


def enter_code(client, code, url="/admin/two-factor/"):
    return client.post(url, {"code": code, "next": "/admin/"})


def device_for(user):
    return TOTPDevice.objects.create(user=user, name="Telefon", confirmed=True)


# --- Failed logins --------------------------------------------------------------------------------------


def test_lockout__five_wrong_passwords_lock_the_account_even_for_the_right_one(client, world):
    for _ in range(4):
        assert sign_in(client, "editor", "wrong-password").status_code == HTTPStatus.OK
    assert sign_in(client, "editor", "wrong-password").status_code == HTTPStatus.TOO_MANY_REQUESTS

    response = sign_in(client, "editor")

    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    text = response.content.decode()
    assert "Login spærret" in text
    assert "Prøv igen om 30 minutter" in text
    assert "_auth_user_id" not in client.session


def test_lockout__the_account_is_locked_from_another_address_too(client, world):
    for _ in range(5):
        sign_in(client, "editor", "wrong-password", address="192.0.2.10")

    assert sign_in(client, "editor", address="198.51.100.7").status_code == HTTPStatus.TOO_MANY_REQUESTS


def test_lockout__one_address_trying_many_accounts_is_locked(client, world):
    for name in ["a", "b", "c", "d", "e"]:
        sign_in(client, name, "wrong-password", address="203.0.113.5")

    assert sign_in(client, "editor", address="203.0.113.5").status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert sign_in(client, "editor", address="192.0.2.99").status_code == HTTPStatus.FOUND


def test_lockout__four_wrong_passwords_do_not_lock(client, world):
    for _ in range(4):
        sign_in(client, "editor", "wrong-password")

    assert sign_in(client, "editor").status_code == HTTPStatus.FOUND


def test_lockout__the_administrators_unlock_lets_the_account_in_again(client, world):
    for _ in range(5):
        sign_in(client, "editor", "wrong-password")
    assert sign_in(client, "editor").status_code == HTTPStatus.TOO_MANY_REQUESTS

    call_command("axes_reset_username", "editor", verbosity=0)
    call_command("axes_reset_ip", "192.0.2.10", verbosity=0)

    response = sign_in(client, "editor")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == HTTPStatus.OK


def test_lockout__the_address_behind_the_proxies_is_counted(client, world, settings):
    """Behind the load balancer and Varnish every request comes from the proxy: its address must not count."""
    settings.LOGIN_TRUSTED_PROXIES = 2
    for _ in range(5):
        client.post(
            LOGIN,
            {"username": "nobody", "password": "x"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR="203.0.113.5, 10.0.0.1",
        )

    other = client.post(
        LOGIN,
        {"username": "editor", "password": PASSWORD, "next": "/admin/"},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="192.0.2.1, 10.0.0.1",
    )
    assert other.status_code == HTTPStatus.FOUND


# --- Who must use a second factor ------------------------------------------------------------------------


def test_two_factor__required_for_superusers_approvers_and_moderators_optional_for_editors(world, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.invalid", PASSWORD)
    assert must_use_two_factor(admin)
    assert must_use_two_factor(world.users["finance-member"])
    assert must_use_two_factor(world.users["children-member"])
    assert must_use_two_factor(world.users["moderator"])
    assert not must_use_two_factor(world.users["editor"])


# --- Signing in with the code -----------------------------------------------------------------------------


def test_two_factor__an_approver_enters_the_code_after_the_password(client, world):
    member = world.users["finance-member"]
    device_for(member)

    assert sign_in(client, "finance-member").status_code == HTTPStatus.FOUND
    response = client.get("/admin/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/admin/two-factor/")
    page = client.get("/admin/two-factor/")
    assert "Indtast din kode" in page.content.decode()

    response = enter_code(client, code_for(member))

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == HTTPStatus.OK


def test_two_factor__a_wrong_code_is_refused_with_a_danish_error(client, world):
    member = world.users["finance-member"]
    device_for(member)
    sign_in(client, "finance-member")
    right = code_for(member)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"

    response = enter_code(client, wrong)

    assert response.status_code == HTTPStatus.OK
    assert "Koden er forkert eller udløbet" in response.content.decode()
    assert client.get("/admin/").status_code == HTTPStatus.FOUND


def test_two_factor__an_approver_without_a_device_sets_one_up_before_anything_else(client, world):
    member = world.users["finance-member"]
    sign_in(client, "finance-member")

    response = client.get("/admin/pages/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/admin/two-factor/setup/")
    page = client.get("/admin/two-factor/setup/").content.decode()
    assert "<svg" in page
    assert "Opsæt to-trinsbekræftelse" in page
    device = TOTPDevice.objects.get(user=member, confirmed=False)

    response = enter_code(client, code_for_unconfirmed(device), url="/admin/two-factor/setup/")

    assert response.status_code == HTTPStatus.FOUND
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == HTTPStatus.OK


def code_for_unconfirmed(device):
    from cms.logins.management.commands.demo_code import current_code

    return current_code(device)


def test_two_factor__a_user_with_a_device_cannot_replace_it_with_the_password_alone(client, world):
    member = world.users["finance-member"]
    device_for(member)
    sign_in(client, "finance-member")

    response = client.get("/admin/two-factor/setup/")

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/admin/two-factor/")
    assert not response["Location"].startswith("/admin/two-factor/setup/")
    assert TOTPDevice.objects.filter(user=member).count() == 1


def test_two_factor__optional_for_an_editor_who_can_turn_it_on_from_the_account_page(client, world):
    sign_in(client, "editor")
    assert client.get("/admin/").status_code == HTTPStatus.OK

    account = client.get("/admin/account/").content.decode()
    assert "/admin/two-factor/setup/" in account
    assert "To-trinsbekræftelse" in account


# --- No approval without the second factor -----------------------------------------------------------------


def approve_by_password_only(client, world, report):
    client.logout()
    sign_in(client, "finance-member")
    return take_action(client, report, "approve", meeting_date=MEETING)


def test_approval__an_approver_without_a_second_factor_cannot_approve(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    task_state = current_task_state(report)

    response = approve_by_password_only(client, world, report)

    assert response.status_code == HTTPStatus.FOUND
    assert "/admin/two-factor/setup/" in response["Location"]
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    report.refresh_from_db()
    assert not report.live


def test_approval__an_approver_who_has_not_entered_the_code_cannot_approve(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    device_for(world.users["finance-member"])

    response = approve_by_password_only(client, world, report)

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/admin/two-factor/"
    assert current_task_state(report).status == TaskState.STATUS_IN_PROGRESS


def test_approval__after_the_code_the_approver_approves(client, world):
    report = create_draft_report(world)
    submit(client, world, report)
    member = world.users["finance-member"]
    device_for(member)
    client.logout()
    sign_in(client, "finance-member")
    enter_code(client, code_for(member))

    take_action(client, report, "approve", meeting_date=MEETING)

    report.refresh_from_db()
    assert report.live


# --- The demo ---------------------------------------------------------------------------------------------


def test_demo_code__prints_the_code_a_demo_approver_signs_in_with(client, seeded, demo_password, capsys):
    call_command("demo_code", "finance-member")
    code = capsys.readouterr().out.strip()

    sign_in(client, "finance-member", demo_password)
    response = enter_code(client, code)

    assert response.status_code == HTTPStatus.FOUND
    assert client.get("/admin/").status_code == HTTPStatus.OK
