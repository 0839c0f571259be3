"""RSS and Atom feeds of the published trip reports: one pair per language, only approved reports."""

import datetime
import re
from http import HTTPStatus

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from reports.models import TripReportPage
from tests.querycount import warm
from tests.reports.bulk import many_published_reports, publication_guard_suspended
from tests.reports.helpers import login
from tests.reports.states import UNAPPROVED
from tests.text import text_of

pytestmark = pytest.mark.django_db

FEEDS = {
    ("da", "rss"): "/da/feeds/rejserapporter.rss",
    ("da", "atom"): "/da/feeds/rejserapporter.atom",
    ("en", "rss"): "/en/feeds/trip-reports.rss",
    ("en", "atom"): "/en/feeds/trip-reports.atom",
}
CONTENT_TYPES = {"rss": "application/rss+xml; charset=utf-8", "atom": "application/atom+xml; charset=utf-8"}
APPROVAL = {
    "da": "Godkendt af Økonomiudvalget den {:%-d}. marts 2025",
    "en": "Approved by the Finance Committee on {:%-d} March 2025",
}
# Queries for one feed request, whatever the number of reports. A change here needs a reason.
FEED_QUERIES = 2

all_feeds = pytest.mark.parametrize(("language", "kind"), list(FEEDS), ids=lambda value: value)


def read_feed(client, language, kind):
    response = client.get(FEEDS[language, kind])
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == CONTENT_TYPES[kind]
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == {"rss": "rss20", "atom": "atom10"}[kind]
    return feed


def stamp_publication(reports):
    """Give bulk-written reports the publication dates a real publish records: report n on day n of March."""
    for number, report in enumerate(reports):
        first = timezone.make_aware(datetime.datetime(2025, 3, 1 + number, 10))
        TripReportPage.objects.filter(translation_key=report.translation_key).update(
            first_published_at=first, last_published_at=first + datetime.timedelta(days=1)
        )


@pytest.fixture
def published(world):  # noqa: F811
    """Three approved reports, in Danish and English."""
    reports = many_published_reports(world, 3, english=True)
    stamp_publication(reports)
    return reports


@all_feeds
def test_feed_lists_the_counted_reports_of_its_language_newest_first(client, published, language, kind):
    feed = read_feed(client, language, kind)

    titles = [entry.title for entry in feed.entries]
    expected = {"da": "Masserejse {}", "en": "Bulk trip {}"}[language]
    assert titles == [expected.format(number) for number in (2, 1, 0)]
    other = {"da": "Bulk trip", "en": "Masserejse"}[language]
    assert other not in str(feed)
    assert feed.feed.language == language
    assert feed.feed.title.startswith({"da": "Rejserapporter", "en": "Trip reports"}[language])
    assert (
        feed.feed.link
        == {"da": "http://localhost/da/rejserapporter/", "en": "http://localhost/en/trip-reports/"}[language]
    )
    assert [link.href for link in feed.feed.links if link.rel == "self"] == [
        f"http://localhost{FEEDS[language, kind]}"
    ]


@all_feeds
def test_each_item_links_to_its_report_and_carries_purpose_and_approval_line(client, published, language, kind):
    feed = read_feed(client, language, kind)

    for entry, report in zip(feed.entries, reversed(published), strict=True):
        page = TripReportPage.objects.get(translation_key=report.translation_key, locale__language_code=language)
        assert entry.link == page.get_full_url()
        assert entry.link.startswith("http://localhost/")
        assert client.get(entry.link.removeprefix("http://localhost")).status_code == HTTPStatus.OK
        description = entry.summary
        assert {"da": "Formål.", "en": "Purpose."}[language] in description
        assert APPROVAL[language].format(page.approved_on) in text_of(description)


@all_feeds
def test_item_dates_are_the_first_publication_and_the_last_update(client, published, language, kind):
    feed = read_feed(client, language, kind)

    newest = feed.entries[0]
    assert newest.published_parsed[:4] == (2025, 3, 3, 9)  # 10:00 in Copenhagen is 09:00 UTC
    if kind == "atom":
        assert newest.updated_parsed[:4] == (2025, 3, 4, 9)


def test_item_ids_are_unique_per_language_and_survive_a_new_slug(client, published):
    ids = {
        (language, kind): [entry.id for entry in read_feed(client, language, kind).entries] for language, kind in FEEDS
    }

    assert ids["da", "rss"] == ids["da", "atom"]
    assert ids["en", "rss"] == ids["en", "atom"]
    assert not set(ids["da", "rss"]) & set(ids["en", "rss"])
    assert all(re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", value) for value in ids["da", "rss"] + ids["en", "rss"])
    TripReportPage.objects.filter(pk=published[0].pk).update(slug="ny-adresse")
    assert [entry.id for entry in read_feed(client, "da", "rss").entries] == ids["da", "rss"]


@pytest.mark.parametrize("make_report", UNAPPROVED, ids=lambda f: f.__name__)
def test_unapproved_report_is_in_no_feed(client, world, published, make_report):  # noqa: F811
    report = make_report(world, client)
    client.logout()

    for language, kind in FEEDS:
        feed = read_feed(client, language, kind)
        assert len(feed.entries) == 3
        assert report.title not in str(feed)
        assert report.slug not in str(feed)


def test_english_draft_of_a_published_report_is_not_in_the_english_feed(client, world, published):  # noqa: F811
    english = TripReportPage.objects.get(title="Bulk trip 0")
    TripReportPage.objects.filter(pk=english.pk).update(live=False)

    titles = [entry.title for entry in read_feed(client, "en", "rss").entries]

    assert titles == ["Bulk trip 2", "Bulk trip 1"]


def test_report_under_a_view_restriction_is_in_no_feed(client, world, published):  # noqa: F811
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=published[1], restriction_type=PageViewRestriction.LOGIN)

    titles = [entry.title for entry in read_feed(client, "da", "atom").entries]

    assert titles == ["Masserejse 2", "Masserejse 0"]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_is_well_formed_whatever_the_title(client, world, published, kind):  # noqa: F811
    title = "Prag & Wuxi <b>fed</b> \x0b\x1f\ufffe slut"
    with publication_guard_suspended():
        TripReportPage.objects.filter(pk=published[2].pk).update(title=title)

    feed = read_feed(client, "da", kind)

    assert feed.entries[0].title.startswith("Prag & Wuxi")
    assert feed.entries[0].title.endswith("slut")


@pytest.mark.no_page_cache  # the count is of the render, not of a page cache hit
def test_feed_is_limited_and_its_query_count_does_not_grow_with_the_reports(client, world):  # noqa: F811
    stamp_publication(many_published_reports(world, 5))
    assert count_queries(client, FEEDS["da", "rss"]) == FEED_QUERIES
    assert len(read_feed(client, "da", "rss").entries) == 5

    many_published_reports(world, 495, start=5)
    assert count_queries(client, FEEDS["da", "rss"]) == FEED_QUERIES
    assert count_queries(client, FEEDS["da", "atom"]) == FEED_QUERIES
    assert len(read_feed(client, "da", "atom").entries) == 20


def count_queries(client, url):
    warm(client, url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == HTTPStatus.OK
    return len(queries)


def test_no_feed_in_a_language_without_a_live_report_index(client, world):  # noqa: F811
    Page.objects.filter(pk=world.index_en.pk).update(live=False)

    assert client.get(FEEDS["en", "rss"]).status_code == HTTPStatus.NOT_FOUND
    assert client.get(FEEDS["da", "rss"]).status_code == HTTPStatus.OK


def feed_links(html):
    return re.findall(
        r'<link rel="alternate" type="(application/(?:rss|atom)\+xml)" title="([^"]+)" href="([^"]+)">', html
    )


def test_every_page_announces_the_feeds_of_its_language(client, seeded):
    pages = Page.objects.live().public().filter(depth__gte=2).select_related("locale")
    assert {page.locale.language_code for page in pages} == {"da", "en"}
    for page in pages:
        language = page.locale.language_code
        html = client.get(page.url).content.decode()
        assert feed_links(html) == [
            (
                "application/rss+xml",
                {"da": "Rejserapporter (RSS)", "en": "Trip reports (RSS)"}[language],
                FEEDS[language, "rss"],
            ),
            (
                "application/atom+xml",
                {"da": "Rejserapporter (Atom)", "en": "Trip reports (Atom)"}[language],
                FEEDS[language, "atom"],
            ),
        ], page.url
    for url in FEEDS.values():
        assert read_feed(client, url[1:3], url.rsplit(".", 1)[1]).entries


def test_not_found_page_announces_the_feeds_too(client, seeded):
    html = client.get("/en/no-such-page/").content.decode()

    assert [href for _type, _title, href in feed_links(html)] == [FEEDS["en", "rss"], FEEDS["en", "atom"]]


def test_live_report_without_an_approval_record_is_in_no_feed(client, world, published):  # noqa: F811
    # The publication guard prevents this; the feed does not rely on it.
    with publication_guard_suspended():
        TripReportPage.objects.filter(translation_key=published[0].translation_key).update(approved_on=None)

    for language, kind in FEEDS:
        assert len(read_feed(client, language, kind).entries) == 2


def test_withdrawn_report_leaves_the_feeds_of_both_languages(client, world, published):  # noqa: F811
    login(client, world.users["moderator"])
    response = client.post(f"/admin/pages/{published[0].pk}/unpublish/")
    assert response.status_code == HTTPStatus.FOUND
    client.logout()

    assert [entry.title for entry in read_feed(client, "da", "rss").entries] == ["Masserejse 2", "Masserejse 1"]
    assert [entry.title for entry in read_feed(client, "en", "atom").entries] == ["Bulk trip 2", "Bulk trip 1"]
