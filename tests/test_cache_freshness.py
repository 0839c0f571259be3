"""Never stale: each change an editor makes in the admin shows on the very next anonymous request, in
both languages, though every page that shows it was in the page cache.

Each test fills the cache with the pages that depend on the change, makes the change through the
admin's own views, and reads them again as a visitor.
"""

from http import HTTPStatus

from django.urls import reverse
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import querydict_from_html

from home.models import ContactDetails, HomePage, StandardPage
from reports.models import Committee, TripReportIndexPage, TripReportPage
from tests.cache_helpers import STREAMED_PATHS, anonymous, views_in_each_language
from tests.publishing import publish
from tests.reports.helpers import current_task_state, take_action
from tests.workflows.admin import (
    danish_report,
    login,
    publish_danish_through_review,
    translate_title,
)

HEADER = "X-Page-Cache"


def cached(client, paths):
    """Read each path twice as a visitor: it is in the page cache now (the streamed files: in none)."""
    for path in paths:
        anonymous(client).get(path)
        assert anonymous(client).get(path)[HEADER] == ("pass" if path in STREAMED_PATHS else "hit"), path


def visit(client, path):
    return anonymous(client).get(path)


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def text(client, path):
    response = visit(client, path)
    assert response.status_code == HTTPStatus.OK, (path, response.status_code)
    return body(response).decode()


def homes():
    return [home.get_url() for home in HomePage.objects.live().order_by("locale__language_code")]


def indexes():
    return [index.get_url() for index in TripReportIndexPage.objects.live().order_by("locale__language_code")]


def translated_standard_page():
    """A Danish standard page with a live English translation: (Danish, English)."""
    english = Locale.objects.get(language_code="en")
    for page in StandardPage.objects.live().filter(locale=Locale.get_default()):
        translation = page.get_translation_or_none(english)
        if translation is not None and translation.live:
            return page, translation
    raise AssertionError("The demo has no translated standard page")


def test_a_report_approved_by_its_committee_shows_everywhere_at_once(seeded, client):
    waiting = next(
        report
        for report in TripReportPage.objects.filter(locale=Locale.get_default(), live=False)
        if current_task_state(report) is not None
    )
    danish_index = TripReportIndexPage.objects.live().get(locale=Locale.get_default())
    dependents = [danish_index.get_url(), "/open-data/trips.json", "/open-data/datapackage.json", *homes()]
    dependents += views_in_each_language()
    cached(client, dependents)
    before = {path: body(visit(client, path)) for path in dependents}

    login(client, "management-member")
    response = take_action(client, waiting, "approve", meeting_date=timezone.localdate().isoformat())
    assert response.status_code < 400
    waiting = TripReportPage.objects.get(pk=waiting.pk)
    assert waiting.live

    assert waiting.title in text(client, danish_index.get_url())
    assert waiting.title in text(client, "/da/feeds/rejserapporter.rss")
    assert str(waiting.translation_key) in text(client, "/open-data/trips.json")
    # The spending overviews count it, in both languages.
    for index in TripReportIndexPage.objects.live():
        assert body(visit(client, index.spending_url())) != before[index.spending_url()], index.spending_url()


def listed_translated_report(client):
    """A live Danish report with a live English translation, both on the first page of their index."""
    first_pages = [text(client, path) for path in indexes()]
    english = Locale.objects.get(language_code="en")
    for report in TripReportPage.objects.live().filter(locale=Locale.get_default()):
        translation = report.get_translation_or_none(english)
        if translation and translation.live and report.title in first_pages[0] and translation.title in first_pages[1]:
            return report, translation
    raise AssertionError("no translated report on the first page of both indexes")


def test_a_withdrawn_report_is_gone_from_every_cached_page_and_file(seeded, client):
    report, english = listed_translated_report(client)
    addresses = [report.get_url(), english.get_url()]
    dependents = [*addresses, *indexes(), *homes(), *views_in_each_language(), "/sitemap.xml"]
    dependents += ["/open-data/trips.json", "/open-data/trips.csv", "/open-data/expenses.csv"]
    cached(client, dependents)
    assert report.title in text(client, indexes()[0]) and english.title in text(client, indexes()[1])

    login(client, "moderator")
    assert client.post(reverse("wagtailadmin_pages:unpublish", args=[report.pk])).status_code == HTTPStatus.FOUND

    for address in addresses:
        assert visit(client, address).status_code == HTTPStatus.NOT_FOUND, address
    for path in [*indexes(), *homes(), "/da/feeds/rejserapporter.rss", "/en/feeds/trip-reports.atom"]:
        html = text(client, path)
        assert report.title not in html and english.title not in html, path
    assert not any(address in text(client, "/sitemap.xml") for address in addresses)
    key = str(report.translation_key)
    for path in ["/open-data/trips.json", "/open-data/trips.csv", "/open-data/expenses.csv"]:
        assert key not in text(client, path), path


def test_a_renamed_page_moves_at_once_and_both_languages_link_its_new_address(seeded, client):
    danish, english = translated_standard_page()
    old_url = danish.get_url()
    cached(client, [old_url, english.get_url(), "/sitemap.xml", *homes()])

    renamed = publish_danish_through_review(client, danish, slug="nyt-navn-paa-siden", title="Nyt navn på siden")

    assert visit(client, old_url).status_code == HTTPStatus.NOT_FOUND
    new_url = renamed.get_url()
    assert new_url.endswith("/nyt-navn-paa-siden/")
    assert "Nyt navn på siden" in text(client, new_url)
    assert new_url in text(client, english.get_url())  # its language switcher and hreflang
    assert new_url in text(client, "/sitemap.xml")


def test_a_moved_page_answers_at_its_new_address_only(seeded, client):
    danish, english = translated_standard_page()
    old_url = danish.get_url()
    home = HomePage.objects.get(locale=Locale.get_default())
    new_parent = publish(home.add_child(instance=StandardPage(title="Ny overside", slug="ny-overside", live=False)))
    cached(client, [old_url, english.get_url(), "/sitemap.xml"])

    login(client, "admin")
    response = client.post(reverse("wagtailadmin_pages:move_confirm", args=[danish.pk, new_parent.pk]))
    assert response.status_code == HTTPStatus.FOUND

    new_url = Page.objects.get(pk=danish.pk).get_url()
    assert new_url.startswith(new_parent.get_url())
    moved = visit(client, old_url)  # the admin left a redirect at the old address
    assert moved.status_code == HTTPStatus.MOVED_PERMANENTLY and moved["Location"] == new_url
    assert visit(client, new_url).status_code == HTTPStatus.OK
    assert new_url in text(client, english.get_url())
    assert old_url not in text(client, "/sitemap.xml")


def test_a_deleted_page_is_gone_and_no_longer_linked(seeded, client):
    danish, english = translated_standard_page()
    old_url = danish.get_url()
    cached(client, [old_url, english.get_url(), "/sitemap.xml", *homes()])

    login(client, "admin")
    assert client.post(reverse("wagtailadmin_pages:delete", args=[danish.pk])).status_code == HTTPStatus.FOUND

    assert visit(client, old_url).status_code == HTTPStatus.NOT_FOUND
    assert old_url not in text(client, "/sitemap.xml")
    assert old_url not in text(client, homes()[0])


def test_an_approved_translation_shows_at_once(seeded, client):
    danish, english = translated_standard_page()
    cached(client, [english.get_url(), danish.get_url()])

    translate_title(client, english, "A title the reviewer approved")
    assert client.post(f"/admin/translations/{english.pk}/review/").status_code == HTTPStatus.FOUND
    login(client, "moderator")
    assert take_action(client, english, "approve").status_code < 400

    assert "A title the reviewer approved" in text(client, english.get_url())


def test_a_renamed_committee_shows_on_its_reports_in_both_languages(seeded, client):
    report = danish_report()
    english = report.get_translation(Locale.objects.get(language_code="en"))
    cached(client, [report.get_url(), english.get_url(), *[index.spending_url() for index in indexes_pages()]])
    committee = Committee.objects.get(pk=report.committee_id)

    login(client, "admin")
    url = reverse("wagtailsnippets_reports_committee:edit", args=[committee.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="w-editor-form")
    data["name_da"], data["name_en"] = "Det Omdøbte Udvalg", "The Renamed Committee"
    assert client.post(url, data).status_code == HTTPStatus.FOUND

    assert "Det Omdøbte Udvalg" in text(client, report.get_url())
    assert "The Renamed Committee" in text(client, english.get_url())


def indexes_pages():
    return TripReportIndexPage.objects.live()


def test_the_footers_contact_details_change_on_every_cached_page(seeded, client):
    pages = [*homes(), *indexes(), "/da/soeg/"]
    cached(client, pages[:-1])
    details = ContactDetails.objects.get(locale=Locale.get_default())

    login(client, "editor")
    url = reverse("wagtailsnippets_home_contactdetails:edit", args=[details.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="w-editor-form")
    data["phone"] = "44 77 20 99"
    assert client.post(url, data).status_code == HTTPStatus.FOUND

    for path in [homes()[0], indexes()[0], "/da/soeg/"]:
        assert "44 77 20 99" in text(client, path), path


def test_an_edited_image_retires_every_cached_page(seeded, client):
    image = get_image_model().objects.first()
    pages = [*homes(), *indexes()]
    cached(client, pages)

    login(client, "admin")
    url = reverse("wagtailimages:edit", args=[image.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="w-editor-form")
    data["title"] = "Et nyt billednavn"
    response = client.post(url, data)
    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:500]

    for path in pages:
        assert visit(client, path)[HEADER] == "miss", path
