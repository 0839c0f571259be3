"""The rows of the open-data files, built from counted reports in a fixed number of queries however many there are.

Only what `reports.spending.counted` counts goes out: live, public, committee-approved Danish reports.
English columns come from the report's live, public, approved English translation, or stay empty.
"""

import re
from decimal import Decimal

from django.db.models import OuterRef, Subquery
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.rich_text import get_text_for_indexing

from partners.countries import country_code
from reports.models import ExpenseLine, TripReportPage
from reports.spending import counted, with_publication_date, with_trip_figures

CHUNK_SIZE = 500
ENGLISH = "en"
CENT = Decimal("0.01")


def plain_text(html):
    """Rich text as plain text: tags dropped, entities decoded, paragraphs on their own lines."""
    marked = re.sub(r"(</(p|h\d|li|blockquote)>|<br\s*/?>)", r"\1\n", html or "", flags=re.IGNORECASE)
    lines = (" ".join(line.split()) for line in get_text_for_indexing(marked).splitlines())
    return "\n".join(line for line in lines if line)


def amount(value):
    """A decimal with a point and two decimals, e.g. "1250.50"."""
    return format(Decimal(value or 0).quantize(CENT), "f")


def danish_reports():
    """The counted Danish reports, oldest trip first (a stable order: ties by the page's id)."""
    return counted(TripReportPage.objects.filter(locale=Locale.get_default())).order_by("start_date", "pk")


def trips():
    """The counted Danish reports with everything a trip row needs, annotated in one query."""
    english = Locale.objects.filter(language_code=ENGLISH).first()
    reports = danish_reports().select_related("committee", "budget", "destination_city")
    reports = with_trip_figures(with_publication_date(reports))
    if english is None:
        return reports
    translation = counted(TripReportPage.objects.filter(locale=english, translation_key=OuterRef("translation_key")))
    return reports.annotate(
        **{f"english_{name}": Subquery(translation.values(name)[:1]) for name in ("title", "purpose", "url_path")}
    )


def _full_url(url_path, request):
    """The public address of a page from its url_path alone (Wagtail caches the site roots on the request)."""
    return Page(url_path=url_path).get_full_url(request) or ""


def _local_date(moment):
    return timezone.localtime(moment).date() if moment else None


def trip_row(report, request):
    """One trip as a dict of the schema's columns (Python values: dates, Decimal, int, str or None)."""
    city = report.destination_city
    english = getattr(report, "english_url_path", None)
    return {
        "id": str(report.translation_key),
        "title_da": report.title,
        "title_en": getattr(report, "english_title", None) if english else None,
        "committee": report.committee.name_da,
        "committee_en": report.committee.name_en or None,
        "committee_kind": report.committee.kind,
        "start_date": report.start_date,
        "end_date": report.end_date,
        "destination": city.title if city else report.destination_name,
        "country": (city.country if city else country_code(report.destination_country)) or None,
        "partner_city": city.title if city else None,
        "participants": report.trip_people,
        "purpose_da": plain_text(report.purpose),
        "purpose_en": plain_text(report.english_purpose) if english else None,
        "total": Decimal(report.trip_total).quantize(CENT),
        "budget": report.budget.name if report.budget else None,
        "budget_en": (report.budget.name_en or None) if report.budget else None,
        "approval_date": report.approved_on,
        "minutes_url": report.approval_minutes_url or None,
        "url_da": _full_url(report.url_path, request),
        "url_en": _full_url(english, request) if english else None,
        "published_on": _local_date(report.published_at),
    }


def trip_rows(request):
    """Every trip row, streamed from the database in chunks."""
    for report in trips().iterator(chunk_size=CHUNK_SIZE):
        yield trip_row(report, request)


def expense_rows():
    """Every expense line of the counted trips, trip by trip in the trips' order, numbered from 1 per trip."""
    lines = (
        ExpenseLine.objects.filter(page__in=danish_reports().values("pk"))
        .order_by("page__start_date", "page_id", "sort_order", "pk")
        .values_list("page__translation_key", "category", "description", "amount")
    )
    trip, number = None, 0
    for trip_id, category, description, value in lines.iterator(chunk_size=CHUNK_SIZE):
        number = number + 1 if trip_id == trip else 1
        trip = trip_id
        yield {
            "trip_id": str(trip_id),
            "line": number,
            "category": category,
            "description": description,
            "amount": Decimal(value).quantize(CENT),
        }
