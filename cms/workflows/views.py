"""Admin views of the site's review policy for translations."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page
from wagtail_localize.views import update_translations

from cms.workflows.translations import (
    UntranslatedTexts,
    can_be_submitted,
    missing_segments,
    submit_for_review,
    translation_of,
)


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", offering "Publish immediately" only where it would publish.

    The stock view checks only the global submit_translation permission and publishes the targets
    without any workflow. The publication guard admits a direct publication only from a superuser
    (never of a trip report, whose tester refuses everyone); for everyone else the updated translations
    wait for their review.
    """

    def _may_publish(self):
        source_page = self.object.get_source_instance()
        return (
            isinstance(source_page, Page)
            and source_page.live
            and self.request.user.is_superuser
            and source_page.specific.permissions_for_user(self.request.user).can_publish()
        )

    def get_form(self):
        form = super().get_form()
        if not self._may_publish():
            form.fields.pop("publish_translations", None)
        return form

    def form_valid(self, form):
        if not self._may_publish():
            form.cleaned_data["publish_translations"] = False
        return super().form_valid(form)


def untranslated_error(count):
    return ngettext(
        "%(count)d text is not translated yet. Translate it before submitting.",
        "%(count)d texts are not translated yet. Translate them before submitting.",
        count,
    ) % {"count": count}


def submit_translation_for_review(request, page_id):
    """Save the translation editor's texts as a new revision and start its review (the editor has no such button)."""
    page = get_object_or_404(Page, pk=page_id).specific
    permissions = page.permissions_for_user(request.user)
    if not can_be_submitted(page) or not permissions.can_edit():
        raise PermissionDenied
    can_submit = permissions.can_submit_for_moderation() and page.get_workflow() is not None
    missing = missing_segments(translation_of(page))
    errors = [untranslated_error(missing)] if missing else []
    if request.method == "POST":
        if not can_submit:
            raise PermissionDenied
        try:
            page = submit_for_review(page, request.user)
        except UntranslatedTexts as untranslated:
            errors = [untranslated_error(untranslated.count)]
        except ValidationError as invalid:
            errors = invalid.messages
        else:
            messages.success(
                request, _("The translation '%(title)s' has been submitted for review.") % {"title": page.title}
            )
            return redirect("wagtailadmin_explore", page.get_parent().id)
    return TemplateResponse(
        request,
        "workflows/submit_translation_for_review.html",
        {"page": page, "can_submit": can_submit, "errors": errors},
        status=400 if request.method == "POST" else 200,
    )
