""" "Trips to this city" on a partner city page: the reports app's section of the partners_city_page_sections hook."""

from django.template.loader import render_to_string

from partners.serving import public
from reports.models import TripReportPage
from reports.models.pages import NEWEST_TRIP_FIRST

# How many trip reports a city page lists (the report index has them all).
CITY_REPORTS_SHOWN = 10


def trips_to(city):
    """The published reports of trips to this city, in the city page's language, newest trip first (one query)."""
    reports = public(TripReportPage.objects.live()).filter(
        locale_id=city.locale_id, destination_city__translation_key=city.translation_key
    )
    return list(reports.select_related("committee").order_by(*NEWEST_TRIP_FIRST)[:CITY_REPORTS_SHOWN])


def city_trips_sections(city, request):
    """The section listing the trips to `city`, or none when nobody has been there (or it is not saved yet)."""
    reports = trips_to(city) if city.pk else []
    if not reports:
        return []
    # The request goes in as a plain variable (for {% pageurl %}): the page's context processors already ran.
    return [render_to_string("reports/includes/city_trips.html", {"reports": reports, "request": request})]
