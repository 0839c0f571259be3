"""Template tags of the report pages."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """The full address of a link on this site, for the printed page (paper has no links to follow)."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request and url else url
