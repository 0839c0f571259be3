"""Signing in in tests: through the real login view, a verified session, the code a device shows now."""

import time

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.logins.management.commands.demo_code import current_code
from cms.logins.policy import confirmed_device, must_use_two_factor
from tests.reports.world import PASSWORD

LOGIN = "/admin/login/"


def sign_in(client, username, password=PASSWORD, address="192.0.2.10"):
    """Sign in through the admin's login view, as a person does (failed sign-ins count towards a lockout)."""
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address)


def verify_second_factor(client, user):
    """Make `client`'s session one that entered a code, if `user` must use two-factor sign-in."""
    if not must_use_two_factor(user):
        return
    device = confirmed_device(user) or TOTPDevice.objects.create(user=user, name="Test", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def code_for(user):
    """The code `user`'s authenticator app shows now."""
    return current_code(confirmed_device(user))


def fresh_code_for(user):
    """A code the device will still accept: a code is good once, so wait for the next if this one was used."""
    device = confirmed_device(user)
    now = time.time()
    step = int(now - device.t0) // device.step
    if device.last_t >= step:
        time.sleep(device.t0 + (step + 1) * device.step - now + 0.5)
    return current_code(device)


def set_up_second_factor(visitor, base_url):
    """Turn on two-factor sign-in as a person does, for a servers.Visitor signed in with a password only:
    read the key the set-up page shows, type the code an app would make from it."""
    import re
    from base64 import b32decode

    from django_otp.oath import TOTP

    from tests import servers

    url = f"{base_url}/admin/two-factor/setup/"
    response = visitor.get(url)
    assert response.status_code == 200, (response.status_code, response.headers.get("Location"), response.text[:300])
    page = response.text
    secret = re.search(r'<code id="two-factor-secret">([A-Z2-7 ]+)</code>', page).group(1).replace(" ", "")
    code = f"{TOTP(b32decode(secret)).token():06d}"
    response = visitor.post_form(url, {**servers.form_fields(page), "code": code})
    assert response.status_code == 302, response.text[:500]
