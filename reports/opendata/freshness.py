"""When the open data last changed, and its ETag, from a cheap fingerprint instead of reading the files.

The fingerprint (three aggregate queries, once per request):
- the number of counted reports, in every language, and the newest `last_published_at` among them:
  an approval (of a report or a translation) raises the newest date, a withdrawal or deletion lowers
  the count, so both change the ETag even when they happen together;
- the newest log entry of a report or a partner city page (publish, unpublish, delete, rename …),
  which also dates a withdrawal for `Last-Modified`;
- the newest log entry of a committee or a budget, whose names the rows repeat.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max
from wagtail.models import ModelLogEntry, PageLogEntry

from partners.models import PartnerCityPage
from reports.models import Budget, Committee, TripReportPage
from reports.opendata.schema import VERSION
from reports.spending import counted


def _content_types(*models):
    return ContentType.objects.get_for_models(*models, for_concrete_models=False).values()


def fingerprint(request):
    """(count, newest publication, newest page log, newest snippet log), computed once per request."""
    cached = getattr(request, "_open_data_fingerprint", None)
    if cached is None:
        reports = counted(TripReportPage.objects.all()).aggregate(n=Count("pk"), newest=Max("last_published_at"))
        pages = PageLogEntry.objects.filter(content_type__in=_content_types(TripReportPage, PartnerCityPage))
        snippets = ModelLogEntry.objects.filter(content_type__in=_content_types(Committee, Budget))
        cached = (
            reports["n"],
            reports["newest"],
            pages.aggregate(newest=Max("timestamp"))["newest"],
            snippets.aggregate(newest=Max("timestamp"))["newest"],
        )
        request._open_data_fingerprint = cached
    return cached


def last_modified(request, *args, **kwargs):
    """The newest of the fingerprint's dates (None while there is nothing)."""
    dates = [moment for moment in fingerprint(request)[1:] if moment is not None]
    return max(dates) if dates else None


def etag(request, *args, **kwargs):
    """A strong ETag of the fingerprint, the schema version and the file asked for."""
    key = "|".join(str(part) for part in (VERSION, request.path, *fingerprint(request)))
    return hashlib.sha256(key.encode()).hexdigest()[:32]
