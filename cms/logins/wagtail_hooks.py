"""Admin wiring: the second factor's pages, and the link to its set-up on the account page."""

from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from cms.logins import views
from cms.logins.policy import confirmed_device


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("two-factor/", views.verify, name="logins_verify"),
        path("two-factor/setup/", views.set_up, name="logins_setup"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_on_the_account_page(request):
    """Under "More actions" on the account page: set up two-factor sign-in, or see that it is on."""
    on = confirmed_device(request.user) is not None
    return {
        "url": reverse("logins_setup"),
        "label": _("Two-factor sign-in"),
        "help_text": _("On: you enter a code from your authenticator app after your password.")
        if on
        else _("Off: set up an authenticator app, so that a password alone cannot sign in as you."),
    }
