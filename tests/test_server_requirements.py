"""A missing server skips its tests in a developer's plain `pytest`, but fails them under `make test`."""

import pytest
from _pytest.outcomes import Failed, Skipped

from tests.servers import require


def test_missing_server_skips_in_a_plain_run(monkeypatch):
    monkeypatch.delenv("REQUIRE_SERVERS", raising=False)
    with pytest.raises(Skipped):
        require(None, "redis-server not installed")


def test_missing_server_fails_when_make_test_requires_servers(monkeypatch):
    monkeypatch.setenv("REQUIRE_SERVERS", "1")
    with pytest.raises(Failed, match="redis-server not installed"):
        require(None, "redis-server not installed")


def test_available_server_neither_skips_nor_fails(monkeypatch):
    monkeypatch.setenv("REQUIRE_SERVERS", "1")
    # A skip would pass unnoticed in the report: catch both outcomes and fail on either.
    try:
        require("/usr/bin/redis-server", "redis-server not installed")
    except (Skipped, Failed) as outcome:
        pytest.fail(f"an available server was refused: {outcome!r}")
