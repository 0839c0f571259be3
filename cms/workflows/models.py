"""The site's editorial review task: group approval in which nobody approves their own work."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

from reports.authorship import authors_of_review, without_own_work
from reports.models.workflows import LoadableFromFixtureMixin

__all__ = ["EditorialReviewTask"]


class EditorialReviewTask(LoadableFromFixtureMixin, AbstractGroupApprovalTask):
    """Group approval in which nobody approves their own submission (the stock task allows it)."""

    parent_pointer = "task_ptr"

    def _wrote_or_submitted(self, obj, user):
        workflow_state = obj.current_workflow_state
        task_state = workflow_state.current_task_state if workflow_state else None
        return task_state is not None and user.pk in authors_of_review(task_state)

    def get_actions(self, obj, user):
        if self._wrote_or_submitted(obj, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        # The views check the page in the URL; check the task state itself too.
        if user.pk in authors_of_review(task_state) or not (user.is_superuser or self._user_in_groups(user)):
            raise PermissionDenied
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return without_own_work(super().get_task_states_user_can_moderate(user, **kwargs), user)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups review the page; nobody approves their own submission.")

    class Meta:
        # The table it had when the task lived in the reports app (moved without copying rows).
        db_table = "reports_editorialreviewtask"
        verbose_name = _("editorial review task")
        verbose_name_plural = _("editorial review tasks")
