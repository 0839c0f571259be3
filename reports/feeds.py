"""RSS 2.0 and Atom feeds of the published trip reports, one per language.

Each language's feed lists the counted reports (published, public, approved by the committee) below
that language's report index, newest publication first. An item's text is the report's purpose and
the approval line the report page shows, rendered by the same template.
"""

import re
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import F
from django.http import Http404, HttpRequest
from django.template.loader import render_to_string
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from partners.serving import public
from reports.models import TripReportIndexPage, TripReportPage
from reports.spending import counted, with_publication_date

# XML 1.0 forbids most C0 control characters, lone surrogates and U+FFFE/U+FFFF; a title pasted from
# another program may hold one, and Django's XML writer refuses them with an exception.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value):
    """`value` without the characters XML cannot carry (strings inside lists and tuples too)."""
    if isinstance(value, str):
        return NOT_IN_XML.sub("", value)
    if isinstance(value, (list, tuple)):
        return type(value)(xml_safe(item) for item in value)
    return value


class XmlSafeFeed:
    """Feed generator mixin: every text of the channel and its items is cleaned before it is written."""

    def __init__(self, *args, **kwargs):
        super().__init__(*xml_safe(args), **{name: xml_safe(value) for name, value in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*xml_safe(args), **{name: xml_safe(value) for name, value in kwargs.items()})


class SafeRssFeed(XmlSafeFeed, Rss201rev2Feed):
    pass


class SafeAtomFeed(XmlSafeFeed, Atom1Feed):
    pass


@dataclass
class Channel:
    """One request's feed: the language's report index and the request (the Feed object is shared)."""

    index: TripReportIndexPage
    request: HttpRequest


class TripReportFeed(Feed):
    """RSS 2.0 of the published trip reports in the active language."""

    feed_type = SafeRssFeed
    limit = 20
    description = _("Reports of trips abroad, published once the committee that travelled has approved them.")

    def get_object(self, request):
        language = get_language()
        index = public(TripReportIndexPage.objects.live()).filter(locale__language_code=language).first()
        if index is None:
            raise Http404("No published trip report index in this language.")
        return Channel(index, request)

    def title(self, channel):
        return f"{channel.index.title} · {settings.WAGTAIL_SITE_NAME}"

    def link(self, channel):
        return channel.index.get_full_url(channel.request)

    def feed_url(self, channel):
        # The site's configured address, like every other absolute link, not the request's Host header.
        _site_id, root_url, _path = channel.index.get_url_parts(channel.request)
        return root_url + channel.request.path

    def author_name(self):
        return settings.WAGTAIL_SITE_NAME

    def items(self, channel):
        reports = counted(TripReportPage.objects.child_of(channel.index))
        reports = with_publication_date(reports.defer_streamfields().select_related("committee"))
        # Every counted report has been published; nulls last only so no database puts a stray one first.
        reports = list(reports.order_by(F("published_at").desc(nulls_last=True), "-pk")[: self.limit])
        for report in reports:
            report.feed_link = report.get_full_url(channel.request)
        return reports

    def item_title(self, report):
        return report.title

    def item_link(self, report):
        return report.feed_link

    def item_description(self, report):
        return render_to_string("reports/feeds/item_description.html", {"report": report})

    def item_author_name(self, report):
        return report.committee.name

    def item_pubdate(self, report):
        return report.published_at

    def item_updateddate(self, report):
        return report.last_published_at

    def item_guid(self, report):
        # Stable when the slug changes, and distinct for the Danish report and its English translation.
        return f"urn:uuid:{uuid.uuid5(report.translation_key, get_language())}"

    item_guid_is_permalink = False


class AtomTripReportFeed(TripReportFeed):
    """The same reports as Atom."""

    feed_type = SafeAtomFeed
    subtitle = TripReportFeed.description
