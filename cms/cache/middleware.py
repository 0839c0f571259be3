"""Anonymous pages from the shared cache, without touching the database or the session.

A request is served from (and its response stored in) the `pages` cache only when it is a GET or
HEAD for a public address (not a static file), carries no session cookie and no Authorization header,
and the cache is switched on. A response is stored only when it answers such a request that carried
no cookie at all, is a 200 or a redirect, sets no cookie, is not streamed, is not a preview, made no
CSP nonce and did not say `private`, `no-cache` or `no-store` itself. The key is the scheme, host and
full address with its query string, and the language the request resolves to (the path's prefix; for
`/`, the language cookie or Accept-Language), so the redirect of `/` is stored per language. The
entry (`entries`) carries the generation it was rendered under (see `generation`); a hit reads the
generation in force and the entry in one round trip and serves the entry only if they are the same.

Responses that may be kept get `Cache-Control: max-age=…, s-maxage=…` (the front cache keeps them
longer, since every change purges it) and an ETag, so a conditional GET answers 304
(cms.middleware.ConditionalGetMiddleware, above this one). Other anonymous responses say `no-cache`;
responses to anyone with a session say `private, no-store` (cms.middleware.PrivateCacheForSessionsMiddleware).
"""

import hashlib
import logging

from django.conf import settings
from django.utils.cache import patch_cache_control, set_response_etag
from django.utils.translation import get_language_from_request

from cms.cache import entries, generation, memo

logger = logging.getLogger(__name__)

HEADER = "X-Page-Cache"
STORED_STATUSES = {200, 301, 302, 307, 308}
REFUSING_DIRECTIVES = ("private", "no-cache", "no-store")


def request_is_cacheable(request):
    """Whether this request may be answered from the page cache (decided without a query)."""
    return settings.PAGE_CACHE_ENABLED and request_is_anonymous_read(request)


def request_is_anonymous_read(request):
    """An anonymous GET or HEAD of a public address: what it sees may be anyone's."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path_info.startswith(excluded_paths())
    )


def excluded_paths():
    """PAGE_CACHE_EXCLUDED_PATHS, and the static files (WhiteNoise, below, says how they are kept)."""
    return (*settings.PAGE_CACHE_EXCLUDED_PATHS, settings.STATIC_URL)


def response_is_public(request, response):
    """Whether browsers and the front cache may keep this response (what `request` saw may be anyone's)."""
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code in STORED_STATUSES
        and not response.cookies
        and not getattr(request, "is_preview", False)
        # A CSP nonce is for one response only; kept, every visitor would share it.
        and not getattr(request, "_csp_nonce", None)
        and not any(directive in cache_control for directive in REFUSING_DIRECTIVES)
    )


def page_key(request):
    """The entry's key: the full address and the language the request resolves to."""
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    language = get_language_from_request(request, check_path=True)
    return "page:" + hashlib.sha256(f"{address}|{language}".encode()).hexdigest()


def not_kept(response):
    """An anonymous response nobody may keep without asking again (unless the view said otherwise)."""
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, no_cache=True)
    response[HEADER] = "pass"
    return response


class PageCacheMiddleware:
    """Near the top of MIDDLEWARE: a hit is answered before the security headers, the CSP, the session,
    the language and the rest are worked out, since the entry holds the headers they gave the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            if request_is_anonymous_read(request):  # the page cache is off: the process memo still serves
                remember_generation(request, read_generation())
            return not_kept(self.get_response(request))

        key = page_key(request)  # outside the try: a host not allowed answers 400 as usual
        try:
            made_under, entry = generation.current_with(key)  # one round trip
        except Exception:  # a cache outage must not take the site down: render instead
            logger.exception("Page cache unavailable")
            made_under = entry = None
        cached = entries.unpack(entry, made_under) if entry is not None else None
        if cached is not None:
            cached[HEADER] = "hit"
            return cached  # ConditionalGetMiddleware, above, answers a visitor's matching copy with 304

        remember_generation(request, made_under)
        response = self.get_response(request)
        if not response_is_public(request, response):
            return not_kept(response)

        patch_cache_control(response, max_age=settings.PAGE_CACHE_MAX_AGE, s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE)
        if response.streaming:
            response[HEADER] = "pass"  # files streamed in constant memory: only the front cache keeps them
            return response
        if not response.has_header("ETag"):
            set_response_etag(response)
        # Stored only from a cookie-less request: nothing the visitor sent can have shaped it. Under the
        # generation read before rendering: a change during the render has bumped it, and retires this.
        if made_under is not None and request.method == "GET" and not request.COOKIES:
            try:
                entry = entries.pack(response, made_under)
                generation.page_cache().set(key, entry, settings.PAGE_CACHE_SHARED_MAX_AGE)
            except Exception:
                logger.exception("Page cache unavailable")
        response[HEADER] = "miss"
        return response


def read_generation():
    try:
        return generation.current()
    except Exception:
        logger.exception("Page cache unavailable")
        return None


def remember_generation(request, made_under):
    """What the render may keep in the process memo (cms.cache.memo) is kept under this generation."""
    setattr(request, memo.REQUEST_ATTRIBUTE, made_under)
