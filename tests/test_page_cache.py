"""The page cache (cms/cache/): anonymous pages from the cache with no query; nobody else ever gets or fills it."""

from http import HTTPStatus

from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction

from cms.cache import entries, generation
from cms.cache.middleware import page_key, response_is_public
from home.models import StandardPage
from reports.models import TripReportIndexPage
from tests.cache_helpers import STREAMED_PATHS, anonymous, cached_paths, views_in_each_language
from tests.workflows.admin import editor_form, login

HEADER = "X-Page-Cache"
# What only a page rendered for a person can contain.
PERSONAL = ("wagtail-userbar", "csrfmiddlewaretoken", "Erik", "Redaktør")


def assert_impersonal(response, path):
    html = response.content.decode()
    for text in PERSONAL:
        assert text not in html, f"{path} from the page cache contains {text!r}"


def test_every_hot_anonymous_page_feed_and_file_answers_from_the_cache_with_no_query(
    seeded, client, django_assert_num_queries
):
    paths = cached_paths()
    assert any(path.startswith("/en/") for path in paths) and "/sitemap.xml" in paths
    for path in paths:
        first = client.get(path)
        assert first.status_code == HTTPStatus.OK, path
        assert first[HEADER] == "miss", path
        with django_assert_num_queries(0):
            hot = client.get(path)
        assert hot[HEADER] == "hit", path
        assert hot.content == first.content, path
        assert hot["Cache-Control"] == "max-age=0, s-maxage=3600", path
        assert_impersonal(hot, path)


def test_a_logged_in_editor_never_gets_nor_fills_the_page_cache(seeded, client):
    editor = get_user_model().objects.get(username="editor")
    assert (editor.first_name, editor.last_name) == PERSONAL[2:]  # the name the editor's pages show
    paths = [page.get_url() for page in Page.objects.live().filter(depth__gt=1)[:6]]
    for path in paths:
        anonymous(client).get(path)  # cached now
    login(client, "editor")
    for path in paths:
        response = client.get(path)
        assert response[HEADER] == "pass", path
        assert "wagtail-userbar" in response.content.decode(), path
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    # The editor visited a page nobody had asked for yet: their page was not stored.
    untouched = Page.objects.live().filter(depth__gt=1).order_by("-path").first().get_url()
    client.get(untouched)
    for path in [*paths, untouched]:
        response = anonymous(client).get(path)
        assert "wagtail-userbar" not in response.content.decode(), path
        assert_impersonal(response, path)


def test_a_session_without_a_login_is_never_served_from_the_cache(seeded, client, settings):
    anonymous(client).get("/da/")
    client.cookies[settings.SESSION_COOKIE_NAME] = "whatever-the-visitor-sends"
    response = client.get("/da/")
    assert response[HEADER] == "pass"
    assert "private" in response["Cache-Control"]


def test_a_preview_is_never_cached_nor_shown_to_the_public(seeded, client):
    page = StandardPage.objects.live().filter(locale__language_code="da").first()
    public_url = page.get_url()
    anonymous(client).get(public_url)
    data = editor_form(client, page)  # logs in as the administrator
    data["title"] = "Kladde der ikke er godkendt"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert client.post(preview_url, data).json()["is_valid"]

    preview = client.get(preview_url)

    assert "Kladde der ikke er godkendt" in preview.content.decode()
    assert preview[HEADER] == "pass"
    assert "no-store" in preview["Cache-Control"] or "no-cache" in preview["Cache-Control"]
    assert "Kladde der ikke er godkendt" not in anonymous(client).get(public_url).content.decode()


def test_a_response_to_a_preview_or_marked_private_or_setting_a_cookie_is_never_public():
    from django.http import HttpResponse

    request = RequestFactory().get("/da/")
    assert response_is_public(request, HttpResponse("ok"))
    request.is_preview = True
    assert not response_is_public(request, HttpResponse("ok"))
    request = RequestFactory().get("/da/")
    private = HttpResponse("ok", headers={"Cache-Control": "private"})
    assert not response_is_public(request, private)
    with_cookie = HttpResponse("ok")
    with_cookie.set_cookie("csrftoken", "x")
    assert not response_is_public(request, with_cookie)
    assert not response_is_public(request, HttpResponse("missing", status=404))


def test_a_post_is_never_answered_from_the_cache(seeded, client):
    anonymous(client).get("/da/")
    response = client.post("/da/", {})
    assert response[HEADER] == "pass"


def test_a_password_protected_page_sets_a_csrf_cookie_and_is_never_stored(seeded, client):
    page = StandardPage.objects.live().filter(locale__language_code="da").first()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig")
    for _ in range(2):
        response = anonymous(client).get(page.get_url())
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert response.cookies
        assert response[HEADER] == "pass"


def test_a_visitor_with_only_a_csrf_cookie_is_served_from_the_cache_but_never_fills_it(seeded, client):
    client.cookies["csrftoken"] = "a" * 32
    assert client.get("/da/")[HEADER] == "miss"
    assert client.get("/da/")[HEADER] == "miss"  # not stored: the request carried a cookie
    anonymous(client).get("/da/")
    client.cookies["csrftoken"] = "a" * 32
    assert client.get("/da/")[HEADER] == "hit"


def test_the_key_holds_the_query_string_and_the_host(seeded, client):
    index = TripReportIndexPage.objects.live().filter(locale__language_code="da").first().get_url()
    first = client.get(index)
    second_page = client.get(index + "?page=2")
    assert second_page[HEADER] == "miss"
    assert second_page.content != first.content
    assert client.get(index + "?page=2")[HEADER] == "hit"
    assert client.get(index, HTTP_HOST="other.example")[HEADER] == "miss"


def test_the_root_redirects_by_accept_language_kept_per_language(seeded, client):
    for _ in range(2):
        english = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
        danish = client.get("/", HTTP_ACCEPT_LANGUAGE="da,en;q=0.5")
        assert english["Location"] == "/en/" and danish["Location"] == "/da/"
        assert "Accept-Language" in english["Vary"]
    assert english[HEADER] == danish[HEADER] == "hit"


def test_conditional_get_gives_304_on_a_cold_and_a_hot_page(seeded, client):
    cold = client.get("/en/")
    assert cold["ETag"]
    for _ in range(2):
        response = client.get("/en/", HTTP_IF_NONE_MATCH=cold["ETag"])
        assert response.status_code == HTTPStatus.NOT_MODIFIED
        assert not response.content


def test_a_304_from_the_cache_keeps_the_security_headers(seeded, client):
    hot = client.get("/da/")
    hot = client.get("/da/")
    assert hot[HEADER] == "hit"
    response = client.get("/da/", HTTP_IF_NONE_MATCH=hot["ETag"])
    assert response.status_code == HTTPStatus.NOT_MODIFIED
    for name in ("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Cache-Control"):
        assert response[name] == hot[name], name
    assert not response.has_header("Content-Length") and not response.has_header("Content-Type")


def test_an_entry_made_under_an_older_generation_is_never_served(seeded, client):
    """A hit reads the generation and the entry in one round trip; the entry must carry the generation in force."""
    key = page_key(RequestFactory().get("/da/"))
    cache, current = generation.page_cache(), generation.current()
    cache.set(key, entries.pack(HttpResponse("made under the generation in force"), current))
    assert client.get("/da/").content == b"made under the generation in force"  # the key a visit reads
    cache.set(key, entries.pack(HttpResponse("made under an older generation"), current - 1))
    response = client.get("/da/")
    assert response[HEADER] == "miss"
    assert b"older generation" not in response.content
    assert client.get("/da/")[HEADER] == "hit"  # the render replaced it
    generation.bump()
    assert client.get("/da/")[HEADER] == "miss"  # and is retired by the next change


def test_a_feed_is_kept_as_one_body(seeded, client):
    """Django's feeds write hundreds of small chunks; a hit sends the whole body in one piece."""
    path = views_in_each_language()[0]
    first = client.get(path)
    hot = client.get(path)
    assert hot[HEADER] == "hit"
    assert hot.content == first.content
    assert len(list(hot)) == 1


def test_static_files_keep_their_own_caching_headers(seeded, client):
    for _ in range(2):
        response = client.get("/static/css/site.css")
        assert response.status_code == HTTPStatus.OK
        assert "s-maxage" not in response["Cache-Control"]
        assert response[HEADER] == "pass"


def test_head_is_answered_from_the_cache(seeded, client):
    client.get("/da/")
    response = client.head("/da/")
    assert response[HEADER] == "hit"
    assert not response.content


def public_document_url(client):
    """A document an anonymous visitor may download (an approved report's attachment)."""
    for document in get_document_model().objects.order_by("pk"):
        if client.get(document.url).status_code == HTTPStatus.OK:
            return document.url
    raise AssertionError("the demo has no public document")


def test_admin_documents_missing_pages_and_search_are_never_kept(seeded, client):
    paths = ["/admin/", "/admin/login/", "/healthz", "/da/findes-ikke/", "/da/soeg/?q=prag"]
    for path in [*paths, public_document_url(client)]:
        for _ in range(2):
            response = anonymous(client).get(path)
            assert response[HEADER] == "pass", path
        assert "s-maxage" not in response["Cache-Control"], path
        assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"], path


def test_the_streamed_open_data_files_are_left_to_the_front_cache(seeded, client):
    for path in STREAMED_PATHS:
        client.get(path)
        response = client.get(path)
        assert response[HEADER] == "pass", path
        assert response["Cache-Control"] == "max-age=0, s-maxage=3600", path
        assert client.get(path, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == HTTPStatus.NOT_MODIFIED
