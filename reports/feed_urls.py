"""The report feeds' addresses, for the host site to include inside its i18n_patterns.

The paths are translated (the Danish feed is /da/feeds/rejserapporter.rss) and are plain URL
patterns, independent of how the report index routes its own sub-pages.
"""

from django.urls import path
from django.utils.translation import pgettext_lazy

from reports.feeds import AtomTripReportFeed, TripReportFeed

urlpatterns = [
    path(pgettext_lazy("URL path", "feeds/trip-reports.rss"), TripReportFeed(), name="trip_report_feed_rss"),
    path(pgettext_lazy("URL path", "feeds/trip-reports.atom"), AtomTripReportFeed(), name="trip_report_feed_atom"),
]
