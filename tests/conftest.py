"""Shared fixtures: the seeded demo site, the small report world, logged-in clients, a clean language per test.

Helpers live in modules of their own (tests/reports/world.py, helpers.py …); this file holds fixtures only.
"""

import os
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.core.cache import cache, caches
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import get_resolver
from django.utils import translation

from tests.reports.world import build_world
from tests.snapshot import load_snapshot


@pytest.fixture(scope="session", autouse=True)
def admin_urls_loaded_in_the_default_language():
    """Load the URLs, and with them Wagtail's admin viewsets, in Danish, as a server process does.

    Wagtail's snippet choosers fix their button text ("Vælg udvalg") when the admin URLs are first
    loaded. Creating the test database runs migrate in this process, with translations switched
    off, and it would load them first: the Danish admin would then say "Choose committee".
    """
    with translation.override(settings.LANGUAGE_CODE):
        get_resolver().url_patterns  # noqa: B018 (loading is the point)


@pytest.fixture(autouse=True)
def reset_active_language():
    """A test that activates a language must not leak it into the next test."""
    yield
    translation.activate("da")
    translation.deactivate()


def _assert_queries(expected, *, exact, connection=None, using=None, info=None):
    """A query count that, when it is wrong, lists every query it counted (a rare extra one can be named)."""

    @contextmanager
    def counting():
        with CaptureQueriesContext(connection or connections[using or "default"]) as context:
            yield context
        performed = len(context)
        as_expected = performed == expected if exact else performed <= expected
        if as_expected:
            return
        queries = "\n".join(f"{n}. {query['sql'][:600]}" for n, query in enumerate(context.captured_queries, 1))
        wanted = f"{expected}" if exact else f"at most {expected}"
        pytest.fail(f"Expected {wanted} queries, {performed} were done{f' ({info})' if info else ''}:\n{queries}")

    return counting()


@pytest.fixture
def django_assert_num_queries():
    """pytest-django's, except that a wrong count shows its queries whatever the verbosity."""
    return lambda num, exact=True, **kwargs: _assert_queries(num, exact=exact, **kwargs)


@pytest.fixture
def django_assert_max_num_queries():
    return lambda num, **kwargs: _assert_queries(num, exact=False, **kwargs)


@pytest.fixture(autouse=True)
def empty_page_cache(request):
    """Each test's database is its own: no page cached by an earlier test may answer it.

    The page cache is on, as visitors get it; a test marked `no_page_cache` (a query count of a page's
    render, which would otherwise count a hit's 0) runs without it.
    """
    caches[settings.PAGE_CACHE_ALIAS].clear()
    if request.node.get_closest_marker("no_page_cache"):
        request.getfixturevalue("settings").PAGE_CACHE_ENABLED = False


@pytest.fixture(autouse=True)
def demo_password(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "demo-password-for-tests")
    return "demo-password-for-tests"


@pytest.fixture(scope="session")
def seeded_snapshot(django_db_setup, django_db_blocker):
    """The demo content as `make run` loads it, seeded once per run and kept as a serialized snapshot.

    Seeding takes seconds; loading the snapshot a fraction of that. The test database itself is put
    back as it was, so tests that do not ask for the demo content never see it.
    """
    with django_db_blocker.unblock(), pytest.MonkeyPatch.context() as patch:
        patch.setenv("DEMO_PASSWORD", "demo-password-for-tests")
        creation = connection.creation
        before = creation.serialize_db_to_string()
        call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
        snapshot = creation.serialize_db_to_string()
        call_command("flush", interactive=False, reset_sequences=False, inhibit_post_migrate=True, verbosity=0)
        creation.deserialize_db_from_string(before)
    return snapshot


@pytest.fixture
def seeded(db, demo_password, seeded_snapshot):
    """The full demo content, loaded into this test's transaction (rolled back afterwards)."""
    load_snapshot(seeded_snapshot)
    cache.clear()


@pytest.fixture
def world(db):
    """Both report indexes, two committees, their members, an editor and a moderator (tests.reports.world)."""
    return build_world()


@pytest.fixture
def editor(client, seeded, demo_password):
    """A client logged in as the demo's web editor, on the seeded demo."""
    assert client.login(username="editor", password=demo_password)
    return client


@pytest.fixture(autouse=True)
def verified_second_factor(request, monkeypatch):
    """A user the test client logs in (login, force_login) who must use two-factor sign-in has entered a code.

    Administrators and approvers must (cms.logins.policy); the tests of everything else need not type one.
    A test marked `password_only` gets the session a password alone gives.
    """
    if request.node.get_closest_marker("password_only"):
        return
    from tests.logins_helpers import verify_second_factor

    original = Client._login

    def login_and_verify(client, user, backend=None):
        original(client, user, backend)
        verify_second_factor(client, user)

    monkeypatch.setattr(Client, "_login", login_and_verify)
