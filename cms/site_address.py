"""The site's own address: SITE_BASE_URL sets the default Site's host name and port after every migrate.

Wagtail builds absolute links (hreflang alternates, canonical links, the sitemap) from the Site record,
which a migration created as localhost:80. A migration cannot be trusted to see the deployment's
environment, so the record is brought in line with the setting each time `migrate` finishes.
"""

from urllib.parse import urlsplit

from django.conf import settings

DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_base_url(url):
    """(hostname, port) of an address like "https://international.ballerup.dk"; ValueError if it is not one."""
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname or parts.path.strip("/"):
        raise ValueError(url)
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(url)
    return parts.hostname, parts.port or DEFAULT_PORTS[parts.scheme]


def configured_address():
    """(hostname, port) from SITE_BASE_URL, or None while it is not set or not a valid address."""
    try:
        return parse_base_url(settings.SITE_BASE_URL) if settings.SITE_BASE_URL else None
    except ValueError:
        return None


def update_default_site(sender, using="default", apps=None, **kwargs):
    """post_migrate receiver: give the default Site the configured host name and port (idempotent)."""
    address = configured_address()
    if address is None or apps is None:
        return
    try:
        apps.get_model("wagtailcore", "Site")  # migrated back out of existence: nothing to update
    except LookupError:
        return
    # The real model, not the migration state's: its save() clears Wagtail's cache of site root paths.
    from wagtail.models import Site

    site = Site.objects.using(using).filter(is_default_site=True).first()
    if site and (site.hostname, site.port) != address:
        site.hostname, site.port = address
        site.save(using=using, update_fields=["hostname", "port"])
