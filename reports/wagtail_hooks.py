"""Admin wiring: committees and budgets (administrators only), attachment downloads."""

from django.http import Http404
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from reports import review
from reports.approvals_export import approvals_csv
from reports.city_trips import city_trips_sections
from reports.dashboard import NothingToReviewPanel, OverdueReportsPanel
from reports.models import AttachedDocument, Budget, Committee, ElectionPeriod, ReportAttachment
from reports.restrictions import view_restriction_response


class CommitteeViewSet(SnippetViewSet):
    """Committees: editors may choose one for a report (view permission), only administrators change them."""

    model = Committee
    icon = "group"
    menu_label = _("Committees")
    list_display = ["name_da", "name_en", "kind", "approvers"]
    search_fields = ["name_da", "name_en"]
    add_to_admin_menu = False


class BudgetViewSet(SnippetViewSet):
    model = Budget
    icon = "table"
    menu_label = _("Budgets")
    list_display = ["name", "name_en", "owner", "yearly_amount", "carries_over"]
    search_fields = ["name", "name_en"]


class ElectionPeriodViewSet(SnippetViewSet):
    """Election periods: carry-over between years stops at a period's end."""

    model = ElectionPeriod
    icon = "date"
    menu_label = _("Election periods")
    list_display = ["__str__", "first_year", "last_year"]
    add_to_admin_menu = False


register_snippet(CommitteeViewSet)
register_snippet(BudgetViewSet)
register_snippet(ElectionPeriodViewSet)


@hooks.register("before_serve_document")
def refuse_unapproved_report_attachments(document, request):
    """A report's attachment is public only as part of a live report, only the file that was approved, and
    only to whoever may view that report (its view restrictions and its ancestors').

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
    approved = attachments.filter(page__live=True, page__locale=Locale.get_default(), approved_file_hash=file_hash)
    reports = [attachment.page for attachment in approved.select_related("page")]
    if not reports:
        raise Http404
    return view_restriction_response(reports, request)


@hooks.register("insert_editor_js")
def accounts_total_js():
    """The running total under a report's accounts (reports.panels.AccountsTotalPanel)."""
    return format_html('<script src="{}"></script>', static("reports/js/accounts-total.js"))


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("reports/approved/<int:page_id>/", review.approval_confirmation, name="reports_approval_confirmation"),
        path("reports/approvals.csv", approvals_csv, name="reports_approvals_csv"),
    ]


@hooks.register("after_edit_page")
def confirm_approval_from_the_editor(request, page):
    """Approving in the page editor: confirm where the page went live (the dashboard's view does it too)."""
    if request.POST.get("action-workflow-action") and request.POST.get("workflow-action-name") == "approve":
        review.confirm_publication(request, page)


@hooks.register("construct_homepage_panels")
def say_when_nothing_waits(request, panels):
    panels.append(NothingToReviewPanel())


@hooks.register("construct_homepage_panels")
def list_reports_not_published_in_time(request, panels):
    panels.append(OverdueReportsPanel())


# "Trips to this city" on each partner city page (partners' extension point, partners.sections).
hooks.register("partners_city_page_sections", city_trips_sections)


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_reports_menu_item")
def approvals_export_menu_item():
    """The record of who approved what, as CSV (reports.approvals_export), in the admin's Reports menu."""
    return AdministratorsMenuItem(
        _("Approvals (CSV)"), reverse("reports_approvals_csv"), icon_name="download", order=900
    )
