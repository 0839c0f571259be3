"""The report feeds of the visitor's language, for the page head's <link rel="alternate">."""

from django.urls import reverse
from django.utils.translation import gettext


def feeds(request):
    """Runs no query: the feeds always exist once the reports app's feed URLs are included."""
    return {
        "report_feeds": [
            {
                "type": "application/rss+xml",
                "title": gettext("Trip reports (RSS)"),
                "url": reverse("trip_report_feed_rss"),
            },
            {
                "type": "application/atom+xml",
                "title": gettext("Trip reports (Atom)"),
                "url": reverse("trip_report_feed_atom"),
            },
        ]
    }
