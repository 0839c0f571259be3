"""Anonymous pages from the shared cache, without touching the database or the session.

A request is served from (and its response stored in) the `pages` cache only when it is a GET or
HEAD for a public address, carries no session cookie and no Authorization header, and the cache is
switched on. A response is stored only when it answers such a request that carried no cookie at
all, is a 200 or a redirect, sets no cookie, is not streamed, is not a preview and did not say
`private`, `no-cache` or `no-store` itself. The key is the generation (see `generation`), the
scheme, host and full address with its query string, and the language the request resolves to (the
path's prefix; for `/`, the language cookie or Accept-Language), so the redirect of `/` is stored
per language.

Responses that may be kept get `Cache-Control: max-age=…, s-maxage=…` (the front cache keeps them
longer, since every change purges it) and an ETag, so a conditional GET answers 304 (Django's
ConditionalGetMiddleware, above this one). Other anonymous responses say `no-cache`; responses to
anyone with a session say `private, no-store` (cms.middleware.PrivateCacheForSessionsMiddleware).
"""

import hashlib
import logging

from django.conf import settings
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import parse_http_date_safe
from django.utils.translation import get_language_from_request

from cms.cache import generation

logger = logging.getLogger(__name__)

HEADER = "X-Page-Cache"
STORED_STATUSES = {200, 301, 302, 307, 308}
REFUSING_DIRECTIVES = ("private", "no-cache", "no-store")


def request_is_cacheable(request):
    """Whether this request may be answered from the page cache (decided without a query)."""
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path_info.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))
    )


def response_is_public(request, response):
    """Whether browsers and the front cache may keep this response (what `request` saw may be anyone's)."""
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code in STORED_STATUSES
        and not response.cookies
        and not getattr(request, "is_preview", False)
        and not any(directive in cache_control for directive in REFUSING_DIRECTIVES)
    )


def address_digest(request):
    """What the key is made of besides the generation: the full address and the resolved language."""
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    language = get_language_from_request(request, check_path=True)
    return hashlib.sha256(f"{address}|{language}".encode()).hexdigest()


def not_kept(response):
    """An anonymous response nobody may keep without asking again (unless the view said otherwise)."""
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, no_cache=True)
    response[HEADER] = "pass"
    return response


def answer_from_cache(request, cached):
    """The cached response, or a 304 when the visitor's copy matches it.

    Django's 304 keeps only the validators and caching headers; the CORS headers of the open-data
    files go with it too, so a browser script may revalidate its copy (as the view's own 304 allows).
    """
    last_modified = cached.get("Last-Modified")
    response = get_conditional_response(
        request,
        etag=cached.get("ETag"),
        last_modified=parse_http_date_safe(last_modified) if last_modified else None,
        response=cached,
    )
    if response is not cached:
        for name, value in cached.items():
            if name.lower().startswith("access-control-"):
                response[name] = value
    response[HEADER] = "hit"
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            return not_kept(self.get_response(request))

        digest = address_digest(request)  # outside the try: a host not allowed answers 400 as usual
        cache = generation.page_cache()
        key = cached = None
        try:
            number = generation.current()
            if number is not None:  # unknown generation: a page from before a change could be served
                key = f"page:{number}:{digest}"
                cached = cache.get(key)
        except Exception:  # a cache outage must not take the site down: render instead
            logger.exception("Page cache unavailable")
            key = cached = None
        if cached is not None:
            return answer_from_cache(request, cached)

        response = self.get_response(request)
        if not response_is_public(request, response):
            return not_kept(response)

        patch_cache_control(response, max_age=settings.PAGE_CACHE_MAX_AGE, s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE)
        if response.streaming:
            response[HEADER] = "pass"  # files streamed in constant memory: only the front cache keeps them
            return response
        if not response.has_header("ETag"):
            set_response_etag(response)
        # Stored only from a cookie-less request: nothing the visitor sent can have shaped it.
        if key is not None and request.method == "GET" and not request.COOKIES:
            try:
                cache.set(key, response, settings.PAGE_CACHE_SHARED_MAX_AGE)
            except Exception:
                logger.exception("Page cache unavailable")
        response[HEADER] = "miss"
        return response
