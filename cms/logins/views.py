"""Signing in with a second factor: entering the code, and setting up the authenticator app."""

from base64 import b32encode

import segno
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin import messages

from cms.logins.forms import CodeForm
from cms.logins.policy import confirmed_device, must_use_two_factor


def next_url(request):
    """Where to go after the code: the admin page the user was going to, or the dashboard."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure())
    return url if url and safe else reverse("wagtailadmin_home")


@never_cache
@login_required
def verify(request):
    """The second step of signing in: the code from the user's authenticator app."""
    device = confirmed_device(request.user)
    if device is None:
        return redirect("logins_setup")
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(next_url(request))
    return render(request, "logins/verify.html", {"form": form, "next": next_url(request)})


@never_cache
@login_required
def set_up(request):
    """Set up an authenticator app: scan the QR code (or type the key), confirm with a code it shows.

    The key is kept on an unconfirmed device until a code proves the app has it; only then does the device
    count, and the session is verified with it.
    """
    user = request.user
    if confirmed_device(user) is not None:
        return render(request, "logins/set_up_done.html", {"required": must_use_two_factor(user)})
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
        user=user, name=_("Authenticator app"), confirmed=False
    )
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        messages.success(request, _("Two-factor sign-in is on. From now on you enter a code after your password."))
        return redirect(next_url(request))
    qr = segno.make(device.config_url, error="m")
    context = {
        "form": form,
        "next": next_url(request),
        "required": must_use_two_factor(user),
        # segno writes the SVG itself from the key; nothing in it comes from the user.
        "qr_svg": mark_safe(qr.svg_inline(scale=5, title=_("QR code for your authenticator app"))),  # noqa: S308
        "secret": " ".join(b32encode(device.bin_key).decode()[i : i + 4] for i in range(0, 32, 4)),
    }
    return render(request, "logins/set_up.html", context)


def locked_out(request, original_response=None, credentials=None):
    """What a blocked sign-in gets (django-axes' AXES_LOCKOUT_CALLABLE): the reason and when to try again."""
    from axes.helpers import get_cool_off, get_failure_limit

    cool_off = get_cool_off(request)
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "cooloff_minutes": max(1, round(cool_off.total_seconds() / 60)) if cool_off else 0,
    }
    return render(request, "logins/locked_out.html", context, status=429)
