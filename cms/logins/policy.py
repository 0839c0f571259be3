"""Who must sign in with a second factor: whoever administers the site or takes part in approving."""

from django.db.models import Q
from django_otp.plugins.otp_totp.models import TOTPDevice


def approving_groups():
    """A condition on groups: those whose members approve something (committees, review tasks' groups)."""
    from wagtail.models import GroupApprovalTask

    from cms.workflows.models import EditorialReviewTask
    from reports.models import Committee
    from reports.models.workflows import CommitteeApprovalTask

    return (
        Q(pk__in=Committee.objects.values("approvers"))
        | Q(pk__in=CommitteeApprovalTask.objects.filter(active=True).values("reviewers"))
        | Q(pk__in=GroupApprovalTask.objects.filter(active=True).values("groups"))
        | Q(pk__in=EditorialReviewTask.objects.filter(active=True).values("groups"))
    )


def must_use_two_factor(user):
    """Whether `user` may only work in the admin after entering a code from their authenticator app.

    Superusers and every member of a group that approves; for everyone else a second factor is optional.
    """
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(approving_groups()).exists()


def confirmed_device(user):
    """The user's confirmed authenticator (None until they have set one up)."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
