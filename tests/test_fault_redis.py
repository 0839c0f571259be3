"""Redis down or hanging mid-run: pages are still served, nothing stale is served, and the cache comes back.

Against a real redis-server (tests/servers.py), hung with SIGSTOP (it accepts connections and never
answers) or killed with SIGKILL. The backoff window is moved past by moving the backend's clock, not
by waiting.
"""

import logging
import time
from http import HTTPStatus

import pytest

from cms.cache import generation, resilient
from home.models import StandardPage
from tests import servers
from tests.cache_helpers import anonymous
from tests.publishing import publish

HEADER = "X-Page-Cache"
BACKOFF = 30.0  # long: every request of a test falls in one window, however slow the machine


@pytest.fixture(scope="module")
def redis():
    with servers.controlled_redis_server() as server:
        yield server


@pytest.fixture
def redis_caches(redis, settings):
    """The three caches on the real Redis, as production has them (emptied, no outage remembered)."""
    if redis.process.poll() is not None:
        redis.start()
    redis.resume()
    options = {"socket_connect_timeout": 0.3, "socket_timeout": 0.3, "BACKOFF": BACKOFF}
    backend = "cms.cache.resilient.ResilientRedisCache"
    settings.CACHES = {
        alias: {"BACKEND": backend, "LOCATION": redis.url, "OPTIONS": options, "KEY_PREFIX": alias}
        for alias in ("default", "renditions", settings.PAGE_CACHE_ALIAS)
    }
    resilient.reset_states()
    generation._bump_pending = False
    generation.page_cache().clear()
    yield redis
    redis.resume()
    resilient.reset_states()
    generation._bump_pending = False


@pytest.fixture
def clock(monkeypatch):
    """The backend's clock, moved on by hand."""
    offset = [0.0]
    monkeypatch.setattr(resilient.time, "monotonic", lambda: time.perf_counter() + offset[0])

    def advance(seconds):
        offset[0] += seconds

    return advance


@pytest.fixture
def redis_calls(monkeypatch):
    """How many cache calls went to a Redis server (the backend's client is asked for on each)."""
    from cms.cache.redis import ReusedClientRedisCacheClient as RedisCacheClient

    calls = []
    get_client = RedisCacheClient.get_client

    def counted(self, *args, **kwargs):
        calls.append(args)
        return get_client(self, *args, **kwargs)

    monkeypatch.setattr(RedisCacheClient, "get_client", counted)
    return calls


def outage_records(caplog):
    return [record for record in caplog.records if "unavailable" in record.getMessage()]


def test_a_hanging_redis_costs_one_timeout_then_pages_are_served_and_it_is_used_again_after(
    seeded, client, redis_caches, clock, caplog, redis_calls
):
    visitor = anonymous(client)
    assert visitor.get("/da/")[HEADER] == "miss"
    assert visitor.get("/da/")[HEADER] == "hit"

    redis_caches.hang()
    redis_calls.clear()
    caplog.set_level(logging.WARNING, logger="cms.cache.resilient")
    for path in ("/da/", "/en/", "/da/", "/en/"):
        response = visitor.get(path)
        assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND, HTTPStatus.MOVED_PERMANENTLY), path
        assert response[HEADER] == "miss", path  # rendered: the cache could not be asked
    assert visitor.get("/da/").status_code == HTTPStatus.OK
    assert len(outage_records(caplog)) == 1, "one record per backoff window, not one per call"
    assert len(redis_calls) == 1, "only the first call waits for the hung server; the window costs nothing"

    redis_caches.resume()
    clock(BACKOFF + 1)
    assert visitor.get("/da/")[HEADER] == "hit"  # the page stored before the outage: nothing changed since
    assert any("reachable again" in record.getMessage() for record in caplog.records)


def test_a_change_published_while_redis_hangs_is_never_hidden_by_a_page_cached_before(
    seeded, client, redis_caches, clock
):
    page = StandardPage.objects.live().filter(locale__language_code="da").first()
    url = page.get_url()
    visitor = anonymous(client)
    visitor.get(url)
    assert visitor.get(url)[HEADER] == "hit"

    redis_caches.hang()
    page.title = "Ny titel skrevet mens cachen hang"
    publish(page)  # the generation cannot be bumped now
    during = visitor.get(url)
    assert during.status_code == HTTPStatus.OK
    assert "Ny titel skrevet mens cachen hang" in during.content.decode()

    redis_caches.resume()
    clock(BACKOFF + 1)
    after = visitor.get(url)
    assert after.status_code == HTTPStatus.OK
    assert "Ny titel skrevet mens cachen hang" in after.content.decode(), "the page cached before the change"
    assert visitor.get(url)[HEADER] == "hit"  # the bump was made up for, and the cache is used again


def test_a_killed_redis_leaves_pages_served_and_a_restarted_one_is_used_without_restarting_the_site(
    seeded, client, redis_caches, clock
):
    visitor = anonymous(client)
    visitor.get("/da/")

    redis_caches.kill()
    for _ in range(3):
        response = visitor.get("/da/")
        assert response.status_code == HTTPStatus.OK
        assert response[HEADER] == "miss"

    redis_caches.start()  # empty, on the same port
    clock(BACKOFF + 1)
    assert visitor.get("/da/")[HEADER] == "miss"
    assert visitor.get("/da/")[HEADER] == "hit"


def test_the_generation_is_unknown_rather_than_guessed_while_redis_is_down(redis_caches):
    generation.current()
    redis_caches.kill()
    assert generation.current() is None
    with pytest.raises(resilient.CacheUnavailable):
        generation.bump()
