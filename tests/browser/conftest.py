"""Real-browser fixtures: Debian's Chromium driven by Playwright, against pytest-django's live server.

The browser is the system's /usr/bin/chromium (installed by scripts/install-system-packages.sh --test);
Playwright never downloads one. Without Chromium the browser tests skip when run by hand, and fail
under REQUIRE_SERVERS=1 (as `make test` runs them), so a CI without a browser cannot pass silently.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from playwright.sync_api import expect
from pytest_django.live_server_helper import LiveServer

from tests.browser.axe import AXE_SCRIPT
from tests.browser.helpers import DESKTOP, PATIENT_TIMEOUT_MS, watch_for_errors

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DATABASES = [DEFAULT_DB_ALIAS]


def _chromium_missing_reason():
    if not (shutil.which(CHROMIUM) or Path(CHROMIUM).is_file()):
        return f"Chromium not found at {CHROMIUM} (scripts/install-system-packages.sh --test installs it)"
    if not AXE_SCRIPT.is_file():
        return f"axe-core not found at {AXE_SCRIPT} (npm ci installs it)"
    return None


@pytest.fixture(scope="module")
def browser(django_db_setup):
    """One headless Chromium per test module.

    Not one per session: while Playwright runs, Django's async-safety check has to be switched off
    (see _keep_using), and that must not reach the rest of the suite, whose subprocesses inherit
    the environment (`manage.py check --deploy` rightly fails on it).
    """
    reason = _chromium_missing_reason()
    if reason:
        if os.environ.get("REQUIRE_SERVERS") == "1":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    test_connections = {alias: connections[alias] for alias in connections}
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        _keep_using(test_connections, patch)
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _keep_using(test_connections, patch):
    """Let the test thread go on using the test database's connections while Playwright runs.

    Playwright's sync API leaves an event loop running in the test thread. Django then refuses ORM
    calls there as "async unsafe", and hands out fresh connection objects instead of the test
    database's own (which hold its serialized contents and pytest-django's open transactions).
    Nothing here is async: the live server answers the browser from its own thread.
    """
    patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    for alias, connection in test_connections.items():
        connections[alias] = connection


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, seeded_snapshot):
    """The demo site, seeded as `make run` seeds it, served by a live server: once per test module.

    Seeding the whole demo for every test would cost seconds each (more on PostgreSQL), so the
    browser tests of a module share one seeded site (a module whose test changes it, such as the
    report journey, has it to itself). The demo is seeded once per test process (`seeded_snapshot`,
    tests/conftest.py) and loaded from that snapshot here. The live server's thread
    needs committed data, so the load is committed; afterwards the database is emptied and put back
    exactly as the module found it, as Django's serialized rollback does. The tests themselves are
    marked django_db: that creates the test database and lets the live server query it.
    """
    with django_db_blocker.unblock():
        before = {alias: connections[alias].creation.serialize_db_to_string() for alias in DATABASES}
        connections[DEFAULT_DB_ALIAS].creation.deserialize_db_from_string(seeded_snapshot)
        cache.clear()
    server = LiveServer("localhost")
    yield server
    server.stop()
    with django_db_blocker.unblock():
        for alias, contents in before.items():
            call_command(
                "flush",
                database=alias,
                interactive=False,
                reset_sequences=False,
                inhibit_post_migrate=True,
                verbosity=0,
            )
            connections[alias].creation.deserialize_db_from_string(contents)


@pytest.fixture(autouse=True)
def patient_assertions():
    """Assertions wait as long as a click may: saving and publishing take seconds on a busy machine.

    Playwright's 5 s default made an approval on a loaded machine fail while the dialog was still
    sending; waiting longer changes nothing when the page is right, and still fails when it is not.
    """
    expect.set_options(timeout=PATIENT_TIMEOUT_MS)
    yield
    expect.set_options(timeout=5_000)  # Playwright's default


@pytest.fixture
def context(browser):
    """A fresh browser context per test. bypass_csp lets axe-core be injected under a strict CSP."""
    context = browser.new_context(viewport=DESKTOP, bypass_csp=True)
    yield context
    context.close()


@pytest.fixture
def page(context):
    """A browser tab that fails the test on a JavaScript error or a stylesheet, script or font that fails to load."""
    tab = context.new_page()
    errors = watch_for_errors(tab)
    yield tab
    assert not errors, f"Errors while loading {tab.url}: {errors}"
