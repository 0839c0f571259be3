"""The public search page in each language: what it finds, what it never finds, and how it shows it."""

import re
from http import HTTPStatus

import pytest
from django.db import connection
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Page

from cms.search.excerpt import excerpt, query_terms
from cms.search.views import MAX_QUERY_LENGTH
from home.models import HomePage
from tests.publishing import publish
from tests.reports.bulk import many_published_reports
from tests.reports.helpers import approve, login, submit
from tests.reports.states import UNAPPROVED
from tests.reports.translation import review_translation, start_translation, translate_strings
from tests.reports.world import create_draft_report

pytestmark = pytest.mark.django_db

SEARCH_URL = {"da": "/da/soeg/", "en": "/en/search/"}
postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming needs PostgreSQL")
RESULT_LINK = re.compile(r'<h2 class="h3 search-result__title"><a href="([^"]+)">')


def search(client, language, query, **params):
    response = client.get(SEARCH_URL[language], {"q": query, **params})
    assert response.status_code == HTTPStatus.OK
    return response


def result_urls(response):
    return RESULT_LINK.findall(response.content.decode())


# --- The page and the header field -----------------------------------------------------------------


@pytest.mark.parametrize(("language", "url"), SEARCH_URL.items())
def test_every_page_has_a_labelled_search_field_in_the_header_leading_to_its_language(seeded, client, language, url):
    body = client.get(f"/{language}/").content.decode()
    header = body[body.index('<header class="header">') : body.index("</header>")]
    assert f'<form class="search site-search" role="search" action="{url}" method="get">' in header
    label = re.search(r'<label class="sr-only" for="site-search-query">([^<]+)</label>', header)
    assert label and label.group(1) == {"da": "Søg på hjemmesiden", "en": "Search the website"}[language]
    assert 'id="site-search-query" name="q"' in header


@pytest.mark.parametrize(("url", "other"), [("/da/soeg/", "/en/search/"), ("/en/search/", "/da/soeg/")])
def test_the_language_switcher_leads_to_the_other_languages_search_page(seeded, client, url, other):
    page = client.get(url, {"q": "Wuxi"}).content.decode()

    assert re.search(rf'<a [^>]*href="{other}"[^>]*lang=', page), "the switcher leads to the other search page"


def test_the_search_address_is_translated(seeded, client):
    assert client.get("/da/soeg/").status_code == HTTPStatus.OK
    assert client.get("/en/search/").status_code == HTTPStatus.OK
    assert client.get("/da/search/").status_code == HTTPStatus.NOT_FOUND
    assert client.get("/en/soeg/").status_code == HTTPStatus.NOT_FOUND


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_the_search_page_only_reads(seeded, client, method):
    assert getattr(client, method)("/da/soeg/").status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_an_empty_query_asks_for_words_and_a_query_without_hits_says_so(seeded, client):
    assert "Skriv et eller flere ord" in search(client, "da", "").content.decode()
    assert "Type one or more words" in search(client, "en", "   ").content.decode()
    body = search(client, "da", "kængurubøf").content.decode()
    assert "Ingen sider passer på »kængurubøf«" in body
    assert result_urls(search(client, "da", "kængurubøf")) == []


def test_the_search_page_is_not_indexed_by_search_engines_and_sets_no_cookie(seeded, client):
    response = search(client, "da", "venskabsbyer")
    assert '<meta name="robots" content="noindex, follow">' in response.content.decode()
    assert not response.cookies


# --- What it finds, in which language --------------------------------------------------------------


def test_danish_search_finds_the_partner_cities_by_the_word_in_their_text(seeded, client):
    urls = result_urls(search(client, "da", "venskabsbyer"))
    assert "/da/samarbejdsbyer/prag-10/" in urls
    assert "/da/samarbejdsbyer/" in urls


@postgres_only
def test_postgres_danish_search_finds_the_partner_cities_by_an_inflected_form(seeded, client):
    response = search(client, "da", "venskabsbyerne")
    urls = result_urls(response)
    assert "/da/samarbejdsbyer/prag-10/" in urls
    assert "/da/samarbejdsbyer/" in urls
    # The words that stem alike are marked, not only the literal query.
    assert "<mark>venskabsbyer</mark>" in response.content.decode()


@postgres_only
def test_postgres_english_pages_are_stemmed_by_english_rules(seeded, client):
    """ "city" finds "cities" in English only: the Danish rules stem the two words differently."""
    response = search(client, "en", "city")
    assert "/en/partner-cities/" in result_urls(response)
    assert "<mark>cities</mark>" in response.content.decode()


@pytest.mark.parametrize(("language", "other"), [("da", "en"), ("en", "da")])
def test_each_language_returns_only_its_own_pages(seeded, client, language, other):
    # "Ballerup" and "Wuxi" are on pages of both languages.
    for query in ["Ballerup", "Wuxi"]:
        urls = result_urls(search(client, language, query))
        assert urls, query
        assert all(url.startswith(f"/{language}/") for url in urls), urls
        assert not [url for url in urls if url.startswith(f"/{other}/")]


# --- Nothing unapproved ----------------------------------------------------------------------------


@pytest.mark.parametrize("make_report", UNAPPROVED, ids=lambda f: f.__name__)
def test_an_unapproved_report_is_never_found_in_either_language(client, world, make_report):  # noqa: F811
    report = make_report(world, client)
    found = create_draft_report(world, title="Godkendt om Wuxi", slug="godkendt-om-wuxi")
    submit(client, world, found)
    approve(client, world, found)
    client.logout()

    urls = result_urls(search(client, "da", "Wuxi"))
    assert urls == ["/da/rejserapporter/godkendt-om-wuxi/"]  # the search itself works
    assert not [url for url in urls if report.slug in url]
    assert result_urls(search(client, "en", "Wuxi")) == []


def test_an_english_translation_is_found_only_once_reviewed_and_never_after_the_danish_is_withdrawn(
    client,
    world,  # noqa: F811
):
    report = create_draft_report(world)
    submit(client, world, report)
    approve(client, world, report)
    start_translation(client, world, report)
    english = translate_strings(world, report)
    client.logout()
    assert result_urls(search(client, "en", "Prague")) == []  # in review

    review_translation(client, world, english)
    client.logout()
    assert result_urls(search(client, "en", "Prague")) == ["/en/trip-reports/study-trip-to-prague/"]

    login(client, world.users["moderator"])
    client.post(f"/admin/pages/{report.pk}/unpublish/")
    client.logout()
    assert result_urls(search(client, "en", "Prague")) == []
    assert result_urls(search(client, "da", "Prag")) == []


def test_a_page_behind_a_view_restriction_is_not_found(seeded, client):
    from wagtail.models import PageViewRestriction

    prague = Page.objects.get(url_path__endswith="/samarbejdsbyer/prag-10/")
    PageViewRestriction.objects.create(page=prague, restriction_type="login")
    assert "/da/samarbejdsbyer/prag-10/" not in result_urls(search(client, "da", "venskabsbyer"))


# --- Excerpts, highlighting and escaping -----------------------------------------------------------


@pytest.fixture
def home_with_markup(seeded):
    home = HomePage.objects.get(locale__language_code="da")
    home.introduction = "<p>Vi skriver &lt;script&gt;alert(1)&lt;/script&gt; om zebraord &amp; venner.</p>"
    return publish(home)


def test_the_excerpt_escapes_the_page_text_and_marks_the_query_words(home_with_markup, client):
    body = search(client, "da", "zebraord").content.decode()
    assert "Vi skriver &lt;script&gt;alert(1)&lt;/script&gt; om <mark>zebraord</mark> &amp; venner." in body
    assert "<script>alert" not in body


def test_a_marked_word_inside_markup_is_escaped_around_the_mark():
    assert excerpt("Et <b>script</b> & mere", query_terms("script")) == (
        "Et &lt;b&gt;<mark>script</mark>&lt;/b&gt; &amp; mere"
    )


def test_the_query_is_escaped_wherever_it_is_shown(home_with_markup, client):
    query = 'zebraord"><script>alert(2)</script>'
    body = search(client, "da", query).content.decode()
    assert "<script>alert(2)" not in body
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in body  # in the title, the field and the message


def test_excerpt_cuts_a_window_around_the_first_hit():
    text = " ".join(f"ord{n}" for n in range(200)) + " venskabsbyer " + " ".join(f"ord{n}" for n in range(200))
    html = excerpt(text, query_terms("venskab"))
    assert html.startswith("…") and html.endswith("…")
    assert "<mark>venskabsbyer</mark>" in html
    assert len(re.sub(r"</?mark>", "", html)) < 300


def test_excerpt_without_a_hit_is_the_start_of_the_text_and_short_terms_mark_whole_words_only():
    assert excerpt("Byen og byerne.", query_terms("by")) == "Byen og byerne."
    assert excerpt("Byen og by.", query_terms("BY")) == "Byen og <mark>by</mark>."


# --- Input that must never break it ----------------------------------------------------------------

MALFORMED = [
    "x" * 5000,
    "venskabsbyer " * 200,
    "\x00",
    "venskab\x00sbyer",
    "%",
    "100%",
    "%%' OR 1=1 --",
    '"',
    "'venskabsbyer",
    '"unclosed phrase',
    "a & b | !c",
    "foo:* & (bar",
    "(((",
    "<>",
    "\\",
    "title:Prag",
    "-venskabsbyer",
    "NOT venskabsbyer",
    "Ærø østpå Åbenrå",
    "مرحبا",
    "漢字",
    "🙂 venskabsbyer",
    "\u202ertl",
]


# One test over all the inputs (subtests): loading the demo once, not once per input.
def test_malformed_queries_never_fail(seeded, client, subtests):
    for language in ("da", "en"):
        for number, query in enumerate(MALFORMED):
            with subtests.test(language=language, query=number):
                response = client.get(SEARCH_URL[language], {"q": query})
                assert response.status_code == HTTPStatus.OK


def test_malformed_page_numbers_never_fail(seeded, client, subtests):
    for page in ["abc", "-1", "0", "99999999999999999999999", "1.5", "", "\x00"]:
        with subtests.test(page=page):
            assert client.get("/da/soeg/", {"q": "venskabsbyer", "page": page}).status_code == HTTPStatus.OK


def test_a_repeated_or_raw_query_string_never_fails(seeded, client):
    assert client.get("/da/soeg/?q=a&q=b&page=1&page=x").status_code == HTTPStatus.OK
    assert client.get("/da/soeg/?q=%FF%FE%00").status_code == HTTPStatus.OK
    assert client.get("/da/soeg/?q=%ED%A0%80venskabsbyer").status_code == HTTPStatus.OK  # an encoded surrogate


def test_control_characters_are_no_part_of_the_query(seeded, client):
    assert 'value="venskabs byer"' in search(client, "da", "venskabs\x00byer\x07").content.decode()


def test_an_over_long_query_is_cut_and_the_visitor_told(seeded, client):
    query = "venskabsbyer " + "x" * 500
    body = search(client, "da", query).content.decode()
    assert f"kun de første {MAX_QUERY_LENGTH} tegn blev brugt" in body
    assert f'value="{query[:MAX_QUERY_LENGTH]}"' in body
    assert search(client, "da", "venskabsbyer").content.decode().count("blev brugt") == 0


# --- Pagination, promotions, popular searches, query count -----------------------------------------


def test_pagination_keeps_the_query(client, world):  # noqa: F811
    many_published_reports(world, 25)
    first = search(client, "da", "masserejse")
    assert "25 sider passer på »masserejse«" in first.content.decode()
    assert 'href="?q=masserejse&amp;page=2" rel="next"' in first.content.decode()
    second = search(client, "da", "masserejse", page=2)
    assert 'href="?q=masserejse&amp;page=1" rel="prev"' in second.content.decode()
    assert 'href="?q=masserejse&amp;page=3" rel="next"' in second.content.decode()
    assert set(result_urls(first)).isdisjoint(result_urls(second))
    assert len(result_urls(first)) == len(result_urls(second)) == 10


def test_pagination_link_encodes_the_query(client, world):  # noqa: F811
    many_published_reports(world, 12)
    body = search(client, "da", "Masserejse % &").content.decode()
    assert 'href="?q=Masserejse%20%25%20%26&amp;page=2"' in body


def promote(query, page):
    return SearchPromotion.objects.create(query=Query.get(query), page=page, sort_order=0)


def test_promoted_pages_come_first_in_their_own_language_only(seeded, client):
    danish_reports = Page.objects.get(url_path__endswith="/rejserapporter/", locale__language_code="da")
    english_reports = Page.objects.get(translation_key=danish_reports.translation_key, locale__language_code="en")
    promote("Venskabsbyer", danish_reports)
    promote("venskabsbyer", english_reports)

    danish = search(client, "da", "venskabsbyer")
    assert result_urls(danish)[0] == "/da/rejserapporter/"
    assert result_urls(danish).count("/da/rejserapporter/") == 1
    assert "Anbefalet" in danish.content.decode()
    assert not [url for url in result_urls(danish) if url.startswith("/en/")]

    english = search(client, "en", "venskabsbyer")
    assert result_urls(english) == ["/en/trip-reports/"]


def test_a_promoted_page_that_is_not_live_is_not_shown(seeded, client):
    reports = Page.objects.get(url_path__endswith="/rejserapporter/", locale__language_code="da")
    promote("venskabsbyer", reports)
    Page.objects.filter(pk=reports.pk).update(live=False)
    assert "/da/rejserapporter/" not in result_urls(search(client, "da", "venskabsbyer"))


def test_searches_that_find_something_are_counted_without_a_cookie(seeded, client):
    response = search(client, "da", "Venskabsbyer")
    search(client, "da", "kængurubøf")  # found nothing: not kept

    assert not response.cookies
    assert list(QueryDailyHits.objects.values_list("query__query_string", "hits")) == [("venskabsbyer", 1)]


@pytest.mark.parametrize("count", [5, 500])
def test_search_query_count_does_not_grow_with_the_reports(client, world, django_assert_num_queries, count):  # noqa: F811
    many_published_reports(world, count)
    search(client, "da", "masserejse")  # the query is known from here on, as for any popular search
    with translation.override("da"), django_assert_num_queries(SEARCH_QUERIES):
        search(client, "da", "masserejse")


# The locale, view restrictions, promotions, the count, the results, their specific pages (one query per
# page type among them), the site for their links, counting the search (one UPDATE of today's count), the
# page frame (one), and on PostgreSQL the words that stem like the query.
SEARCH_QUERIES = 10 if connection.vendor == "postgresql" else 9


def test_a_web_editor_pins_a_page_to_a_query_in_the_admin(editor, client):  # noqa: F811
    """Through Wagtail's own promotions form: the pinned page then comes first for that query."""
    cities = Page.objects.get(url_path__endswith="/samarbejdsbyer/", locale__language_code="da")
    menu = client.get("/admin/").content.decode()
    assert "/admin/searchpicks/" in menu
    response = client.post(
        "/admin/searchpicks/add/",
        {
            "query_string": "strategi",
            "editors_picks-TOTAL_FORMS": "1",
            "editors_picks-INITIAL_FORMS": "0",
            "editors_picks-MIN_NUM_FORMS": "0",
            "editors_picks-MAX_NUM_FORMS": "1000",
            "editors_picks-0-page": str(cities.pk),
            "editors_picks-0-external_link_url": "",
            "editors_picks-0-external_link_text": "",
            "editors_picks-0-description": "",
            "editors_picks-0-ORDER": "0",
        },
    )
    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:2000]
    client.logout()
    assert result_urls(search(client, "da", "strategi"))[0] == "/da/samarbejdsbyer/"
