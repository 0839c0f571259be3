"""The publish-route matrix: no route puts a page live around its workflow.

The rule: a page goes live (or a live page gets a new live revision) only as the finish of its
workflow. Trip reports and their English translations: for everyone, superusers included. Every
other page: for everyone except superusers, whose own direct publishing of ordinary pages must keep
working (those rows expect the page live).

Each route below is one small helper that performs it through the admin's real views, as `role`,
on the demo's trip report or ordinary (standard) page, Danish or English. It returns an Attempt:
the response and the public address the route would have published to. The test then asks, as an
anonymous visitor, whether the route's text reached the page, its parent's listing, the sitemap or a
feed.
"""

import datetime
from dataclasses import dataclass
from functools import cached_property
from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command
from django.http import HttpResponse
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, Page

from home.models import StandardPage
from reports.models import TripReportPage
from tests.workflows.admin import (
    MARKER,
    MARKER_SLUG,
    danish_report,
    edit_url,
    editor_form,
    form_for_new_page,
    login,
    post_form,
    publish_danish_through_review,
    read_form,
    reload,
    save_draft,
    source_of,
    stop_synced_translation,
    translate_title,
)

ROLES = ("editor", "moderator", "finance-member", "admin")
KINDS = ("report", "ordinary")


@dataclass
class Scene:
    """The starting point of one case: the demo page of `kind` in `language`."""

    client: Client
    kind: str
    language: str

    @cached_property
    def danish(self):
        if self.kind == "report":
            return danish_report()
        return StandardPage.objects.live().filter(locale=Locale.get_default()).order_by("path").first()

    @cached_property
    def english(self):
        return self.danish.get_translation(Locale.objects.get(language_code="en")).specific

    @property
    def page(self):
        return self.danish if self.language == "da" else self.english

    @property
    def parent(self):
        return self.page.get_parent().specific

    def editable_page(self):
        """The page, with the ordinary page editor: an English translation is unsynchronised first."""
        if self.language == "en":
            stop_synced_translation(self.client, self.english)
        return reload(self.page)


@dataclass
class Attempt:
    response: HttpResponse
    url: str  # the public address the route would publish to
    new_page: bool = False  # nothing was public there before: it must stay a 404
    text: str = MARKER  # what the route tries to put live


# --- The routes ---------------------------------------------------------------------------------


def edit_publish(scene, role, **fields):
    """The page editor's "Publish" (for English: after "Stop synced translation")."""
    page = scene.editable_page()
    response = post_form(
        scene.client, edit_url(page), editor_form(scene.client, page), role, "action-publish", title=MARKER, **fields
    )
    return Attempt(response, page.url)


def local_time(delta):
    return timezone.localtime(timezone.now() + delta).strftime("%Y-%m-%d %H:%M")


def schedule_past(scene, role):
    """Publish with a go-live date in the past: Wagtail publishes at once."""
    return edit_publish(scene, role, go_live_at=local_time(-datetime.timedelta(days=1)))


def schedule_future(scene, role):
    """Publish with a go-live date in the future, then `manage.py publish_scheduled` once it has come."""
    attempt = edit_publish(scene, role, go_live_at=local_time(datetime.timedelta(hours=1)))
    later = timezone.now() + datetime.timedelta(hours=2)
    # A management command runs in autocommit: what it defers to the commit happens at once.
    with mock.patch("django.utils.timezone.now", return_value=later), TestCase.captureOnCommitCallbacks(execute=True):
        call_command("publish_scheduled", stdout=StringIO())
    return attempt


def add_publish(scene, role):
    """The add form's "Publish": a new page beside the demo page."""
    parent = scene.parent
    url, data = form_for_new_page(scene.client, scene.kind, parent)
    response = post_form(scene.client, url, data, role, "action-publish", title=MARKER, slug=MARKER_SLUG)
    return Attempt(response, f"{parent.url}{MARKER_SLUG}/", new_page=True)


def bulk_publish(scene, role):
    """The page listing's bulk action "Publish" on a page whose latest revision is an editor's draft."""
    page = scene.editable_page()
    save_draft(scene.client, page, title=MARKER)
    login(scene.client, role)
    response = scene.client.post(f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}", {})
    return Attempt(response, page.url)


def bulk_publish_descendants(scene, role):
    """Bulk "Publish" on the parent, "including descendants": its draft children must stay drafts.

    The report's sibling waiting for its committee is such a draft; beside the ordinary page the
    editor first adds a new draft page.
    """
    parent = scene.parent
    if scene.kind == "report":
        draft = TripReportPage.objects.child_of(parent).not_live().order_by("path").first()
        url, text = draft.url, draft.title
    else:
        form_url, data = form_for_new_page(scene.client, scene.kind, parent)
        assert post_form(scene.client, form_url, data, "editor", title=MARKER, slug=MARKER_SLUG).status_code == 302
        url, text = f"{parent.url}{MARKER_SLUG}/", MARKER
    login(scene.client, role)
    response = scene.client.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={parent.pk}", {"include_descendants": "on"}
    )
    return Attempt(response, url, new_page=True, text=text)


def copy_post(scene, role, **options):
    page = scene.page
    login(scene.client, role)
    data = {"new_title": MARKER, "new_slug": MARKER_SLUG, "new_parent_page": scene.parent.pk, **options}
    return scene.client.post(reverse("wagtailadmin_pages:copy", args=[page.pk]), data)


def copy_publish(scene, role):
    """Copy the live page with "Publish copied page"."""
    response = copy_post(scene, role, publish_copies="on")
    return Attempt(response, f"{scene.parent.url}{MARKER_SLUG}/", new_page=True)


def copy_alias(scene, role):
    """Copy the live page as an alias (an alias mirrors its original's live state)."""
    response = copy_post(scene, role, alias="on")
    return Attempt(response, f"{scene.parent.url}{MARKER_SLUG}/", new_page=True, text=scene.page.title)


def revert_publish(scene, role):
    """The history's "Revert to this version" on an editor's unpublished draft, then "Publish"."""
    page = scene.editable_page()
    save_draft(scene.client, page, title=MARKER)
    draft = reload(page).get_latest_revision()
    save_draft(scene.client, reload(page), title=page.title)
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, draft.pk])
    data = read_form(scene.client, url, draft.as_object())
    assert data["title"] == MARKER
    response = post_form(scene.client, url, data, role, "action-publish")
    return Attempt(response, page.url)


def sync_post(scene, role, danish):
    login(scene.client, role)
    url = reverse("wagtail_localize:update_translations", args=[source_of(danish).pk])
    return scene.client.post(url, {"publish_translations": "on"})


def sync_publish(scene, role):
    """wagtail-localize's "Sync translated pages" with "Publish immediately", after a reviewed Danish change."""
    publish_danish_through_review(scene.client, scene.danish, title=MARKER)
    return Attempt(sync_post(scene, role, scene.danish), scene.english.url)


def sync_publish_unpublished_source(scene, role):
    """ "Sync translated pages" + "Publish immediately" while the Danish page is not live.

    Ordinary page: a new Danish draft that the editor sent for translation. Trip report: the
    demo report after a moderator withdrew it (which withdraws its translation too).
    """
    english = Locale.objects.get(language_code="en")
    if scene.kind == "report":
        danish = scene.danish
        login(scene.client, "moderator")
        assert scene.client.post(reverse("wagtailadmin_pages:unpublish", args=[danish.pk])).status_code == 302
        assert not reload(scene.english).live
    else:
        form_url, data = form_for_new_page(scene.client, scene.kind, scene.danish.get_parent())
        assert post_form(scene.client, form_url, data, "editor", title=MARKER, slug=MARKER_SLUG).status_code == 302
        danish = StandardPage.objects.get(locale=Locale.get_default(), slug=MARKER_SLUG)
        login(scene.client, "editor")
        url = reverse("wagtail_localize:submit_page_translation", args=[danish.pk])
        assert scene.client.post(url, {"locales": [english.pk]}).status_code == 302
    target = danish.get_translation(english)
    return Attempt(sync_post(scene, role, danish), target.url, new_page=True)


def translation_editor_publish(scene, role):
    """wagtail-localize's translation editor: the editor types a new English title, `role` presses Publish."""
    translate_title(scene.client, scene.english, MARKER)
    login(scene.client, role)
    response = scene.client.post(edit_url(scene.english), {"action": "publish"})
    return Attempt(response, scene.english.url)


def convert_post(scene, role):
    login(scene.client, role)
    return scene.client.post(reverse("wagtail_localize:convert_to_alias", args=[scene.english.pk]))


def convert_to_alias(scene, role):
    """ "Convert to alias" on the English page: it would show the (reviewed) Danish text at once."""
    publish_danish_through_review(scene.client, scene.danish, title=MARKER)
    return Attempt(convert_post(scene, role), scene.english.url)


def alias_sync(scene, role):
    """ "Convert to alias", then a later Danish publication (through its review) that the alias follows."""
    response = convert_post(scene, role)
    publish_danish_through_review(scene.client, reload(scene.danish), title=MARKER)
    return Attempt(response, scene.english.url)


def locale_sync(scene, role):
    """The English locale set to "Synchronise content from Danish", then a new Danish page published
    through its review: wagtail-localize's English alias of it must not go live unreviewed."""
    english = Locale.objects.get(language_code="en")
    login(scene.client, role)
    url = reverse("wagtaillocales:edit", args=[english.pk])
    component = "component-wagtail_localize_localesynchronization"
    data = {"language_code": "en", f"{component}-enabled": "on", f"{component}-sync_from": Locale.get_default().pk}
    response = scene.client.post(url, data)
    assert response.status_code == 302, response.status_code
    parent = scene.danish.get_parent().specific
    form_url, data = form_for_new_page(scene.client, scene.kind, parent)
    assert post_form(scene.client, form_url, data, "editor", title=MARKER, slug=MARKER_SLUG).status_code == 302
    danish = Page.objects.get(locale=Locale.get_default(), slug=MARKER_SLUG).specific
    publish_danish_through_review(scene.client, danish)
    return Attempt(response, f"{parent.get_translation(english).url}{MARKER_SLUG}/", new_page=True)


# --- The table ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    perform: object
    languages: tuple = ("da", "en")
    roles: tuple = ROLES
    kinds: tuple = KINDS
    # False where even a superuser's use of the route must not put an ordinary page live.
    superuser_publishes: bool = True

    @property
    def name(self):
        return self.perform.__name__


ROUTES = [
    Route(edit_publish),
    Route(add_publish),
    Route(bulk_publish),
    Route(bulk_publish_descendants, languages=("da",)),
    Route(schedule_past),
    Route(schedule_future),
    Route(copy_publish),
    Route(copy_alias),
    Route(revert_publish),
    Route(sync_publish, languages=("en",)),
    # A Danish page that is not live has no approved text for its translation to show.
    Route(sync_publish_unpublished_source, languages=("en",), superuser_publishes=False),
    Route(translation_editor_publish, languages=("en",)),
    # An alias in another language shows the Danish text under /en/: no superuser exception either.
    Route(convert_to_alias, languages=("en",), superuser_publishes=False),
    # The publication that reaches the alias is a moderator's or a committee's, not a superuser's.
    Route(alias_sync, languages=("en",), superuser_publishes=False),
    # Only administrators edit locales.
    Route(locale_sync, languages=("en",), roles=("admin",), superuser_publishes=False),
]


def cases(allowed):
    """The table's rows: (route, role, page kind, language), split by whether the page may go live."""
    return [
        pytest.param(route, role, kind, language, id=f"{route.name}-{role}-{kind}-{language}")
        for route in ROUTES
        for role in route.roles
        for kind in route.kinds
        for language in route.languages
        if may_go_live(route, role, kind) == allowed
    ]


def may_go_live(route, role, kind):
    """A superuser's own publication of an ordinary page is the one exception to the rule."""
    return role == "admin" and kind == "ordinary" and route.superuser_publishes


def public_view(client, attempt):
    """What an anonymous visitor gets: the page, its parent's listing, the sitemap and its language's feeds."""
    client.logout()
    page = client.get(attempt.url)
    listing = client.get(attempt.url.rstrip("/").rsplit("/", 1)[0] + "/")
    in_sitemap = f"{attempt.url}</loc>" in client.get("/sitemap.xml").content.decode()
    feeds = "".join(client.get(url).content.decode() for url in feed_urls(attempt.url.split("/")[1]))
    return page, listing, in_sitemap, feeds


def feed_urls(language):
    """The page's language's feeds (an English route may find the text in the approved Danish report)."""
    with translation.override(language):
        return [reverse("trip_report_feed_rss"), reverse("trip_report_feed_atom")]


@pytest.mark.parametrize(("route", "role", "kind", "language"), cases(allowed=False))
def test_route_puts_nothing_live_around_the_workflow(seeded, client, route, role, kind, language):
    attempt = route.perform(Scene(client, kind, language), role)

    # Refused (403), a form error, a message or a redirect into review: anything but a server error.
    assert attempt.response.status_code < 500
    page, listing, in_sitemap, feeds = public_view(client, attempt)
    assert page.status_code < 500
    if attempt.new_page:
        assert page.status_code == 404, "a new page went live"
        assert not in_sitemap, "the sitemap lists a page that must not be live"
        assert attempt.url not in feeds, "a feed lists a page that must not be live"
    else:
        assert attempt.text not in page.content.decode(), "the route's text is public"
    if attempt.text == MARKER:
        assert MARKER not in listing.content.decode(), "the route's text is in the parent's listing"
        assert MARKER not in feeds, "the route's text is in a feed"


@pytest.mark.parametrize(("route", "role", "kind", "language"), cases(allowed=True))
def test_superuser_still_publishes_an_ordinary_page_directly(seeded, client, route, role, kind, language):
    attempt = route.perform(Scene(client, kind, language), role)

    assert attempt.response.status_code < 400
    page, _listing, in_sitemap, _feeds = public_view(client, attempt)
    assert page.status_code == 200
    assert attempt.text in page.content.decode()
    assert in_sitemap  # the sitemap covers both languages
