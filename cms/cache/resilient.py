"""A Redis cache whose outage costs a page view nothing: every failure is a miss, not an error.

Django's RedisCache waits for a dead or hung Redis as long as the operating system lets it (a stopped
process keeps accepting connections and never answers) and raises on every call. This backend gives
each connection short connect and read timeouts, treats a failed call as a miss (a read returns the
default, a write does nothing), and after a failure leaves the server alone for a short backoff window,
so the requests that follow do not each wait for a timeout. The first call after the window tries again:
a Redis that came back is used again without a restart.

The server's state is kept per LOCATION and shared by every alias and thread of the process (the
`default`, `renditions` and `pages` caches live on one Redis). An outage is logged once per window,
a recovery once.

`incr` is the one call that tells its caller: it raises CacheUnavailable, since the page cache's
generation (cms.cache.generation) must know that a bump did not happen.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from redis.exceptions import RedisError

from cms.cache.redis import ReusedClientRedisCache

logger = logging.getLogger(__name__)

DEFAULT_OPTIONS = {"socket_connect_timeout": 0.3, "socket_timeout": 0.3}
DEFAULT_BACKOFF = 5.0  # seconds without trying a server that just failed
FAILURES = (RedisError, OSError)


class CacheUnavailable(Exception):
    """The cache server could not be reached (raised by incr only)."""


class ServerState:
    """Whether one Redis server may be tried now; shared by the aliases and threads that use it."""

    def __init__(self):
        self._lock = threading.Lock()
        self.down_until = 0.0
        self.down = False

    def may_try(self):
        return time.monotonic() >= self.down_until

    def failed(self, location, backoff, error):
        with self._lock:
            already_in_window = time.monotonic() < self.down_until
            self.down_until = time.monotonic() + backoff
            self.down = True
        if not already_in_window:  # one record per window, however many threads failed at once
            logger.warning("Redis cache at %s unavailable for %.0f s: %s", location, backoff, error)

    def succeeded(self, location):
        if self.down:
            with self._lock:
                was_down, self.down = self.down, False
            if was_down:
                logger.warning("Redis cache at %s reachable again", location)


_states = {}
_states_lock = threading.Lock()


def server_state(location):
    with _states_lock:
        return _states.setdefault(location, ServerState())


def reset_states():
    """Forget every outage (for tests that restart servers)."""
    with _states_lock:
        _states.clear()


class ResilientRedisCache(ReusedClientRedisCache):
    """The Redis cache of every alias in the settings: one client per process (cms.cache.redis), short
    timeouts; a failed call is a miss, and the server is left alone a moment."""

    def __init__(self, server, params):
        options = {**DEFAULT_OPTIONS, **params.get("OPTIONS", {})}
        self.backoff = float(options.pop("BACKOFF", DEFAULT_BACKOFF))
        super().__init__(server, {**params, "OPTIONS": options})
        self._location = server if isinstance(server, str) else ",".join(server)
        self._state = server_state(self._location)

    def _call(self, name, fallback, *args, **kwargs):
        if not self._state.may_try():
            return fallback
        try:
            result = getattr(super(), name)(*args, **kwargs)
        except FAILURES as error:
            self._state.failed(self._location, self.backoff, error)
            return fallback
        self._state.succeeded(self._location)
        return result

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def clear(self):
        return self._call("clear", False)

    def incr(self, key, delta=1, version=None):
        unavailable = object()
        result = self._call("incr", unavailable, key, delta, version)
        if result is unavailable:
            raise CacheUnavailable(f"Redis cache at {self._location} unavailable")
        return result
