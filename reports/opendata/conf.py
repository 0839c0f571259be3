"""The open data's settings: licence, publisher and the site's public address, each with a default."""

from django.conf import settings
from wagtail.models import Site

DEFAULT_LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International",
}


def license():
    """REPORTS_OPEN_DATA_LICENSE: a Data Package licence (name, path, title); CC BY 4.0 by default."""
    return getattr(settings, "REPORTS_OPEN_DATA_LICENSE", None) or DEFAULT_LICENSE


def publisher():
    """REPORTS_OPEN_DATA_PUBLISHER: who publishes the data (name, and optionally url, email); the site's name
    by default."""
    configured = getattr(settings, "REPORTS_OPEN_DATA_PUBLISHER", None)
    return configured or {"name": getattr(settings, "WAGTAIL_SITE_NAME", "")}


def base_url(request):
    """The site's public address without a trailing slash: the Wagtail Site that serves the request (its
    host name and port), or the request's own address where no Site matches."""
    site = Site.find_for_request(request)
    if site is not None:
        return site.root_url.rstrip("/")
    return request.build_absolute_uri("/").rstrip("/")
