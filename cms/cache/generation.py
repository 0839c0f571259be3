"""The page cache's generation: every entry carries the one it was rendered under, so bumping it retires
every cached page at once.

The number lives in the shared `pages` cache (Redis in production), so a bump by one app server is
seen by all of them on their next request. It starts from the clock, not from 0: if the key is ever
evicted (or the cache restarted), the new generation cannot equal one that old pages were stored
under. Nothing is deleted; the next render of a page replaces its entry, others expire by their timeout.
"""

import time

from django.conf import settings
from django.core.cache import caches

KEY = "generation"


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _start():
    return time.time_ns()


def current():
    """The generation in force (created if the cache has none)."""
    cache = page_cache()
    value = cache.get(KEY)
    if value is None:
        cache.add(KEY, _start(), timeout=None)  # add: of two servers starting at once, one value wins
        value = cache.get(KEY)
    return value


def current_with(key):
    """(the generation in force, what the cache holds under key): one round trip to the cache."""
    found = page_cache().get_many([KEY, key])
    value = found.get(KEY)
    if value is None:  # no generation yet (or evicted): whatever key holds predates the new one
        return current(), None
    return value, found.get(key)


def bump():
    """A new generation; every page stored under an older one is never served again."""
    cache = page_cache()
    try:
        return cache.incr(KEY)  # atomic in Redis
    except ValueError:  # no generation yet (or evicted): a fresh one from the clock
        cache.add(KEY, _start(), timeout=None)
        return cache.incr(KEY)
