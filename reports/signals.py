"""Signal handlers: workflow on every report index, translations only from approved text, notifications."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.utils.translation import gettext as _
from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.models import Locale, Revision, Workflow, WorkflowPage
from wagtail.signals import page_unpublished, task_submitted
from wagtail_localize.models import TranslationSource

from reports.approval import freeze_attachments
from reports.authorship import authors_of_review
from reports.models import (
    AttachedDocument,
    CommitteeApprovalTask,
    CommitteeApprovalTaskState,
    TripReportIndexPage,
    TripReportPage,
)


def report_workflow():
    """The active workflow whose task is the committee approval."""
    return Workflow.objects.filter(active=True, workflow_tasks__task__in=CommitteeApprovalTask.objects.all()).first()


@receiver(post_save, sender=TripReportIndexPage)
def attach_report_workflow(sender, instance, created, raw=False, **kwargs):
    """Every report index, in every language, gets the approval workflow (Page.get_workflow only looks up)."""
    if raw or not created:
        return
    workflow = report_workflow()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})


@receiver(pre_save, sender=TranslationSource)
def translate_reports_from_live_revision(sender, instance, raw=False, **kwargs):
    """A trip report is translated from its live (approved) revision, never from the current row.

    wagtail-localize reads the page row, which for a report that was never approved (or was
    withdrawn and edited) is the unapproved draft. Refuse those; for live reports take the content
    from the live revision, so every segment a translator sees is approved text.
    """
    if raw or not issubclass(instance.specific_content_type.model_class() or object, TripReportPage):
        return
    report = TripReportPage.objects.filter(translation_key=instance.object_id, locale_id=instance.locale_id).first()
    if (
        report is None
        or report.locale_id != Locale.get_default().pk
        or not report.live
        or report.live_revision_id is None
    ):
        raise PermissionDenied(_("A trip report can be translated only once its committee has approved it."))
    approved = report.live_revision.as_object()
    instance.content_json = approved.to_json()
    instance.object_repr = str(approved)[:200]


@receiver(post_save, sender=Revision)
def remember_attached_documents(sender, instance, raw=False, **kwargs):
    """Record every document a report revision attaches, so drafts' attachments stay private too."""
    if raw or instance.content_type_id != ContentType.objects.get_for_model(TripReportPage).pk:
        return
    for attachment in instance.content.get("attachments", []):
        if attachment.get("document"):
            AttachedDocument.objects.get_or_create(page_id=int(instance.object_id), document_id=attachment["document"])


@receiver(page_unpublished, sender=TripReportPage)
def unpublish_translations(sender, instance, **kwargs):
    """When the Danish report is withdrawn, its translations are withdrawn with it."""
    if instance.locale_id != Locale.get_default().pk:
        return
    for translation in TripReportPage.objects.translation_of(instance).live():
        translation.unpublish()


class CommitteeSubmissionEmailNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    """E-mail the people who can approve a report when it starts waiting for them."""

    notification = "submitted"

    def get_template_base_prefix(self, instance, **kwargs):
        return "task_state_"

    def can_handle(self, instance, **kwargs):
        return isinstance(instance, CommitteeApprovalTaskState)

    def get_recipient_users(self, task_state, **kwargs):
        from django.contrib.auth import get_user_model

        task = task_state.task.specific
        group_id = task.approver_group_id(task_state)
        if not group_id:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(groups=group_id).exclude(pk__in=authors_of_review(task_state))


@receiver(task_submitted, sender=CommitteeApprovalTaskState)
def freeze_attachments_on_submission(sender, instance, **kwargs):
    """What the committee reviews includes the attachments as they are now (documents are not versioned)."""
    freeze_attachments(instance)


# Signals hold receivers weakly: keep the notifier alive at module level.
committee_submission_email_notifier = CommitteeSubmissionEmailNotifier()
task_submitted.connect(
    committee_submission_email_notifier,
    sender=CommitteeApprovalTaskState,
    dispatch_uid="reports_committee_submission_email",
)
