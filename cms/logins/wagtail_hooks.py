"""Admin wiring: the second factor's pages, the link to its set-up on the account page, the unlock screen."""

from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.logins import lockout_views, views
from cms.logins.policy import confirmed_device


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("two-factor/", views.verify, name="logins_verify"),
        path("two-factor/setup/", views.set_up, name="logins_setup"),
        path("logins/lockouts/", lockout_views.LockoutsView.as_view(), name="logins_lockouts"),
        path("logins/lockouts/unlock/", lockout_views.unlock_view, name="logins_unlock"),
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


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def lockouts_menu_item():
    """Settings → Locked-out sign-ins, for administrators: where they lift a lock without a shell."""
    return AdministratorsMenuItem(
        gettext_lazy("Locked-out sign-ins"), reverse("logins_lockouts"), icon_name="lock", order=900
    )
