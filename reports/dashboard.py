"""Dashboard panels: "nothing waits for you" for reviewers (Wagtail hides its review panel when empty), and the
trip reports not published in time for their editors."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import AbstractGroupApprovalTask, Locale, Page, Task, TaskState, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from reports import conf


def reviewer_group_ids():
    """The groups whose members approve or review something in an active workflow task."""
    ids = set()
    for task in Task.objects.filter(active=True).specific():
        if isinstance(task, AbstractGroupApprovalTask):
            ids.update(task.groups.values_list("pk", flat=True))
        elif hasattr(task, "reviewer_group_ids"):
            ids.update(task.reviewer_group_ids())
    return ids


def is_reviewer(user):
    if not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(pk__in=reviewer_group_ids()).exists()


class NothingToReviewPanel(Component):
    """Stands in for Wagtail's "Awaiting your review" panel when a reviewer's queue is empty."""

    name = "nothing_to_review"
    template_name = "reports/admin/nothing_to_review.html"
    order = 220  # where Wagtail's own review panel sits

    def render_html(self, parent_context=None):
        user = parent_context["request"].user
        if not getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True) or not is_reviewer(user):
            return ""
        # The same query Wagtail's panel lists; when it has rows, that panel shows them instead.
        if TaskState.objects.reviewable_by(user).exists():
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context=None):
        return {"request": parent_context["request"]}


@dataclass
class OverdueReport:
    page: object
    days_since_trip: int
    state: str


def report_state(workflow_status):
    """The report's state as the editor knows it, from its active workflow state (if any)."""
    if workflow_status == WorkflowState.STATUS_IN_PROGRESS:
        return _("Awaiting approval")
    if workflow_status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("Sent back")
    return _("Draft")


def overdue_reports(user, today=None):
    """Danish reports `user` may edit whose trip ended more than the deadline ago and that were never published
    (drafts, waiting for approval, sent back), oldest trip first. One query, however many there are."""
    from reports.models import TripReportPage

    today = today or timezone.localdate()
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    # Wagtail keeps at most one active (in progress or sent back) workflow state per page.
    active_workflow = WorkflowState.objects.active().filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )
    reports = (
        TripReportPage.objects.filter(
            locale_id=Locale.get_default().pk,
            alias_of=None,
            # Never published: a withdrawn report was public once and is not "forgotten".
            first_published_at=None,
            end_date__lt=today - datetime.timedelta(days=conf.publication_deadline_days()),
            pk__in=editable.values("pk"),
        )
        .select_related("committee")
        .annotate(workflow_status=Subquery(active_workflow.values("status")[:1]))
        .order_by("end_date", "pk")
    )
    return [OverdueReport(page, (today - page.end_date).days, report_state(page.workflow_status)) for page in reports]


def can_edit_reports(user):
    """Whether `user` may edit or add trip reports under a report index in the default language."""
    from reports.models import TripReportIndexPage

    if not user.is_active:
        return False
    pages = PagePermissionPolicy().instances_user_has_any_permission_for(user, {"add", "change"})
    return TripReportIndexPage.objects.filter(pk__in=pages.values("pk"), locale_id=Locale.get_default().pk).exists()


class OverdueReportsPanel(Component):
    """Reports whose trip ended more than the deadline ago and that are still not public, for their editors.

    Shown to whoever may edit trip reports, also when nothing is overdue (it says so: the check was made)."""

    name = "overdue_trip_reports"
    template_name = "reports/admin/overdue_reports.html"
    order = 215  # after the user's own pages in moderation, before the reviewer's queue

    def render_html(self, parent_context=None):
        if not can_edit_reports(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context=None):
        request = parent_context["request"]
        return {
            "request": request,
            "reports": overdue_reports(request.user),
            "deadline_days": conf.publication_deadline_days(),
        }
