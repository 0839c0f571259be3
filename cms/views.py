"""Service views that live outside the language prefixes, and the error pages."""

import sys
from http import HTTPStatus

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe


@never_cache
@require_GET
def healthz(request):
    """200 when the database answers a query, 503 when it does not (for the load balancer)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=HTTPStatus.SERVICE_UNAVAILABLE, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@require_safe
def accessibility_statement(request):
    """/was: the law asks for a short, stable address of the accessibility statement."""
    return HttpResponseRedirect(settings.ACCESSIBILITY_STATEMENT_URL)


@require_safe
def favicon(request):
    """/favicon.ico: browsers ask for it whatever the page links; send them to the drawn icon."""
    return HttpResponseRedirect(static("img/favicon.svg"))


@require_safe
def robots_txt(request):
    """Crawlers may read everything public; the sitemap lists the pages."""
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    return HttpResponse(
        f"User-agent: *\nAllow: /\n\nSitemap: {sitemap_url}\n", content_type="text/plain; charset=utf-8"
    )


def page_not_found(request, exception=None):
    """404 in the visitor's language, rendered without touching page content."""
    return render(request, "404.html", status=HTTPStatus.NOT_FOUND)


def server_error(request):
    """500 without a stack trace; kept free of database access, which may be what failed.

    An unreachable database is not our error but an outage: it answers 503 like the middleware does.
    """
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return database_unavailable()
    return render(request, "500.html", status=HTTPStatus.INTERNAL_SERVER_ERROR)


def database_unavailable():
    """503 with a short message in both languages, rendered without the request (no database, no session)."""
    response = HttpResponse(
        render_to_string("503.html"), status=HTTPStatus.SERVICE_UNAVAILABLE, content_type="text/html; charset=utf-8"
    )
    response["Retry-After"] = "30"
    add_never_cache_headers(response)
    return response
