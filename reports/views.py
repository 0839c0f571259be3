"""Admin views that close wagtail-localize's ways around the approval of trip reports."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail_localize.views import update_translations

from reports.models import TripReportPage


def is_translation(page):
    """A page in a language other than the default: a translation, which passes a review before publishing."""
    return page.depth > 1 and page.locale_id != Locale.get_default().pk


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", without "Publish immediately" for trip reports.

    The stock view checks only the global submit_translation permission and publishes the targets
    without any workflow; a report's translation must pass the editorial review instead.
    """

    def _source_is_report(self):
        return issubclass(self.object.specific_content_type.model_class() or object, TripReportPage)

    def get_form(self):
        form = super().get_form()
        if self._source_is_report():
            form.fields.pop("publish_translations", None)
        return form

    def form_valid(self, form):
        if self._source_is_report():
            form.cleaned_data["publish_translations"] = False
        return super().form_valid(form)


def submit_translation_for_review(request, page_id):
    """Start the review workflow on a translation (wagtail-localize's translation editor has no such button)."""
    page = get_object_or_404(Page, pk=page_id).specific
    permissions = page.permissions_for_user(request.user)
    if not is_translation(page) or not permissions.can_edit():
        raise PermissionDenied
    if request.method == "POST":
        if not permissions.can_submit_for_moderation():
            raise PermissionDenied
        page.get_workflow().start(page, request.user)
        messages.success(
            request, _("The translation '%(title)s' has been submitted for review.") % {"title": page.title}
        )
        return redirect("wagtailadmin_explore", page.get_parent().id)
    return TemplateResponse(
        request,
        "reports/admin/submit_translation_for_review.html",
        {"page": page, "can_submit": permissions.can_submit_for_moderation()},
    )
