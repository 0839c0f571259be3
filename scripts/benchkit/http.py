"""One GET against the bench's servers, and what Varnish says of it."""

import urllib.error
import urllib.request


def get(url):
    """(headers, body) of a GET, whatever its status (the 404 page is measured too)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback bench server
            return response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.headers, error.read()


def is_hit(response):
    """Varnish's X-Varnish names two transactions on a hit (this one and the one that filled it)."""
    headers, _ = response
    return len(headers.get("X-Varnish", "").split()) == 2
