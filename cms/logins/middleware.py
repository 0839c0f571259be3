"""The admin asks for the second factor right after the password, and has it set up first where it is required."""

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from cms.logins.policy import confirmed_device, must_use_two_factor

# Reachable before the code is entered: signing in and out, and what the code's own pages load (the admin's
# translations, its icons), none of which holds content.
OPEN_BEFORE_THE_CODE = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}
SET_UP = "logins_setup"
VERIFY = "logins_verify"


class TwoFactorMiddleware:
    """In the admin, a signed-in user who has an authenticator enters its code before anything else; one who
    must have one (cms.logins.policy) and has none sets it up first. Nothing else in the admin answers them —
    not a page, not an approval — until then."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        name = request.resolver_match.url_name if request.resolver_match else None
        if name in OPEN_BEFORE_THE_CODE or user.is_verified() or signed_in_through_the_provider(request):
            return None
        if confirmed_device(user) is not None:
            return None if name == VERIFY else self.send_to(VERIFY, request)
        if must_use_two_factor(user):
            return None if name == SET_UP else self.send_to(SET_UP, request)
        return None

    @staticmethod
    def send_to(view_name, request):
        """Redirect there, coming back afterwards to where the user was going (a page: not a form post, nor
        something a page loads, which the browser would then show as the page)."""
        url = reverse(view_name)
        is_page = request.headers.get("Sec-Fetch-Dest", "document") == "document"
        if request.method == "GET" and is_page and request.resolver_match.url_name not in (SET_UP, VERIFY):
            url += "?" + urlencode({"next": request.get_full_path()})
        return redirect(url)


def signed_in_through_the_provider(request):
    """Single sign-on (OIDC_ENABLED): the identity provider asked for the second factor, not this site."""
    return settings.OIDC_ENABLED and request.session.get(BACKEND_SESSION_KEY) == settings.OIDC_BACKEND
