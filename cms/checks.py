"""System checks for a deployment: `manage.py check --deploy` flags a site that still calls itself localhost."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.db import DatabaseError

from cms.site_address import configured_address


@register(Tags.compatibility)
def site_base_url_is_an_address(app_configs, **kwargs):
    """A malformed SITE_BASE_URL is an error everywhere: `migrate` would silently leave the Site alone."""
    if settings.SITE_BASE_URL and configured_address() is None:
        return [
            Error(
                f"SITE_BASE_URL {settings.SITE_BASE_URL!r} is not an address like https://international.ballerup.dk.",
                hint="Give the scheme and host name (and a port if it is not the scheme's own), and no path.",
                id="cms.E001",
            )
        ]
    return []


@register(Tags.urls, deploy=True)
def site_knows_its_address(app_configs, **kwargs):
    """Hreflang links, the sitemap and e-mails would point at localhost until SITE_BASE_URL is set and migrated."""
    address = configured_address()
    if address is None or address[0] == "localhost":
        return [
            Warning(
                "SITE_BASE_URL is not set to the site's public address: links in hreflang, the sitemap "
                "and e-mails point at localhost.",
                hint="Set SITE_BASE_URL (e.g. https://international.ballerup.dk) and run `manage.py migrate`.",
                id="cms.W001",
            )
        ]
    from wagtail.models import Site

    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:
        return []  # no migrated database yet: the first `migrate` sets the address
    if site and (site.hostname, site.port) != address:
        return [
            Warning(
                f"The default site is {site.hostname}:{site.port}, not SITE_BASE_URL's {address[0]}:{address[1]}.",
                hint="Run `manage.py migrate`: it brings the default site in line with SITE_BASE_URL.",
                id="cms.W002",
            )
        ]
    return []
