"""The record of who approved what: every approval of a trip report (or its translation) as one CSV row.

What the municipality hands out on a request for access to documents. Read from the workflow history
itself (the committee approval task states, the revisions they approved, the page's publish and unpublish
log entries), in a fixed number of queries however long the history is.
"""

import csv
import io

from django.contrib.contenttypes.models import ContentType
from django.http import HttpResponse, HttpResponseForbidden
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, PageLogEntry, TaskState

from reports.models import TripReportPage
from reports.models.workflows import CommitteeApprovalTaskState

COLUMNS = [
    ("report", _("Report")),
    ("language", _("Language")),
    ("revision", _("Revision")),
    ("submitted_by", _("Submitted by")),
    ("approved_by", _("Approved by")),
    ("meeting_date", _("Meeting date")),
    ("minutes_url", _("Minutes link")),
    ("published_at", _("Published at")),
    ("withdrawn_at", _("Withdrawn at")),
]
# A spreadsheet runs a cell that starts with one of these as a formula (a title such as "=HYPERLINK(…)").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def person(user):
    if user is None:
        return ""
    name = user.get_full_name()
    return f"{name} ({user.get_username()})" if name else user.get_username()


def moment(value):
    return timezone.localtime(value).isoformat(timespec="seconds") if value else ""


def approvals():
    """The approved task states of trip report revisions, oldest first, with who submitted and who approved."""
    report_type = ContentType.objects.get_for_model(TripReportPage)
    return (
        CommitteeApprovalTaskState.objects.filter(status=TaskState.STATUS_APPROVED, revision__content_type=report_type)
        .select_related("revision", "finished_by", "workflow_state__requested_by")
        .order_by("finished_at", "pk")
    )


def publications(page_ids):
    """Per page, its publish and unpublish log entries in time order: (action, revision id, timestamp)."""
    history = {}
    entries = PageLogEntry.objects.filter(
        page_id__in=page_ids, action__in=["wagtail.publish", "wagtail.unpublish"]
    ).order_by("timestamp", "pk")
    for entry in entries.values_list("page_id", "action", "revision_id", "timestamp"):
        history.setdefault(entry[0], []).append(entry[1:])
    return history


def published_and_withdrawn(history, revision_id):
    """When this revision went live, and when the page was unpublished while it was the live one."""
    published = withdrawn = None
    for action, entry_revision, timestamp in history:
        if published is None:
            if action == "wagtail.publish" and entry_revision == revision_id:
                published = timestamp
        elif action == "wagtail.publish":
            break  # replaced by a later publication, not withdrawn
        elif action == "wagtail.unpublish":
            withdrawn = timestamp
            break
    return published, withdrawn


def rows():
    """One dict per approval decision (COLUMNS' keys)."""
    task_states = list(approvals())
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    history = publications({int(task_state.revision.object_id) for task_state in task_states})
    for task_state in task_states:
        revision = task_state.revision
        published, withdrawn = published_and_withdrawn(history.get(int(revision.object_id), []), revision.pk)
        yield {
            "report": revision.content.get("title") or revision.object_str,
            "language": languages.get(revision.content.get("locale"), ""),
            "revision": revision.pk,
            "submitted_by": person(task_state.workflow_state.requested_by),
            "approved_by": person(task_state.finished_by),
            "meeting_date": task_state.meeting_date.isoformat() if task_state.meeting_date else "",
            "minutes_url": task_state.minutes_url,
            "published_at": moment(published),
            "withdrawn_at": moment(withdrawn),
        }


def safe_cell(value):
    """The cell as text, with a leading apostrophe where a spreadsheet would otherwise run it as a formula."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def approvals_csv(request):
    """/admin/reports/approvals.csv: administrators only (403 for everyone else), headers in the admin's language."""
    if not request.user.is_superuser:
        # A plain 403 (Wagtail's admin would turn PermissionDenied into a redirect to the dashboard).
        return HttpResponseForbidden(gettext("Only administrators may export the record of approvals."))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([str(label) for _key, label in COLUMNS])
    for row in rows():
        writer.writerow([safe_cell(row[key]) for key, _label in COLUMNS])
    # With a byte order mark, so that a spreadsheet opened on a Danish desktop reads æ, ø and å right.
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="approvals-{timezone.localdate().isoformat()}.csv"'
    return response
