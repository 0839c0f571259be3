"""The process memo (cms/cache/memo.py): the site and the home page in each language are looked up once per
content generation for anonymous visitors, never kept past a change, and never used for anyone else."""

import re
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from cms.cache import generation, memo
from home.models import HomePage
from tests.cache_helpers import anonymous
from tests.publishing import as_administrator, publish
from tests.workflows.admin import login

pytestmark = pytest.mark.no_page_cache  # every request renders: what is counted is the memo's work


def _queries_of(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return [query["sql"] for query in queries]


def _site_queries(sql):
    """Wagtail's lookup of the site for the request's host (it ranks the sites as "match")."""
    return [query for query in sql if 'FROM "wagtailcore_site"' in query and 'AS "match"' in query]


def test_an_anonymous_render_finds_the_site_and_home_page_once_per_generation(seeded, client):
    first = _queries_of(anonymous(client), "/en/")
    again = _queries_of(client, "/en/international-strategy/")
    assert len(_site_queries(first)) == 1
    assert _site_queries(again) == []

    generation.bump()  # what every change of public content does
    assert len(_site_queries(_queries_of(client, "/en/"))) == 1


def test_a_logged_in_editor_looks_everything_up_itself(seeded, client):
    anonymous(client).get("/en/")
    login(client, "editor")
    for _ in range(2):
        assert len(_site_queries(_queries_of(client, "/en/"))) == 1


@pytest.mark.parametrize("language", ["da", "en"])
def test_a_change_of_the_home_page_shows_on_the_next_anonymous_render(seeded, client, language):
    path = f"/{language}/"
    assert "Ny forside" not in anonymous(client).get(path).content.decode()
    home = HomePage.objects.get(locale__language_code=language)
    home.title = home.seo_title = "Ny forside"
    publish(home)

    assert "<title>Ny forside" in client.get(path).content.decode()


def test_a_change_of_the_site_shows_on_the_next_anonymous_render(seeded, client):
    anonymous(client).get("/da/")
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Et andet navn"
    site.save()
    memo_site = client.get("/da/").wsgi_request._wagtail_site
    assert memo_site.site_name == "Et andet navn"


def _request(made_under):
    return SimpleNamespace(**{memo.REQUEST_ATTRIBUTE: made_under})


def test_a_request_read_before_a_change_neither_reads_nor_keeps_the_newer_memo():
    memo.forget()
    assert memo.remembered(_request(5), "key", lambda: "new") == "new"
    # A request that read generation 4 before the change: it computes for itself and keeps nothing.
    assert memo.remembered(_request(4), "key", lambda: "old") == "old"
    assert memo.remembered(_request(5), "key", lambda: "recomputed") == "new"
    # The next generation starts empty.
    assert memo.remembered(_request(6), "key", lambda: "newest") == "newest"
    assert memo.remembered(_request(None), "key", lambda: "unremembered") == "unremembered"


def test_pages_served_from_the_memo_are_the_live_ones(seeded, client):
    anonymous(client).get("/en/")
    english_home = Page.objects.get(depth=2, locale__language_code="en")
    english_home.specific.unpublish()
    response = client.get("/en/")
    memo.forget()
    assert response.content == client.get("/en/").content


@pytest.mark.parametrize(("path", "field"), [("/da/rejserapporter/", "name_da"), ("/en/trip-reports/", "name_en")])
def test_the_report_filters_follow_a_change_of_their_choices_at_once(seeded, client, path, field):
    from reports.models import Committee

    assert "Udvalget for Fremtiden" not in anonymous(client).get(path).content.decode()
    with CaptureQueriesContext(connection) as warm:
        client.get(path)
    committee = Committee.objects.get(name_da="Økonomiudvalget")
    setattr(committee, field, "Udvalget for Fremtiden")
    committee.save()

    with CaptureQueriesContext(connection) as changed:
        html = client.get(path).content.decode()
    assert ">Udvalget for Fremtiden</option>" in html
    # The memo starts empty after the change: the site, the home page, its children (the index among them),
    # whether any page has a view restriction, the filter choices' four queries and the list's totals.
    assert len(changed) == len(warm) + 9


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_sections_below_the_home_page_follow_a_new_page_a_rename_and_an_unpublication_at_once(
    seeded, client, language
):
    """The home page's children come from the memo: a section added, renamed or unpublished routes at once."""
    from home.models import StandardPage

    home = HomePage.objects.get(locale__language_code=language)
    section = StandardPage.objects.child_of(home).live().first()
    old_path = section.url
    assert anonymous(client).get(old_path).status_code == 200  # the memo now holds the home page's children
    added = home.add_child(instance=StandardPage(title="Ny sektion", slug="ny-sektion", live=False))
    publish(added)
    assert client.get(f"/{language}/ny-sektion/").status_code == 200

    section.slug = "nyt-navn"
    publish(section)
    assert client.get(old_path).status_code == 404
    assert client.get(f"/{language}/nyt-navn/").status_code == 200

    with as_administrator():
        StandardPage.objects.get(pk=added.pk).unpublish()
    assert client.get(f"/{language}/ny-sektion/").status_code == 404


@pytest.mark.parametrize("restricted", ["the section itself", "the home page above it"])
def test_a_view_restriction_added_applies_on_the_next_anonymous_render(seeded, client, restricted):
    """With none on the site, the memo spares the restriction check its query; the first one added counts at once,
    also on a section that the memo keeps."""
    from wagtail.models import PageViewRestriction

    section = Page.objects.get(url_path__endswith="/internationale-borgere/")
    path = section.url
    assert anonymous(client).get(path).status_code == 200
    assert client.get(path).status_code == 200  # served with the memo warm
    page = section if restricted == "the section itself" else section.get_parent()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(path)
    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.parametrize("path", ["/da/rejserapporter/", "/en/trip-reports/"])
def test_the_whole_lists_totals_follow_a_withdrawn_report_at_once(seeded, client, path):
    """The unfiltered list's totals are kept under the generation: a report taken down counts no more at once."""
    from reports.models import TripReportPage

    def trips_shown():
        html = client.get(path).content.decode()
        return int(re.search(r"<dt>(?:Rejser|Trips)</dt><dd>(\d+)</dd>", html).group(1))

    anonymous(client)
    before = trips_shown()
    assert trips_shown() == before  # the second from the memo
    language = path.strip("/").split("/")[0]
    report = TripReportPage.objects.live().filter(locale__language_code=language).first()
    with as_administrator():
        report.unpublish()
    assert trips_shown() == before - 1
