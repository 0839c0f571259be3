"""The administrators' unlock screen: the sign-ins refused now, and a button that lifts each lock."""

import logging

from axes.helpers import get_cool_off, get_failure_limit
from django.http import HttpResponseBadRequest, HttpResponseForbidden
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.logins.forms import UnlockForm
from cms.logins.lockouts import ACCOUNT, current_lockouts, unlock

log = logging.getLogger(__name__)


def administrators_only(view):
    """A plain 403 for everyone but superusers (Wagtail's admin would turn PermissionDenied into a redirect
    to the dashboard, which says nothing)."""

    def wrapped(request, *args, **kwargs):
        if not request.user.is_superuser:
            return HttpResponseForbidden(_("Only administrators may see and lift the locks on sign-ins."))
        return view(request, *args, **kwargs)

    return wrapped


@method_decorator(administrators_only, name="dispatch")
class LockoutsView(WagtailAdminTemplateMixin, TemplateView):
    """/admin/logins/lockouts/: every account and address that may not sign in now."""

    template_name = "logins/lockouts.html"
    page_title = gettext_lazy("Locked-out sign-ins")
    header_icon = "lock"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        cool_off = get_cool_off(self.request)
        return super().get_context_data(
            lockouts=current_lockouts(self.request),
            failure_limit=get_failure_limit(self.request, None),
            cooloff_minutes=max(1, round(cool_off.total_seconds() / 60)) if cool_off else 0,
            **kwargs,
        )


@require_POST
@administrators_only
def unlock_view(request):
    """Lift one lock (POST only, with the CSRF token), say so in Danish and go back to the list."""
    form = UnlockForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_("Choose an account or an address to unlock."))
    kind, value = form.cleaned_data["kind"], form.cleaned_data["value"]
    removed = unlock(kind, value)
    log.info("%s unlocked the %s %s (%d attempts removed).", request.user.get_username(), kind, value, removed)
    if kind == ACCOUNT:
        done = _("The account “%(name)s” is unlocked and can sign in again.") % {"name": value}
        nothing = _("The account “%(name)s” was not locked (any more).") % {"name": value}
    else:
        done = _("The address %(address)s is unlocked and can sign in again.") % {"address": value}
        nothing = _("The address %(address)s was not locked (any more).") % {"address": value}
    if removed:
        messages.success(request, done)
    else:
        messages.warning(request, nothing)
    return redirect("logins_lockouts")
