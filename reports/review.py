"""What a reviewer sees around an approval: what the revision under review says, and where it went live."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.models import Locale, Page, TaskState

from reports.models import TripReportPage


@dataclass
class ReviewSummary:
    """The facts the approve dialog states, all taken from the revision under review."""

    title: str
    preview_url: str
    language: str = ""  # set for a translation: the page goes live in this language
    source_url: str = ""  # for a translation: the live page in the default language, to read beside it
    is_report: bool = False
    committee: str = ""
    start_date: date | None = None
    end_date: date | None = None
    total: Decimal | None = None


def review_summary(task_state):
    """Summarise the revision `task_state` reviews (never the live row, which may say something else)."""
    obj = task_state.revision.as_object()
    preview_url = ""
    if getattr(obj, "is_previewable", False) and isinstance(obj, Page):
        preview_url = reverse("wagtailadmin_pages:workflow_preview", args=[obj.pk, task_state.task_id])
    summary = ReviewSummary(title=obj.title, preview_url=preview_url)
    if obj.locale_id != Locale.get_default().pk:
        language = str(get_language_info(obj.locale.language_code)["name_translated"])
        # Danish writes language names in lower case ("siden på engelsk"); English capitalises them.
        summary.language = language.lower() if (get_language() or "").startswith("da") else language
        source = obj.get_translation_or_none(Locale.get_default())
        summary.source_url = source.get_url() if source is not None and source.live else ""
    if isinstance(obj, TripReportPage):
        summary.is_report = True
        summary.committee = obj.committee.name if obj.committee_id else ""
        summary.start_date, summary.end_date = obj.start_date, obj.end_date
        summary.total = obj.total_amount
    return summary


def approval_confirmation_url(page_id):
    """Where the dashboard goes after an approval: a view that confirms the publication, then the dashboard."""
    return reverse("reports_approval_confirmation", args=[page_id])


def confirm_publication(request, page):
    """Tell the user who just approved `page` that it is live, with a link to its public address."""
    page = Page.objects.filter(pk=page.pk).specific().first()
    if page is None or not page.live:
        return
    last = TaskState.objects.for_instance(page).exclude(finished_at=None).order_by("-finished_at").first()
    if last is None or last.status != TaskState.STATUS_APPROVED or last.finished_by_id != request.user.pk:
        return
    url = page.get_full_url(request)
    if not url:
        return
    messages.success(
        request,
        _("'%(title)s' is approved and published on the public site: %(url)s") % {"title": page.title, "url": url},
        buttons=[messages.button(url, _("View live"), new_window=True)],
    )


def approval_confirmation(request, page_id):
    """After an approval from the dashboard: confirm what went live, then back to the dashboard."""
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        confirm_publication(request, page)
    return redirect("wagtailadmin_home")
