"""Hardening under the test settings: security headers, the two Content-Security-Policies, no cookies
or CSRF forms for anonymous visitors, upload limits, caching that never mixes editors and the public,
and a clean 503 when the database is unreachable."""

from http import HTTPStatus
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import InterfaceError, OperationalError
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from home.models import HomePage

pytestmark = pytest.mark.django_db


def directive(policy, name):
    """The sources of one directive of a Content-Security-Policy header."""
    for part in policy.split(";"):
        words = part.split()
        if words and words[0] == name:
            return words[1:]
    return None


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("sikkerhed", "sikkerhed@example.dk", "pw"))
    return client


@pytest.mark.parametrize("path", ["/da/", "/en/"])
def test_public_page_carries_the_security_headers_over_https(client, path):
    response = client.get(path, secure=True)

    assert response.status_code == HTTPStatus.OK
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.parametrize("path", ["/da/", "/en/", "/da/findes-ikke/"])
def test_public_csp_allows_only_our_own_scripts_and_no_framing_by_others(client, path):
    policy = client.get(path)["Content-Security-Policy"]

    assert directive(policy, "script-src") == ["'self'"]
    assert directive(policy, "object-src") == ["'none'"]
    assert directive(policy, "frame-ancestors") == ["'self'"]
    assert "'unsafe-eval'" not in policy


def test_public_pages_have_no_inline_script(seeded, client):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        html = client.get(page.url).content.decode()
        for tag in html.split("<script")[1:]:
            opening = tag.split(">", 1)[0]
            assert "src=" in opening or 'type="application/json"' in opening, f"inline script on {page.url}"


def test_admin_gets_its_own_looser_policy(admin_client):
    policy = admin_client.get("/admin/")["Content-Security-Policy"]

    assert "'unsafe-inline'" in directive(policy, "script-src")
    assert directive(policy, "frame-ancestors") == ["'self'"]


@pytest.mark.parametrize("language", ["da", "en"])
def test_page_preview_renders_in_the_admin_with_the_public_policy_framable_by_the_admin(admin_client, language):
    """Wagtail renders a preview through the middleware as a request for the page's own URL, so the
    preview runs under the public policy: what an editor previews is what the public will be allowed."""
    home = HomePage.objects.get(locale__language_code=language)

    response = admin_client.get(f"/admin/pages/{home.pk}/view_draft/")

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert "wagtail-userbar" in html
    policy = response["Content-Security-Policy"]
    assert directive(policy, "script-src") == ["'self'"]
    assert directive(policy, "frame-ancestors") == ["'self'"]  # the preview panel frames it from the same origin
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_anonymous_visitor_gets_no_cookies_and_no_csrf_form_on_any_public_page(seeded, client):
    paths = [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]
    paths += ["/", "/da/findes-ikke/", "/en/missing/", "/healthz", "/sitemap.xml"]
    assert any(path.startswith("/en/") for path in paths)
    for path in paths:
        response = client.get(path)
        assert not response.cookies, f"{path} set {list(response.cookies)}"
        html = response.content.decode()
        assert "csrfmiddlewaretoken" not in html, f"{path} carries a CSRF form"
        assert 'method="post"' not in html.lower(), f"{path} carries a POST form"


def test_editor_sees_the_userbar_privately_and_anonymous_visitors_never_do(admin_client, client):
    as_editor = admin_client.get("/da/")
    assert "wagtail-userbar" in as_editor.content.decode()
    assert "private" in as_editor["Cache-Control"]
    assert "no-store" in as_editor["Cache-Control"]

    client.logout()
    client.cookies.clear()
    anonymous = client.get("/da/")
    assert "wagtail-userbar" not in anonymous.content.decode()
    # Anonymous pages may be kept a short while (the page cache and the front cache are purged on change).
    assert anonymous["Cache-Control"] == "max-age=0, s-maxage=3600"
    assert not anonymous.cookies


# --- Uploads -----------------------------------------------------------------------------------------


def image_file(name="foto.png", size=(64, 48)):
    buffer = BytesIO()
    PILImage.new("RGB", size, (200, 16, 46)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def post_image(admin_client, upload, title="Et billede"):
    return admin_client.post(
        "/admin/images/add/", {"title": title, "file": upload, "collection": Collection.get_first_root_node().pk}
    )


def test_svg_upload_through_the_admin_is_refused_with_a_form_error(admin_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

    response = post_image(admin_client, SimpleUploadedFile("logo.svg", svg, content_type="image/svg+xml"))

    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.exists()


def test_image_over_the_size_limit_is_refused_with_a_form_error(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100

    response = post_image(admin_client, image_file(size=(400, 400)))

    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.exists()


def test_image_over_the_pixel_limit_is_refused_with_a_form_error(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100 * 100

    response = post_image(admin_client, image_file(size=(101, 100)))

    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["file"]


def test_image_within_the_limits_is_accepted(admin_client):
    assert post_image(admin_client, image_file()).status_code == HTTPStatus.FOUND
    assert get_image_model().objects.count() == 1


@pytest.mark.parametrize("name", ["side.html", "program.exe", "tegning.svg"])
def test_document_of_an_unsafe_type_is_refused_with_a_form_error(admin_client, name):
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Farlig fil",
            "file": SimpleUploadedFile(name, b"<script>alert(1)</script>"),
            "collection": Collection.get_first_root_node().pk,
        },
    )

    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["file"]
    assert not get_document_model().objects.exists()


def test_upload_limits_and_document_serving_are_configured(settings):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 20 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 50_000_000
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= 10 * 1024 * 1024


# --- Database outage ---------------------------------------------------------------------------------


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
@pytest.mark.parametrize("path", ["/da/", "/en/"])
def test_page_view_failing_on_the_database_answers_503_in_both_languages(client, monkeypatch, error, path):
    def database_gone(*args, **kwargs):
        raise error("connection refused")

    monkeypatch.setattr(Page, "serve", database_gone)
    response = client.get(path)

    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    html = response.content.decode()
    assert "Siden er midlertidigt utilgængelig" in html
    assert "Temporarily unavailable" in html
    assert "Traceback" not in html
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]


def test_middleware_failing_on_the_database_answers_503_not_500(client, monkeypatch):
    from wagtail.contrib.redirects.middleware import RedirectMiddleware

    def database_gone(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(RedirectMiddleware, "process_response", database_gone)
    client.raise_request_exception = False
    response = client.get("/da/")

    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert "Temporarily unavailable" in response.content.decode()


def test_other_errors_still_answer_500(client, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(Page, "serve", broken)
    client.raise_request_exception = False
    assert client.get("/da/").status_code == HTTPStatus.INTERNAL_SERVER_ERROR


def test_admin_sends_no_editor_data_to_third_parties(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "gravatar.com" not in html


def test_document_over_the_size_limit_is_refused_with_a_form_error(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100

    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "For stort regnskab",
            "file": SimpleUploadedFile("regnskab.pdf", b"%PDF-1.4\n" + b"0" * 200, content_type="application/pdf"),
            "collection": Collection.get_first_root_node().pk,
        },
    )

    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["file"]
    assert not get_document_model().objects.exists()
