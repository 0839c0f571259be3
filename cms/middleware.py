"""Project middleware: 304s that keep the security headers, the admin's own Content-Security-Policy, a
clean 503 when the database is down, private caching for anyone with a session, and 400 for a post
that lacks a key a view reads."""

import logging

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import InterfaceError, OperationalError
from django.http import HttpResponseRedirect
from django.middleware.http import ConditionalGetMiddleware as DjangoConditionalGetMiddleware
from django.utils.cache import patch_cache_control
from django.utils.datastructures import MultiValueDictKeyError
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, gettext_noop
from django.views.defaults import bad_request

from cms.storage import MediaStorageUnavailable
from cms.views import database_unavailable

logger = logging.getLogger(__name__)

DATABASE_DOWN_ERRORS = (OperationalError, InterfaceError)
# What a 304 must not carry: it has no body (RFC 9110, 15.4.5).
BODY_HEADERS = {"content-type", "content-length", "content-encoding", "content-language", "content-disposition"}


class ConditionalGetMiddleware(DjangoConditionalGetMiddleware):
    """Django's 304 for a visitor's matching copy, keeping every header of the response that is not about its body.

    It sits at the top of MIDDLEWARE, above the page cache, so it sees a response with all the other
    middleware's headers on it; Django's 304 keeps only the caching headers, and would drop the security
    policy and the CORS headers of the open-data files (a browser script may revalidate its copy).
    """

    def process_response(self, request, response):
        answer = super().process_response(request, response)
        if answer is not response and answer.status_code == 304:
            for name, value in response.items():
                if name.lower() not in BODY_HEADERS and name not in answer:
                    answer[name] = value
        return answer


class SiteCSPMiddleware(CSPMiddleware):
    """The strict CONTENT_SECURITY_POLICY for the public site; CONTENT_SECURITY_POLICY_ADMIN under the admin.

    Wagtail's admin (and the page previews it renders in an iframe) needs inline script; the public
    site does not, so it does not get it.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and self.is_admin(request):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts

    @staticmethod
    def is_admin(request):
        return request.path_info.startswith(tuple(settings.CSP_ADMIN_PATH_PREFIXES))


class DatabaseUnavailableMiddleware:
    """A view that fails because the database is unreachable answers 503, not 500.

    Failures in other middleware reach cms.views.server_error, which makes the same decision.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_DOWN_ERRORS):
            logger.error("Database unavailable: %s", exception)
            return database_unavailable()
        return None


class PrivateCacheForSessionsMiddleware:
    """Responses to a visitor with a session (an editor: userbar, drafts) are never stored by any cache.

    Decided from the cookie alone: no database query. What anonymous responses say is decided by the
    page cache (cms.cache.middleware), which never serves nor stores a request with a session.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            patch_cache_control(response, private=True, no_store=True)
        return response


class MissingKeyBadRequestMiddleware:
    """A request that lacks a key the view reads (request.POST["..."]) answers 400, not 500.

    Forms the admin draws always send their keys; a post without them was made by hand. Wagtail and
    modelcluster read some keys without a fallback: the multiple image upload's "files[]", and a
    child formset's "<prefix>-<n>-id" for every form below a crafted INITIAL_FORMS count. Likewise a
    ValidationError that escapes an admin view (modelcluster looks up a child formset's "-id" that is
    no number before the form can report it) is the client's malformed value.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        admin_validation = isinstance(exception, ValidationError) and request.path.startswith("/admin/")
        if isinstance(exception, MultiValueDictKeyError) or admin_validation:
            logger.warning("Bad request to %s: %s", request.path, exception)
            return bad_request(request, exception)
        return None


STORAGE_DOWN_MESSAGE = gettext_noop(
    "The file could not be saved: the file storage is not answering. Nothing was saved; try again in a few minutes."
)


class MediaStorageUnavailableMiddleware:
    """An upload (or a file read) that fails because the media bucket is down: a clear message, not a 500.

    The file is saved before its row (a FileField saves its file in pre_save), so a failed upload leaves no
    image or document without a file. A form post goes back to the form with the message; anything else
    (the multiple upload's script, a public page that needed a file) gets the 503 page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, MediaStorageUnavailable):
            return None
        logger.error("%s (%s %s)", exception, request.method, request.path)
        wants_page = request.headers.get("x-requested-with") != "XMLHttpRequest"
        if request.method == "POST" and wants_page and hasattr(request, "_messages"):
            messages.error(
                request,
                gettext(STORAGE_DOWN_MESSAGE),
            )
            back = request.get_full_path()
            referer = request.headers.get("referer", "")
            if url_has_allowed_host_and_scheme(referer, allowed_hosts={request.get_host()}):
                back = referer
            return HttpResponseRedirect(back)
        return database_unavailable()
