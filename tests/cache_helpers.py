"""Addresses the page cache keeps, and a visitor's view of them, for the page-cache and freshness tests."""

from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from reports.models import TripReportIndexPage

# Files and views outside the page tree, language-free.
SERVICE_PATHS = ["/sitemap.xml", "/open-data/datapackage.json", "/open-data/dcat.jsonld"]
STREAMED_PATHS = ["/open-data/trips.csv", "/open-data/trips.json", "/open-data/expenses.csv"]


def views_in_each_language():
    """The feeds, the open-data landing page and each report index's spending overview, both languages."""
    paths = []
    for code in ("da", "en"):
        with translation.override(code):
            paths += [reverse("trip_report_feed_rss"), reverse("trip_report_feed_atom"), reverse("open_data")]
    paths += [index.spending_url() for index in TripReportIndexPage.objects.live()]
    return paths


def cached_paths():
    """Every live page of both languages and every view and file the page cache keeps."""
    pages = [page.get_url() for page in Page.objects.live().filter(depth__gt=1).order_by("path")]
    return [path for path in pages if path] + views_in_each_language() + SERVICE_PATHS


def anonymous(client):
    """The test client as a first-time visitor: no session, no cookies."""
    client.logout()
    client.cookies.clear()
    return client
