"""The administrators' unlock screen (Settings → Spærrede logins): the locked-out sign-ins, and lifting one.

The lockouts are made through the admin's real login view, as a person's typos make them; the list and the
unlock go through the admin's real URLs.
"""

from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from types import SimpleNamespace

import pytest
from django.test import Client

from cms.logins.lockouts import lockout_of
from tests.admin_text import english_left_in
from tests.logins_helpers import sign_in

pytestmark = pytest.mark.django_db

LOCKOUTS = "/admin/logins/lockouts/"
UNLOCK = "/admin/logins/lockouts/unlock/"


def lock_out(client, username="editor", address="192.0.2.10"):
    """Five wrong passwords: the fifth is already answered with the lockout page."""
    responses = [sign_in(client, username, "wrong-password", address=address) for _ in range(5)]
    assert responses[-1].status_code == HTTPStatus.TOO_MANY_REQUESTS


@pytest.fixture
def administrator(django_user_model):
    """A superuser's admin session (with its second factor entered, tests/conftest.py)."""
    client = Client()
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.invalid", "x"))
    return client


def signed_in_as(user):
    client = Client()
    client.force_login(user)
    return client


# --- The list ----------------------------------------------------------------------------------------------


def test_list__shows_the_account_locked_out_by_five_failed_sign_ins(client, world, administrator):
    lock_out(client)

    response = administrator.get(LOCKOUTS)

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "Spærrede logins" in html
    assert "<caption" in html
    row = next(lockout for lockout in response.context["lockouts"] if lockout.kind == "account")
    assert (row.value, row.address, row.failures) == ("editor", "192.0.2.10", 5)
    assert row.ends_at - row.last_attempt == timedelta(minutes=30)
    assert 'name="value" value="editor"' in html
    assert "Lås op" in html
    assert english_left_in(html) == []
    assert not [text for text in ("Locked-out sign-ins", "Unlock", "Failed sign-ins", "Locked until") if text in html]


def test_list__shows_an_address_that_tried_many_accounts(client, world, administrator):
    for name in ["a", "b", "c", "d", "e"]:
        sign_in(client, name, "wrong-password", address="203.0.113.5")

    lockouts = administrator.get(LOCKOUTS).context["lockouts"]

    assert [(lockout.kind, lockout.value, lockout.failures) for lockout in lockouts] == [("address", "203.0.113.5", 5)]
    assert lockouts[0].username == "a, b, c, d, e"


def test_list__four_failed_sign_ins_are_not_a_lockout(client, world, administrator):
    for _ in range(4):
        sign_in(client, "editor", "wrong-password")

    response = administrator.get(LOCKOUTS)

    assert response.context["lockouts"] == []
    assert "Ingen konti eller adresser er spærret" in response.content.decode()


def test_list__is_linked_from_the_settings_menu_for_administrators_only(world, administrator):
    assert LOCKOUTS in administrator.get("/admin/").content.decode()
    assert LOCKOUTS not in signed_in_as(world.users["moderator"]).get("/admin/").content.decode()


@pytest.mark.parametrize("username", ["editor", "moderator"])
def test_list__is_forbidden_to_everyone_but_administrators(client, world, username):
    lock_out(client, "other-editor")

    response = signed_in_as(world.users[username]).get(LOCKOUTS)

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "other-editor" not in response.content.decode()


# --- Unlocking ---------------------------------------------------------------------------------------------


def test_unlock__the_administrator_unlocks_the_account_and_the_right_password_signs_in(client, world, administrator):
    lock_out(client)

    response = administrator.post(UNLOCK, {"kind": "account", "value": "editor"}, follow=True)

    assert response.redirect_chain == [(LOCKOUTS, HTTPStatus.FOUND)]
    assert "Kontoen »editor« er låst op" in response.content.decode()
    assert response.context["lockouts"] == []
    signed_in = sign_in(client, "editor")
    assert signed_in.status_code == HTTPStatus.FOUND
    assert signed_in["Location"] == "/admin/"
    assert client.get("/admin/").status_code == HTTPStatus.OK


def test_unlock__the_administrator_unlocks_an_address(client, world, administrator):
    for name in ["a", "b", "c", "d", "e"]:
        sign_in(client, name, "wrong-password", address="203.0.113.5")

    response = administrator.post(UNLOCK, {"kind": "address", "value": "203.0.113.5"}, follow=True)

    assert "Adressen 203.0.113.5 er låst op" in response.content.decode()
    assert sign_in(client, "editor", address="203.0.113.5").status_code == HTTPStatus.FOUND


def test_unlock__unlocks_only_the_lock_chosen(client, world, administrator):
    lock_out(client, "editor", address="192.0.2.10")
    lock_out(client, "other-editor", address="198.51.100.7")

    administrator.post(UNLOCK, {"kind": "account", "value": "editor"})

    assert sign_in(client, "editor").status_code == HTTPStatus.FOUND
    assert sign_in(client, "other-editor", address="198.51.100.7").status_code == HTTPStatus.TOO_MANY_REQUESTS


@pytest.mark.parametrize("username", ["editor", "moderator"])
def test_unlock__is_forbidden_to_everyone_but_administrators(client, world, username):
    """(Another account is locked: signing in as the locked one would itself reset its count, as axes does.)"""
    lock_out(client, "other-editor")

    response = signed_in_as(world.users[username]).post(UNLOCK, {"kind": "account", "value": "other-editor"})

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert sign_in(client, "other-editor").status_code == HTTPStatus.TOO_MANY_REQUESTS


def test_unlock__a_get_is_not_allowed(client, world, administrator):
    lock_out(client)

    response = administrator.get(UNLOCK, {"kind": "account", "value": "editor"})

    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert sign_in(client, "editor").status_code == HTTPStatus.TOO_MANY_REQUESTS


def test_unlock__without_the_csrf_token_is_refused(client, world, django_user_model):
    lock_out(client)
    forged = Client(enforce_csrf_checks=True)
    forged.force_login(django_user_model.objects.create_superuser("root", "root@example.invalid", "x"))

    response = forged.post(UNLOCK, {"kind": "account", "value": "editor"})

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "CSRF" in response.content.decode()
    assert sign_in(client, "editor").status_code == HTTPStatus.TOO_MANY_REQUESTS


@pytest.mark.parametrize(
    "data",
    [{}, {"kind": "account", "value": ""}, {"kind": "address", "value": "not-an-address"}, {"kind": "everything"}],
)
def test_unlock__a_request_that_names_no_lock_is_refused_and_unlocks_nothing(client, world, administrator, data):
    """axes' reset with neither an account nor an address would lift every lock."""
    lock_out(client)

    response = administrator.post(UNLOCK, data)

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert sign_in(client, "editor").status_code == HTTPStatus.TOO_MANY_REQUESTS


def test_unlock__a_lock_already_lifted_is_said_so(world, administrator):
    response = administrator.post(UNLOCK, {"kind": "account", "value": "editor"}, follow=True)

    assert "Kontoen »editor« var ikke spærret" in response.content.decode()


# --- When a lock ends ----------------------------------------------------------------------------------------


def test_lockout_of__ends_when_the_failures_inside_the_cool_off_fall_under_the_limit():
    """3 failures from one address, then 2 from another: the lock ends 30 minutes after the first three."""
    start = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    newest_first = [
        SimpleNamespace(
            username="editor",
            ip_address="198.51.100.7",
            failures_since_start=2,
            attempt_time=start + timedelta(minutes=10),
        ),
        SimpleNamespace(username="editor", ip_address="192.0.2.10", failures_since_start=3, attempt_time=start),
    ]

    lockout = lockout_of("account", "editor", newest_first, limit=5, cool_off=timedelta(minutes=30))

    assert lockout.ends_at == start + timedelta(minutes=30)
    assert lockout.last_attempt == start + timedelta(minutes=10)
    assert (lockout.failures, lockout.address) == (5, "192.0.2.10, 198.51.100.7")
    assert lockout_of("account", "editor", newest_first[:1], limit=5, cool_off=timedelta(minutes=30)) is None
