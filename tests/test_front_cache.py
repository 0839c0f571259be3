"""The front cache for real: Varnish with deploy/varnish/ballerup.vcl in front of a gunicorn app server
(production settings, the page cache in Redis), on the seeded demo. Every change made in the admin,
through the front cache, shows on the very next request; nobody with a session gets a cached page."""

import re
import secrets
import sqlite3
import time
from http import HTTPStatus

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.management import call_command
from django.urls import reverse
from django_otp.oath import TOTP

from tests import servers
from tests.snapshot import load_snapshot

# The test database is set up (the demo's copy is taken from it), though the tests themselves only speak HTTP.
pytestmark = pytest.mark.django_db

PASSWORD = "front-cache-" + secrets.token_hex(6)


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory, django_db_setup, django_db_blocker, seeded_snapshot):
    """The seeded demo as an SQLite file: the test database with the snapshot loaded, copied, then put back.

    Migrating and seeding a database of its own would take this module two minutes; the copy takes seconds.
    """
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("runs in the SQLite pass: the app server's database is a copy of the SQLite test database")
    path = tmp_path_factory.mktemp("front-cache") / "site.sqlite3"
    with django_db_blocker.unblock():
        before = connection.creation.serialize_db_to_string()
        load_snapshot(seeded_snapshot)
        with sqlite3.connect(path) as copy:
            connection.connection.backup(copy)
        call_command("flush", interactive=False, reset_sequences=False, inhibit_post_migrate=True, verbosity=0)
        connection.creation.deserialize_db_from_string(before)
    # The test settings hash passwords with MD5, which production does not read.
    password = PBKDF2PasswordHasher().encode(PASSWORD, "frontcachesalt", iterations=1000)
    with sqlite3.connect(path) as copy:
        copy.execute("UPDATE auth_user SET password = ?", (password,))
    return path


@pytest.fixture(scope="module")
def stack(demo_database, tmp_path_factory):
    """Redis, an app server with production settings on the demo database, and Varnish in front of it."""
    front_port = servers.free_port()
    front_url = f"http://127.0.0.1:{front_port}"
    with sqlite3.connect(demo_database) as copy:  # the address visitors (and the purges) use: Varnish's
        copy.execute("UPDATE wagtailcore_site SET hostname = '127.0.0.1', port = ?", (front_port,))
    with servers.redis_server() as redis_url:
        env = {
            **servers.os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SITE_BASE_URL": front_url,
            "DATABASE_URL": f"sqlite:///{demo_database}",
            "REDIS_URL": redis_url,
            "FRONTEND_CACHE_URL": front_url,
            "STATIC_ROOT": str(tmp_path_factory.mktemp("static")),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
        servers.manage(env, "collectstatic", "--noinput")
        with servers.gunicorn(env) as app, servers.varnish(app, port=front_port) as front:
            yield {"front": front, "app": app, "database": demo_database}


def query(stack, sql, *params):
    with sqlite3.connect(stack["database"]) as connection:
        return connection.execute(sql, params).fetchall()


def public_url(stack, page_id):
    """A page's public path: its url_path below its language's home page, under the language prefix."""
    ((url_path, language),) = query(
        stack,
        "SELECT p.url_path, l.language_code FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id"
        " WHERE p.id = ?",
        page_id,
    )
    return f"/{language}/" + url_path.split("/", 2)[2]


def report_index_urls(stack):
    rows = query(stack, "SELECT page_ptr_id FROM reports_tripreportindexpage")
    return sorted(public_url(stack, page_id) for (page_id,) in rows)


def get(stack, path, visitor=None):
    return (visitor or servers.Visitor()).get(stack["front"] + path)


def warm(stack, paths):
    """Ask twice as an anonymous visitor: the second answer comes from Varnish."""
    for path in paths:
        get(stack, path)
        response = get(stack, path)
        assert response.headers["X-Cache"] == "HIT", (path, response.status_code, response.headers)


def logged_in(stack, username):
    """A session signed in as the person would: the password, then (approvers, administrators) the code."""
    visitor = servers.Visitor()
    visitor.log_in(stack["front"], username, PASSWORD)
    verify_url = stack["front"] + "/admin/two-factor/"
    if visitor.get(stack["front"] + "/admin/").headers.get("Location", "").startswith("/admin/two-factor/"):
        form = servers.form_fields(visitor.get(verify_url).text)
        response = visitor.post_form(verify_url, {**form, "code": current_code(stack, username)})
        assert response.status_code == HTTPStatus.FOUND, response.text[:500]
    assert visitor.get(stack["front"] + "/admin/").status_code == HTTPStatus.OK
    return visitor


def current_code(stack, username):
    """The code the user's demo authenticator shows now, read from the app server's database.

    A code is accepted once: if this step's code was used already, wait for the next step.
    """
    ((key, step, t0, digits, drift, last_t),) = query(
        stack,
        "SELECT d.key, d.step, d.t0, d.digits, d.drift, d.last_t FROM otp_totp_totpdevice d"
        " JOIN auth_user u ON u.id = d.user_id WHERE u.username = ? AND d.confirmed",
        username,
    )
    totp = TOTP(bytes.fromhex(key), step, t0, digits, drift)
    if totp.t() <= last_t:
        time.sleep(t0 + (last_t + 1) * step - time.time() + 0.5)
        totp = TOTP(bytes.fromhex(key), step, t0, digits, drift)
    return f"{totp.token():0{digits}d}"


def post_admin(stack, visitor, path, changes=None, form_id=None, ajax=False):
    """GET an admin form and POST it back with `changes`, as the browser would, through Varnish."""
    url = stack["front"] + path
    fields = servers.form_fields(visitor.get(url).text, form_id=form_id)
    data = {**fields, **(changes or {})}
    if ajax:
        data["csrfmiddlewaretoken"] = visitor.cookies["csrftoken"]
        headers = {"Referer": url.replace("http://", "https://", 1), "X-Requested-With": "XMLHttpRequest"}
        return visitor.request("POST", url, data=data, headers=headers)
    return visitor.post_form(url, data)


def test_a_hot_anonymous_page_is_a_hit_with_its_age(stack):
    first = get(stack, "/da/")
    assert first.status_code == HTTPStatus.OK
    time.sleep(1.1)
    hot = get(stack, "/da/")
    assert hot.headers["X-Cache"] == "HIT"
    assert int(hot.headers["Age"]) >= 1
    assert len(hot.headers["X-Varnish"].split()) == 2  # this request's id and the one that stored it
    assert hot.text == first.text
    assert "s-maxage=3600" in hot.headers["Cache-Control"]
    assert not hot.cookies


def test_the_root_is_kept_per_accept_language(stack):
    for _ in range(2):
        english = servers.Visitor().get(stack["front"] + "/", headers={"Accept-Language": "en-GB,en;q=0.8"})
        danish = servers.Visitor().get(stack["front"] + "/", headers={"Accept-Language": "da"})
        assert english.headers["Location"].endswith("/en/") and danish.headers["Location"].endswith("/da/")
    assert english.headers["X-Cache"] == danish.headers["X-Cache"] == "HIT"


def test_an_editors_session_never_gets_nor_fills_a_cached_page(stack):
    warm(stack, ["/da/"])
    editor = logged_in(stack, "editor")
    for path in ["/da/", "/en/"]:
        response = get(stack, path, editor)
        assert response.headers["X-Cache"] == "MISS", path
        assert "wagtail-userbar" in response.text, path
        assert "private" in response.headers["Cache-Control"], path
        anonymous = get(stack, path)
        assert "wagtail-userbar" not in anonymous.text and "Erik" not in anonymous.text, path


def test_a_report_approved_in_the_workflow_view_is_fresh_at_once_in_both_languages(stack):
    rows = query(
        stack,
        "SELECT ts.id, ws.object_id FROM wagtailcore_taskstate ts"
        " JOIN wagtailcore_workflowstate ws ON ws.id = ts.workflow_state_id"
        " JOIN wagtailcore_page p ON p.id = CAST(ws.object_id AS INTEGER)"
        " JOIN reports_tripreportpage r ON r.page_ptr_id = p.id"
        " JOIN reports_committee c ON c.id = r.committee_id"
        " WHERE ts.status = 'in_progress' AND NOT p.live AND c.name_da = 'Direktionen' ORDER BY ts.id",
    )
    task_state_id, page_id = rows[0]
    ((title,),) = query(stack, "SELECT title FROM wagtailcore_page WHERE id = ?", int(page_id))
    danish_index, english_index = report_index_urls(stack)
    overviews = [
        re.search(r'href="([^"]+)"[^>]*>[^<]*(?:forbrug|spending)', get(stack, index).text, re.I)
        for index in (danish_index, english_index)
    ]
    dependents = [danish_index, "/da/", "/da/feeds/rejserapporter.rss", "/open-data/trips.csv"]
    dependents += [match.group(1) for match in overviews if match]
    warm(stack, dependents)
    before = {path: get(stack, path).text for path in dependents}
    approver = logged_in(stack, "management-member")

    response = post_admin(
        stack,
        approver,
        reverse("wagtailadmin_pages:workflow_action", args=[page_id, "approve", task_state_id]),
        {"meeting_date": time.strftime("%Y-%m-%d"), "comment": "", "reviewed_task_state": str(task_state_id)},
        ajax=True,
    )
    approved_at = time.monotonic()

    assert response.status_code == HTTPStatus.OK, response.text[:500]
    assert title in get(stack, danish_index).text
    assert title in get(stack, "/da/feeds/rejserapporter.rss").text
    assert title in get(stack, "/open-data/trips.csv").text
    assert time.monotonic() - approved_at < 5
    for match in overviews:
        if match:
            assert get(stack, match.group(1)).text != before[match.group(1)], match.group(1)
    assert len([match for match in overviews if match]) == 2


def test_a_withdrawn_report_is_gone_from_both_indexes_their_pages_and_the_open_data(stack):
    danish_index, english_index = report_index_urls(stack)
    rows = query(
        stack,
        "SELECT da.id, da.title, en.id, en.title FROM wagtailcore_page da"
        " JOIN reports_tripreportpage r ON r.page_ptr_id = da.id"
        " JOIN wagtailcore_locale dl ON dl.id = da.locale_id AND dl.language_code = 'da'"
        " JOIN wagtailcore_page en ON en.translation_key = da.translation_key AND en.id != da.id AND en.live"
        " WHERE da.live ORDER BY r.start_date DESC",
    )
    danish_id, danish_title, english_id, english_title = rows[0]
    addresses = [public_url(stack, danish_id), public_url(stack, english_id)]
    listings = [danish_index, english_index, danish_index + "?page=2", "/en/feeds/trip-reports.atom"]
    warm(stack, [*addresses, *listings, "/open-data/trips.csv", "/open-data/trips.json", "/sitemap.xml"])
    assert danish_title in get(stack, danish_index).text and english_title in get(stack, english_index).text
    moderator = logged_in(stack, "moderator")

    response = post_admin(stack, moderator, f"/admin/pages/{danish_id}/unpublish/")

    assert response.status_code == HTTPStatus.FOUND, response.text[:500]
    for address in addresses:
        assert get(stack, address).status_code == HTTPStatus.NOT_FOUND, address
    for path in listings:
        html = get(stack, path).text
        assert danish_title not in html and english_title not in html, path
    ((key,),) = query(stack, "SELECT translation_key FROM wagtailcore_page WHERE id = ?", danish_id)
    for path in ["/open-data/trips.csv", "/open-data/trips.json"]:
        assert key not in get(stack, path).text, path
    assert not any(address in get(stack, "/sitemap.xml").text for address in addresses)


def test_a_renamed_committee_is_fresh_on_its_reports_in_both_languages(stack):
    ((committee_id,),) = query(stack, "SELECT id FROM reports_committee WHERE name_da = 'Økonomiudvalget'")
    reports = query(
        stack,
        "SELECT p.id FROM wagtailcore_page p JOIN reports_tripreportpage r ON r.page_ptr_id = p.id"
        " WHERE p.live AND r.committee_id = ? ORDER BY p.locale_id",
        committee_id,
    )
    addresses = sorted({public_url(stack, page_id) for (page_id,) in reports})
    danish = next(address for address in addresses if address.startswith("/da/"))
    english = next(address for address in addresses if address.startswith("/en/"))
    warm(stack, [danish, english])
    admin = logged_in(stack, "admin")

    response = post_admin(
        stack,
        admin,
        f"/admin/snippets/reports/committee/edit/{committee_id}/",
        {"name_da": "Det Omdøbte Udvalg", "name_en": "The Renamed Committee"},
        form_id="w-editor-form",
    )

    assert response.status_code == HTTPStatus.FOUND, response.text[:500]
    assert "Det Omdøbte Udvalg" in get(stack, danish).text
    assert "The Renamed Committee" in get(stack, english).text
