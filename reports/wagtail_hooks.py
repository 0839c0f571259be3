"""Admin wiring: committees and budgets (administrators only), attachment downloads, translation review."""

from django.http import Http404
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from reports import views
from reports.models import AttachedDocument, Budget, Committee, ReportAttachment


class CommitteeViewSet(SnippetViewSet):
    """Committees: editors may choose one for a report (view permission), only administrators change them."""

    model = Committee
    icon = "group"
    menu_label = _("Committees")
    list_display = ["name_da", "name_en", "kind", "approvers", "yearly_budget"]
    search_fields = ["name_da", "name_en"]
    add_to_admin_menu = False


class BudgetViewSet(SnippetViewSet):
    model = Budget
    icon = "table"
    menu_label = _("Budgets")
    list_display = ["name", "owner", "yearly_amount"]
    search_fields = ["name"]


register_snippet(CommitteeViewSet)
register_snippet(BudgetViewSet)


@hooks.register("before_serve_document")
def refuse_unapproved_report_attachments(document, request):
    """A report's attachment is public only as part of a live report, and only the file that was approved.

    Documents are not versioned: if the file was replaced after the approval, its hash no longer
    matches the one the approval recorded, and the public gets 404 until the report is approved again.
    People who work in the admin may always download it (they review it).
    """
    if request.user.is_authenticated and request.user.has_perm("wagtailadmin.access_admin"):
        return None
    attachments = ReportAttachment.objects.filter(document=document)
    if not attachments.exists() and not AttachedDocument.objects.filter(document=document).exists():
        return None
    file_hash = document.get_file_hash()
    approved = attachments.filter(
        page__live=True, page__locale=Locale.get_default(), approved_file_hash=file_hash
    ).exists()
    if not approved:
        raise Http404


@hooks.register("insert_editor_js")
def accounts_total_js():
    """The running total under a report's accounts (reports.panels.AccountsTotalPanel)."""
    return format_html('<script src="{}"></script>', static("reports/js/accounts-total.js"))


@hooks.register("register_admin_urls", order=-100)
def register_admin_urls():
    return [
        # Same address as wagtail-localize's view; order=-100 puts it first, so this one answers.
        path(
            "localize/update/<int:translation_source_id>/",
            views.UpdateTranslationsView.as_view(),
            name="reports_update_translations",
        ),
        path(
            "reports/translations/<int:page_id>/review/",
            views.submit_translation_for_review,
            name="reports_submit_translation_for_review",
        ),
    ]


def translation_review_button(page, user, view_name=None, next_url=None):
    if views.is_translation(page) and page.permissions_for_user(user).can_submit_for_moderation():
        yield ListingButton(
            _("Submit translation for review"),
            reverse("reports_submit_translation_for_review", args=[page.pk]),
            priority=61,
            icon_name="resubmit",
        )


hooks.register("register_page_header_buttons", translation_review_button)
hooks.register("register_page_listing_more_buttons", translation_review_button)
