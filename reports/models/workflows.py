"""The committee approval task: a committee approves its own trip reports (translations: the editorial reviewers)."""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import BadRequest, PermissionDenied
from django.db import models, transaction
from django.db.models import Q
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Task, TaskState

from reports.authorship import authors_of_review, without_own_work


class LoadableFromFixtureMixin:
    """Lets Django's deserializer (fixtures, serialized test rollback) build this multi-table child.

    The deserializer passes only the parent pointer, so Task.__init__ / TaskState.__init__ see no `id`
    and look up this model's content type, creating it when the table is still empty; the real
    content type arrives later with the parent row and then clashes. Give `id` the pointer's value.
    """

    parent_pointer = None

    def __init__(self, *args, **kwargs):
        pointer = kwargs.get(f"{self.parent_pointer}_id")
        if pointer is not None and "id" not in kwargs:
            kwargs["id"] = pointer
        super().__init__(*args, **kwargs)


class CommitteeApprovalTask(LoadableFromFixtureMixin, Task):
    """A trip report is approved by the members of the committee that travelled, as recorded in the revision
    under review; translations and other pages under the report index are reviewed by `reviewers`."""

    parent_pointer = "task_ptr"

    reviewers = models.ForeignKey(
        Group,
        verbose_name=_("editorial reviewers"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Review translations of reports and the report index pages (e.g. Moderators)."),
    )

    admin_form_fields = Task.admin_form_fields + ["reviewers"]

    @classmethod
    def get_task_state_class(cls):
        return CommitteeApprovalTaskState

    # Who may act: always worked out from the task state, i.e. the revision under review, not the live row.

    def _current_task_state(self, obj):
        return (
            CommitteeApprovalTaskState.objects.filter(
                task=self,
                status=TaskState.STATUS_IN_PROGRESS,
                workflow_state__base_content_type=obj.get_base_content_type(),
                workflow_state__object_id=str(obj.pk),
            )
            .select_related("revision", "workflow_state")
            .first()
        )

    def approver_group_id(self, task_state):
        """The committee's group for a report in the default language; the reviewers for anything else."""
        if task_state.needs_meeting_date:
            committee = task_state.reviewed_object.committee
            return committee.approvers_id if committee else None
        return self.reviewers_id

    def reviewer_group_ids(self):
        """Every group that may act on this task: each committee's approvers and the editorial reviewers."""
        from reports.models import Committee

        ids = set(Committee.objects.exclude(approvers=None).values_list("approvers", flat=True))
        return ids | ({self.reviewers_id} - {None})

    def user_can_act(self, task_state, user):
        """Whether `user` may approve or reject this task state."""
        if task_state is None or not user.is_active or user.pk in authors_of_review(task_state):
            return False
        cache = user.__dict__.setdefault("_committee_approval_checks", {})
        if task_state.pk not in cache:
            group_id = self.approver_group_id(task_state)
            cache[task_state.pk] = bool(group_id) and user.groups.filter(pk=group_id).exists()
        return cache[task_state.pk]

    def user_can_access_editor(self, obj, user):
        return self.user_can_act(self._current_task_state(obj), user)

    def locked_for_user(self, obj, user):
        return not self.user_can_act(self._current_task_state(obj), user)

    def get_actions(self, obj, user):
        task_state = self._current_task_state(obj)
        if not self.user_can_act(task_state, user):
            return []
        # Both open the dialog: it says what is approved and that approving publishes it.
        label = _("Approve (committee meeting date)") if task_state.needs_meeting_date else _("Approve")
        return [("reject", _("Request changes"), True), ("approve", label, True)]

    def get_form_for_action(self, action):
        from reports.forms import ApprovalForm, RejectionForm

        return ApprovalForm if action == "approve" else RejectionForm

    def get_template_for_action(self, action):
        return "reports/workflow/action_modal.html"

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        from reports.forms import ApprovalForm, RejectionForm, approval_problem
        from reports.review import approval_confirmation_url

        task_state = CommitteeApprovalTaskState.objects.select_for_update().get(pk=task_state.pk)
        # Checked again here, against this task state: the views check the page in the URL, which a
        # crafted request can pair with another page's task state.
        if task_state.status != TaskState.STATUS_IN_PROGRESS or not self.user_can_act(task_state, user):
            raise PermissionDenied
        if action_name == "reject":
            form = RejectionForm(data={"comment": kwargs.get("comment", "")})
            if not form.is_valid():
                raise BadRequest("A rejection needs a comment.")
            task_state.reject(user=user, comment=form.cleaned_data["comment"])
        elif action_name == "approve":
            data = {
                "meeting_date": str(kwargs.get("meeting_date") or ""),
                # The page editor posts its modal's data as JSON: whatever came, it is validated as text.
                "minutes_url": str(kwargs.get("minutes_url") or ""),
                "comment": kwargs.get("comment", ""),
                "reviewed_task_state": task_state.pk,
            }
            if problem := approval_problem(task_state):
                raise PermissionDenied(problem)
            form = ApprovalForm(data=data)
            if not form.is_valid():
                raise BadRequest("The meeting date or the minutes link is missing or not valid.")
            # Only the committee's approval is made at a meeting; a translation's review has no minutes.
            committee_approval = task_state.needs_meeting_date
            task_state.meeting_date = form.cleaned_data["meeting_date"] if committee_approval else None
            task_state.minutes_url = form.cleaned_data["minutes_url"] if committee_approval else ""
            task_state.save(update_fields=["meeting_date", "minutes_url"])
            task_state.approve(user=user, comment=form.cleaned_data["comment"])
            # The dashboard's action view goes here next: it confirms where the page went live.
            return approval_confirmation_url(task_state.workflow_state.object_id)
        else:
            raise PermissionDenied

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from reports.models import Committee, TripReportPage

        if not user.is_active:
            return TaskState.objects.none()
        report_type = ContentType.objects.get_for_model(TripReportPage)
        committee_report = Q(revision__content_type=report_type, revision__content__locale=Locale.get_default().pk)
        committees = list(Committee.objects.filter(approvers__user=user).values_list("pk", flat=True))
        allowed = committee_report & Q(revision__content__committee__in=committees) if committees else Q(pk__in=[])
        if self.reviewers_id and user.groups.filter(pk=self.reviewers_id).exists():
            allowed |= ~committee_report
        return without_own_work(self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).filter(allowed), user)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the committee that travelled approve its trip report, with the meeting date; "
            "nobody approves their own submission."
        )

    class Meta:
        verbose_name = _("committee approval task")
        verbose_name_plural = _("committee approval tasks")


class CommitteeApprovalTaskState(LoadableFromFixtureMixin, TaskState):
    """A committee approval in progress or done, with the date of the meeting that approved it and, when the
    approver gave it, the link to that meeting's agenda item or minutes."""

    parent_pointer = "taskstate_ptr"

    meeting_date = models.DateField(_("meeting date"), null=True, blank=True)
    minutes_url = models.URLField(_("link to the minutes"), max_length=500, blank=True)

    def get_comment(self):
        """The comment, led by the meeting date (and minutes link) for an approval: Wagtail shows this in the
        workflow history."""
        if self.status != self.STATUS_APPROVED or self.meeting_date is None:
            return self.comment
        lines = [
            _("Approved at the committee meeting on %(date)s.")
            % {"date": date_format(self.meeting_date, "DATE_FORMAT")}
        ]
        if self.minutes_url:
            lines.append(_("Minutes: %(url)s") % {"url": self.minutes_url})
        if self.comment:
            lines.append(self.comment)
        return " ".join(str(line) for line in lines)

    @cached_property
    def reviewed_object(self):
        """The page as it was in the revision under review."""
        return self.revision.as_object()

    @cached_property
    def needs_meeting_date(self):
        """A report in the default language is the legal act: its approval carries a meeting date."""
        from reports.models import TripReportPage

        obj = self.reviewed_object
        return isinstance(obj, TripReportPage) and obj.locale_id == Locale.get_default().pk

    class Meta:
        verbose_name = _("committee approval task state")
        verbose_name_plural = _("committee approval task states")
