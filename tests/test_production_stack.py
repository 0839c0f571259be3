"""The production path for real: two gunicorn app servers with production settings on one PostgreSQL
database, one Redis cache and one S3 bucket, as Ballerup runs them behind a load balancer."""

import re
import secrets
from http import HTTPStatus
from io import BytesIO

import pytest
from PIL import Image as PILImage

from tests import servers
from tests.logins_helpers import set_up_second_factor

pytestmark = [pytest.mark.postgres, pytest.mark.s3]

ADMIN_PASSWORD = "stack-admin-" + secrets.token_hex(8)
SITE_BASE_URL = "https://international.ballerup.dk"


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    """PostgreSQL, Redis, S3, collected static files and a migrated database with one superuser."""
    with servers.postgres_cluster() as cluster, servers.redis_server() as redis_url, servers.s3_server() as s3:
        servers.create_bucket(s3, "ballerup-media")
        env = {
            **servers.os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SITE_BASE_URL": SITE_BASE_URL,
            "DATABASE_URL": cluster.createdb("ballerup"),
            "DATABASE_CONN_MAX_AGE": "60",
            "REDIS_URL": redis_url,
            "STATIC_ROOT": str(tmp_path_factory.mktemp("static")),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            **servers.s3_environment(s3, "ballerup-media"),
        }
        servers.manage(env, "collectstatic", "--noinput")
        servers.manage(env, "migrate", "--noinput")
        servers.manage(
            {**env, "DJANGO_SUPERUSER_PASSWORD": ADMIN_PASSWORD},
            "createsuperuser",
            "--noinput",
            "--username=admin",
            "--email=admin@example.dk",
        )
        with servers.gunicorn(env) as first, servers.gunicorn(env) as second:
            yield {"cluster": cluster, "s3": s3, "redis": redis_url, "first": first, "second": second}


@pytest.fixture(scope="module")
def editor(stack):
    """The administrator's session, signed in once: the second factor is set up at the first sign-in."""
    visitor = servers.Visitor()
    visitor.log_in(stack["first"], "admin", ADMIN_PASSWORD)
    # An administrator signs in with a second factor: the first time, they set it up.
    set_up_second_factor(visitor, stack["first"])
    return visitor


def danish_home_id(visitor, base_url):
    """The Danish home page's id, read from the explorer's link to edit the page at /da/."""
    explorer = visitor.get(f"{base_url}/admin/pages/?locale=da").text
    ids = re.findall(r'href="/admin/pages/(\d+)/edit/"', explorer)
    assert len(set(ids)) == 1, f"expected only the Danish home page in the Danish explorer root, got {ids}"
    return int(ids[0])


def test_page_published_through_one_app_server_is_served_updated_by_the_other(stack, editor):
    first, second = stack["first"], stack["second"]
    page_id = danish_home_id(editor, first)
    edit_url = f"{first}/admin/pages/{page_id}/edit/"
    fields = servers.form_fields(editor.get(edit_url).text, form_id="page-edit-form")
    new_title = "Ballerup i verden " + secrets.token_hex(4)

    response = editor.post_form(edit_url, {**fields, "title": new_title, "action-publish": "action-publish"})

    assert response.status_code == HTTPStatus.FOUND, response.text[:2000]
    served = servers.Visitor().get(f"{second}/da/")
    assert served.status_code == HTTPStatus.OK
    assert new_title in served.text


def test_image_uploaded_through_one_app_server_is_served_by_the_other(stack, editor):
    first, second = stack["first"], stack["second"]
    add_url = f"{first}/admin/images/add/"
    fields = servers.form_fields(editor.get(add_url).text)
    png = BytesIO()
    PILImage.new("RGB", (320, 200), (0, 90, 160)).save(png, "PNG")

    response = editor.post_form(
        add_url,
        {**fields, "title": "Prag 10, rådhuset"},
        files={"file": ("prag.png", png.getvalue(), "image/png")},
    )

    assert response.status_code == HTTPStatus.FOUND, response.text[:2000]
    assert any(key.startswith("original_images/prag") for key in servers.bucket_keys(stack["s3"], "ballerup-media"))
    # The other app server (same session, from the shared database) lists it with a rendition from the bucket.
    listing = editor.get(f"{second}/admin/images/").text
    thumbnail = re.search(r'<img[^>]+src="(http://127\.0\.0\.1:\d+/ballerup-media/images/prag[^"]+)"', listing)
    assert thumbnail, "no rendition URL into the bucket in the second server's image listing"
    assert "?" not in thumbnail.group(1), "image URLs must not carry expiring signatures"
    image = servers.Visitor().get(thumbnail.group(1))
    assert image.status_code == HTTPStatus.OK
    assert image.headers["Content-Type"] == "image/png"
    # Both servers look renditions up in the shared cache.
    import redis

    assert redis.Redis.from_url(stack["redis"]).keys("ballerup-renditions:*")


def test_editor_with_userbar_and_anonymous_visitor_get_different_uncached_responses(stack, editor):
    first, second = stack["first"], stack["second"]
    as_editor = editor.get(f"{first}/da/")
    assert "wagtail-userbar" in as_editor.text
    assert "no-store" in as_editor.headers["Cache-Control"]
    assert "private" in as_editor.headers["Cache-Control"]

    for base_url in (second, first):
        anonymous = servers.Visitor().get(f"{base_url}/da/")
        assert anonymous.status_code == HTTPStatus.OK
        assert "wagtail-userbar" not in anonymous.text
        assert "private" not in anonymous.headers["Cache-Control"]
        assert not anonymous.cookies


def test_production_responses_carry_the_security_headers(stack):
    response = servers.Visitor().get(f"{stack['second']}/da/")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"].split("script-src")[1].split(";")[0]
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_static_files_are_compressed_with_cache_busting_names(stack):
    html = servers.Visitor().get(f"{stack['first']}/da/").text
    stylesheet = re.search(r'href="(/static/theme/ballerup\.[0-9a-f]{12}\.css)"', html)
    assert stylesheet, "static URLs carry no content hash"
    response = servers.Visitor().get(f"{stack['first']}{stylesheet.group(1)}", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == HTTPStatus.OK
    assert response.headers.get("Content-Encoding") == "gzip"
    assert "immutable" in response.headers["Cache-Control"]


def test_migrate_gave_the_site_its_configured_address_for_hreflang_and_the_sitemap(stack):
    html = servers.Visitor().get(f"{stack['first']}/da/").text
    assert f'<link rel="alternate" hreflang="en" href="{SITE_BASE_URL}/en/">' in html
    sitemap = servers.Visitor().get(f"{stack['second']}/sitemap.xml").text
    assert f"<loc>{SITE_BASE_URL}/da/</loc>" in sitemap
    assert "localhost" not in sitemap


def test_plain_http_is_redirected_to_https_except_the_health_check(stack):
    import requests

    assert requests.get(f"{stack['first']}/da/", allow_redirects=False, timeout=10).status_code == 301
    assert requests.get(f"{stack['first']}/healthz", allow_redirects=False, timeout=10).status_code == 200


# Last in this module: they stop the database under the running app servers.
def test_database_outage_answers_503_in_both_languages_and_recovers_without_restart(stack):
    visitor = servers.Visitor()
    assert visitor.get(f"{stack['first']}/da/").status_code == HTTPStatus.OK  # a persistent connection exists
    uncached = f"?outage={secrets.token_hex(4)}"  # addresses the page cache holds nothing for

    stack["cluster"].stop()
    try:
        for path in (f"/da/{uncached}", f"/en/{uncached}", "/healthz"):
            response = visitor.get(f"{stack['first']}{path}")
            assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE, path
            assert "Traceback" not in response.text
        # A page in the shared page cache is still served, by either server.
        cached = visitor.get(f"{stack['second']}/da/")
        assert cached.status_code == HTTPStatus.OK and cached.headers["X-Page-Cache"] == "hit"
        page = visitor.get(f"{stack['second']}/da/{uncached}")
        assert "Siden er midlertidigt utilgængelig" in page.text
        assert "Temporarily unavailable" in page.text
        assert "no-store" in page.headers["Cache-Control"]
    finally:
        stack["cluster"].start()

    for base_url in (stack["first"], stack["second"]):
        assert visitor.get(f"{base_url}/da/").status_code == HTTPStatus.OK
        assert visitor.get(f"{base_url}/healthz").status_code == HTTPStatus.OK


def test_database_restart_between_requests_is_invisible_to_visitors(stack):
    """Persistent connections broken by a restart are replaced before use (CONN_HEALTH_CHECKS)."""
    visitor = servers.Visitor()
    for _ in range(4):  # every worker of both servers holds a connection
        for base_url in (stack["first"], stack["second"]):
            assert visitor.get(f"{base_url}/da/").status_code == HTTPStatus.OK

    stack["cluster"].stop()
    stack["cluster"].start()

    for _ in range(4):
        for base_url in (stack["first"], stack["second"]):
            assert visitor.get(f"{base_url}/da/").status_code == HTTPStatus.OK
