"""What every public request looks up the same way (its site, the home page in its language), kept in
each process for as long as the public content is unchanged.

Kept under the page cache's generation (`generation`): every change of public content bumps it, and
the first request that reads the new number starts from an empty memo, so nothing here is ever older
than the pages the page cache serves. Only for the requests that the page cache could answer (an
anonymous GET or HEAD without a session), whose generation the page cache middleware puts on the
request; any other request (an editor, a preview, the cache unreachable) looks everything up itself.
"""

from threading import Lock

# request.content_generation: the generation this request was read under (PageCacheMiddleware).
REQUEST_ATTRIBUTE = "content_generation"

_values = {}  # {generation: {key: value}}, only the newest generation's
_lock = Lock()


def serves(request):
    """Whether what `remembered` returns for this request is kept (else it computes it on every call)."""
    return getattr(request, REQUEST_ATTRIBUTE, None) is not None


def remembered(request, key, compute):
    """compute(), kept under this request's generation; computed again for a request that has none."""
    if not serves(request):
        return compute()
    made_under = getattr(request, REQUEST_ATTRIBUTE)
    values = _values.get(made_under)
    if values is None:
        with _lock:
            if any(kept > made_under for kept in _values):
                # A request read before the latest change: what it computes may predate the change.
                return compute()
            _values.clear()
            values = _values[made_under] = {}
    try:
        return values[key]
    except KeyError:
        value = values[key] = compute()
        return value


def forget():
    """Empty the memo (tests that change content without a signal)."""
    _values.clear()
