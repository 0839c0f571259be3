"""The dashboard says so when nothing waits for a reviewer (Wagtail hides its review panel when empty)."""

from django.conf import settings
from wagtail.admin.ui.components import Component
from wagtail.models import AbstractGroupApprovalTask, Task, TaskState


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
