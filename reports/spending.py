"""What the public figures count, defined once: which trips, in which year, at what cost, published when.

The report list's totals, the spending overview and each report's timeliness line all use these, so
the same trip is counted the same way everywhere.
"""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import OuterRef, Subquery
from django.db.models.functions import ExtractYear
from django.utils import timezone
from wagtail.models import Locale

# A trip belongs to the year it started in (a trip over New Year is paid from the year it was booked in).
TRIP_YEAR_LOOKUP = "start_date__year"


def trip_year():
    """The trip's year as a database expression, for grouping."""
    return ExtractYear("start_date")


def counted(reports):
    """The reports whose spending the public figures count: published, public and approved by the committee.

    Drafts, reports waiting for approval or sent back, and withdrawn reports are never counted.
    """
    return reports.live().public().exclude(approved_by=None)


def per_participant(total, participants):
    """The cost per participant, to the øre; None when nobody is listed (nothing to divide by)."""
    if not participants:
        return None
    return (Decimal(total) / participants).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def with_publication_date(reports):
    """Annotate `published_at`: when the Danish report, the approved legal version, was first published.

    The English page repeats the Danish approval, so it also repeats when the report was made public.
    """
    from reports.models import TripReportPage

    danish = TripReportPage.objects.filter(
        translation_key=OuterRef("translation_key"), locale_id=Locale.get_default().pk
    )
    return reports.annotate(published_at=Subquery(danish.values("first_published_at")[:1]))


def days_after_trip(end_date, published_at):
    """How many days after the trip ended the report was published (None while it is not)."""
    if end_date is None or published_at is None:
        return None
    if isinstance(published_at, datetime.datetime):
        published_at = timezone.localtime(published_at).date()
    return (published_at - end_date).days
