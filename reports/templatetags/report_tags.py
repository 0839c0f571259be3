"""Template tags other pages use to show trip reports, e.g. the home page's latest reports."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Locale

from reports.models import TripReportPage

register = template.Library()


@register.simple_tag
def latest_trip_reports(limit=3):
    """The newest live, public reports in the visitor's language (one query plus the locale)."""
    locale = Locale.objects.filter(language_code=get_language()).first() or Locale.get_default()
    return TripReportPage.latest(locale, limit=limit)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """The full address of a link on this site, for the printed page (paper has no links to follow)."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request and url else url
