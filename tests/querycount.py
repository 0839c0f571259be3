"""Counting a page's queries from a known state, the same way in every query-count test."""

from django.core.cache import caches


def warm(client, url, **kwargs):
    """Empty the caches, then GET `url` once, so a count taken right after it is the steady state.

    The warm-up fills what a process keeps between requests (Wagtail's site root paths, renditions, the
    footer's contact details, which expire after five minutes). Starting from empty caches makes that
    independent of how long the test's setup took: a fragment cached before a slow bulk insert would
    otherwise expire between the warm-up and the count, and the count would show one query more.
    """
    for cache in caches.all():
        cache.clear()
    response = client.get(url, **kwargs)
    if response.streaming:
        b"".join(response.streaming_content)
    # A page the page cache has just stored comes back from it next time with no query at all: a count of
    # the render needs the test marked no_page_cache.
    assert response.get("X-Page-Cache") != "miss", (
        f"{url} would be counted as a page cache hit: mark the test no_page_cache"
    )
    return response
