"""Purging the front cache (Varnish) through wagtail.contrib.frontend_cache's backends.

Every change empties the whole site: one PURGE of each site's root address, which the VCL in
deploy/varnish/ turns into a ban of every address on that host that starts with the path (with any
query string), so pagination, filters, feeds, the sitemap and the open-data files go with it —
they could not be listed one by one. The app is not in INSTALLED_APPS on purpose: its own signal
handlers would purge single pages before the change is committed, which a request could race.
"""

import logging
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from wagtail import __version__
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest
from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache
from wagtail.models import Site

logger = logging.getLogger(__name__)


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP PURGE backend with a timeout, so an unreachable front cache cannot hang an editor's save."""

    def __init__(self, params):
        params = dict(params)
        self.timeout = float(params.pop("TIMEOUT", 2))
        super().__init__(params)

    def purge(self, url):
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        request = PurgeRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, parts.path or "/", parts.query, ""]),
            headers={"Host": host, "User-Agent": f"Wagtail-frontendcache/{__version__}"},
        )
        try:
            with urlopen(request, timeout=self.timeout):  # noqa: S310 - the configured front cache's address
                pass
        except HTTPError as error:
            logger.error("Could not purge %s from the front cache: HTTP %s", url, error.code)
        except (URLError, OSError) as error:
            logger.error("Could not purge %s from the front cache: %s", url, error)


def site_roots():
    """Each site's root address ("https://international.ballerup.dk/"): a purge of it empties that site."""
    return [f"{site.root_url}/" for site in Site.objects.all()]


def purge_site():
    if get_backends():
        purge_urls_from_cache(site_roots())
