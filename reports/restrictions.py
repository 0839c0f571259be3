"""Page view restrictions (login, groups, password) applied to what a page offers besides itself, e.g. files."""

from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import PageViewRestriction
from wagtail.wagtail_hooks import require_wagtail_login


def view_restriction_response(pages, request):
    """None when the request may view one of `pages`; otherwise what the first page answers a refused visitor.

    That is Wagtail's own answer for the page (its password form, or the login page), with the
    current address as the place to come back to, so a visitor who passes it gets the file.
    """
    refused = None
    for page in pages:
        failed = [r for r in page.get_view_restrictions() if not r.accept_request(request)]
        if not failed:
            return None
        refused = refused or (page, failed[0])
    if refused is None:
        return None
    page, restriction = refused
    if restriction.restriction_type == PageViewRestriction.PASSWORD:
        form = PasswordViewRestrictionForm(instance=restriction, initial={"return_url": request.get_full_path()})
        action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
        response = page.serve_password_required_response(request, form, action_url)
    else:
        response = require_wagtail_login(next=request.get_full_path())
    add_never_cache_headers(response)
    return response
