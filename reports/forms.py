"""Forms the approval step asks for: the committee meeting's date (and a link to its minutes) when approving,
a comment when rejecting."""

from django import forms
from django.core.validators import URLValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from reports.inputs import LocalDateField


def meeting_date_errors(meeting_date, report):
    """What is wrong with this meeting date for this report (an empty list when nothing is)."""
    if meeting_date is None:
        return [_("Give the date of the committee meeting that approved the report.")]
    errors = []
    if meeting_date > timezone.localdate():
        errors.append(_("The meeting date cannot be in the future."))
    if report.end_date and meeting_date < report.end_date:
        errors.append(_("The committee cannot have approved the report before the trip ended."))
    return errors


def approval_problem(task_state):
    """Why the revision under review cannot be approved as it stands, or None."""
    from reports.approval import changed_attachments, translation_problem

    if not task_state.needs_meeting_date:
        return translation_problem(task_state)
    if changed := changed_attachments(task_state.reviewed_object):
        return _("Attachments changed after the report was submitted (%(titles)s): submit it again.") % {
            "titles": ", ".join(changed)
        }
    return None


class MinutesURLField(forms.URLField):
    """An address of the committee's agenda item or minutes: https only, as the public follows it from the report."""

    # Replaces URLField's own validator, which also accepts http and ftp (one clear error instead of two).
    default_validators = [URLValidator(schemes=["https"])]
    # The field's message replaces the validator's (forms.Field.run_validators), also for a malformed address.
    default_error_messages = {
        "invalid": _("Give the full address of the agenda item or the minutes, starting with https://.")
    }

    def __init__(self, **kwargs):
        # An address typed without a scheme (ballerup.dk/…) is read as https, never as plain http.
        super().__init__(assume_scheme="https", **kwargs)


class ApprovalForm(forms.Form):
    """Approve: the committee's meeting date (checked against the reviewed revision), optionally the link to its
    minutes, and an optional comment."""

    # A text field in the admin's date format: the browser's own date input reads typed digits in the
    # browser's locale (10.11 is 11 October in an American browser), whatever language the admin speaks.
    meeting_date = LocalDateField(
        label=_("Date of the committee meeting"),
        required=False,
        widget=forms.DateInput(attrs={"autocomplete": "off"}),
    )
    minutes_url = MinutesURLField(
        label=_("Link to the agenda item or minutes (optional)"),
        required=False,
        max_length=500,
        help_text=_(
            "Its address on the municipality's website, starting with https://. The public report links to it."
        ),
        widget=forms.URLInput(attrs={"autocomplete": "off", "inputmode": "url"}),
    )
    comment = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    # The modal sends the task state it was opened for, so the date can be checked against that trip.
    reviewed_task_state = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def clean(self):
        from reports.models import CommitteeApprovalTaskState

        cleaned_data = super().clean()
        task_state_id = cleaned_data.get("reviewed_task_state")
        task_state = CommitteeApprovalTaskState.objects.filter(pk=task_state_id).first() if task_state_id else None
        if task_state is not None and task_state.needs_meeting_date:
            for error in meeting_date_errors(cleaned_data.get("meeting_date"), task_state.reviewed_object):
                self.add_error("meeting_date", error)
        if task_state is not None and (problem := approval_problem(task_state)):
            # Said in the dialog, where the approver can act on it; the task checks it again (on_action).
            self.add_error(None, problem)
        return cleaned_data


class RejectionForm(forms.Form):
    """Reject: the editor needs to know what to change."""

    comment = forms.CharField(label=_("What needs to change"), widget=forms.Textarea(attrs={"rows": 4}))
