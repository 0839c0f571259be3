"""The partners app's settings, each read here and nowhere else, with its default (docs/install.md)."""

from django.conf import settings

DEFAULT_BASE_TEMPLATE = "base.html"


def parent_page_types():
    """PARTNERS_PARENT_PAGE_TYPES: the page types a partner city index may be added under; None (Wagtail's
    "any page type", subclasses included) unless the site names them: ["wagtailcore.Page"] allows the root alone."""
    types = getattr(settings, "PARTNERS_PARENT_PAGE_TYPES", None)
    return list(types) if types else None


def base_template():
    """PARTNERS_BASE_TEMPLATE: the template the partner pages extend."""
    return getattr(settings, "PARTNERS_BASE_TEMPLATE", None) or DEFAULT_BASE_TEMPLATE


def home():
    """PARTNERS_HOME: the municipality's own square on the map (`name`, `latitude`, `longitude`), or None."""
    return getattr(settings, "PARTNERS_HOME", None)
