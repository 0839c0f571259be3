"""The page cache's generation: every entry carries the one it was rendered under, so bumping it retires
every cached page at once.

The number lives in the shared `pages` cache (Redis in production), so a bump by one app server is
seen by all of them on their next request. It starts from the clock, not from 0: if the key is ever
evicted (or the cache restarted), the new generation cannot equal one that old pages were stored
under. Nothing is deleted; the next render of a page replaces its entry, others expire by their timeout.

Failing safe when the cache is down (cms.cache.resilient): `current()` answers None when the number
cannot be read, and the page cache then neither serves nor stores (every page is rendered). A bump
that could not reach the cache is remembered by this process and done before it uses the page cache
again: until then `current()` answers None too, so a page stored before the change is never served
by the process that made it.
"""

import time

from django.conf import settings
from django.core.cache import caches

KEY = "generation"


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _start():
    return time.time_ns()


_bump_pending = False


def current():
    """The generation in force (created if the cache has none); None when the cache cannot say."""
    if _bump_pending:
        try:
            bump()
        except Exception:
            return None  # still unreachable: no page from before the change may be served
    cache = page_cache()
    value = cache.get(KEY)
    if value is None:
        cache.add(KEY, _start(), timeout=None)  # add: of two servers starting at once, one value wins
        value = cache.get(KEY)
    return value


def current_with(key):
    """(the generation in force, what the cache holds under key): one round trip to the cache.

    (None, None) while this process owes the cache a bump it could not make, or the cache is down.
    """
    if _bump_pending and current() is None:
        return None, None
    found = page_cache().get_many([KEY, key])
    value = found.get(KEY)
    if value is None:  # no generation yet (or evicted): whatever key holds predates the new one
        return current(), None
    return value, found.get(key)


def bump():
    """A new generation; every page stored under an older one is never served again.

    Raises when the cache cannot be reached; the bump is then retried by `current()`.
    """
    global _bump_pending
    cache = page_cache()
    try:
        try:
            value = cache.incr(KEY)  # atomic in Redis
        except ValueError:  # no generation yet (or evicted): a fresh one from the clock
            cache.add(KEY, _start(), timeout=None)
            value = cache.incr(KEY)
    except Exception:
        _bump_pending = True
        raise
    _bump_pending = False
    return value
