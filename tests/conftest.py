"""Shared fixtures: the seeded demo site, logged-in clients, and a clean active language per test."""

import pytest
from django.core.management import call_command
from django.utils import translation


@pytest.fixture(autouse=True)
def reset_active_language():
    """A test that activates a language must not leak it into the next test."""
    yield
    translation.activate("da")
    translation.deactivate()


@pytest.fixture(autouse=True)
def demo_password(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "demo-password-for-tests")
    return "demo-password-for-tests"


@pytest.fixture
def seeded(db, demo_password):
    """The full demo content, as `make run` loads it."""
    call_command("seed_demo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def anonymous_client(client):
    return client
