"""What happens when a workflow is approved: publish exactly the revision under review.

Wagtail's default (wagtail.workflows.publish_workflow_state) publishes the *latest* revision, as
the approver, and only if the approver has publish permission. Here the revision the reviewers saw
is published, and for a trip report the approval record is written into that revision first.
"""

from django.utils.translation import gettext as _
from wagtail.models import Locale

from reports.models import TripReportPage


def publish_reviewed_revision(workflow_state, user=None):
    """Publish the reviewed revision, with the approval recorded in it."""
    task_state = workflow_state.current_task_state.specific
    revision = task_state.revision
    obj = revision.as_object()
    if isinstance(obj, TripReportPage):
        record_approval(obj, task_state)
        revision.content = obj.serializable_data()
        revision.save(update_fields=["content"])
    # The approval is the authority to publish: the approver needs no publish permission of their own.
    revision.publish(user=user, skip_permission_checks=True)


def record_approval(report, task_state):
    """Write the approval record (committee, meeting date, minutes link, attachments' file hashes) onto `report`."""
    meeting_date = getattr(task_state, "meeting_date", None)
    if report.locale_id == Locale.get_default().pk:
        report.approved_on = meeting_date
        # Always this approval's link (or none): an earlier approval's minutes belong to another meeting.
        report.approval_minutes_url = getattr(task_state, "minutes_url", "") or ""
        for attachment in report.attachments.all():
            if not attachment.approved_file_hash:  # submitted before attachments were frozen
                freeze(attachment)
    else:
        # A translation repeats the approval of the live Danish report it was made from.
        source = danish_report(report)
        report.approved_on = source.approved_on if source else None
        report.approval_minutes_url = source.approval_minutes_url if source else ""
        approved = {a.document_id: a for a in source.attachments.all()} if source else {}
        for attachment in report.attachments.all():
            danish = approved.get(attachment.document_id)
            attachment.approved_file_hash = danish.approved_file_hash if danish else ""
            attachment.document_title = danish.document_title if danish else ""


def freeze(attachment):
    attachment.approved_file_hash = attachment.document.get_file_hash()
    attachment.document_title = attachment.document.title


def freeze_attachments(task_state):
    """On submission: record each attachment's file hash and title in the revision the committee reviews."""
    revision = task_state.revision
    report = revision.as_object()
    if not isinstance(report, TripReportPage) or report.locale_id != Locale.get_default().pk:
        return
    for attachment in report.attachments.all():
        freeze(attachment)
    revision.content = report.serializable_data()
    revision.save(update_fields=["content"])


def changed_attachments(report):
    """The titles of the report's attachments whose file or title changed since it was submitted."""
    return [
        attachment.document.title
        for attachment in report.attachments.all()
        if attachment.approved_file_hash
        and (
            attachment.document.get_file_hash() != attachment.approved_file_hash
            or attachment.document.title != attachment.document_title
        )
    ]


def trip_facts(report):
    """What a translation must repeat unchanged from the Danish report (wagtail-localize synchronises it)."""
    return (
        report.committee_id,
        report.start_date,
        report.end_date,
        report.destination_city_id,
        report.budget_id,
        # Compared as sets of lines: rows with equal sort order come back in any order from PostgreSQL.
        sorted(area.pk for area in report.focus_areas.all()),
        sorted((line.category, line.amount) for line in report.expense_lines.all()),
        sorted(participant.name for participant in report.participants.all()),
        sorted(attachment.document_id for attachment in report.attachments.all()),
    )


def danish_report(report):
    """The report in the default language: the legal, committee-approved version."""
    return TripReportPage.objects.filter(translation_key=report.translation_key, locale=Locale.get_default()).first()


def translation_problem(task_state):
    """Why the revision under review may not be published as a translation, or None.

    A translation may show only text from the live, approved Danish revision: the Danish report must
    be live, and the reviewed revision must have been made by wagtail-localize from a source that was
    synchronised after the Danish report was last published (sources are always taken from the live
    revision, see reports.signals).
    """
    from wagtail_localize.models import Translation, TranslationLog, TranslationSource

    obj = task_state.reviewed_object
    if not isinstance(obj, TripReportPage):
        return None
    source_page = danish_report(obj)
    if source_page is None or not source_page.live:
        return _("The Danish report has not been approved and published.")
    source = TranslationSource.objects.filter(object_id=obj.translation_key, locale=source_page.locale).first()
    if (
        source is None
        or not Translation.objects.filter(source=source, target_locale=obj.locale, enabled=True).exists()
    ):
        return _("This page is not a synchronised translation of the Danish report.")
    if source_page.last_published_at and source.last_updated_at < source_page.last_published_at:
        return _("The Danish report has been approved again since: update the translation first.")
    made_from_source = TranslationLog.objects.filter(
        source=source, locale=obj.locale, revision=task_state.revision, created_at__gte=source.last_updated_at
    ).exists()
    if not made_from_source:
        return _("The version under review was not made from the approved Danish text.")
    if trip_facts(obj) != trip_facts(source_page.live_revision.as_object()):
        return _(
            "The translation's facts (committee, dates, destination, budget, accounts, participants or "
            "attachments) differ from the approved Danish report: update the translation."
        )
    return None
