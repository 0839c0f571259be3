"""URL map: language-free service routes first, then the admin, then the pages per language."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import routing, views
from cms.search import views as search_views
from cms.sitemaps import TranslatedPagesSitemap

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("was", views.accessibility_statement, name="accessibility_statement"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedPagesSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The trips as open data: the files have no language (their columns carry both).
    path("open-data/", include("reports.opendata.urls")),
]

if settings.OIDC_ENABLED:
    # Single sign-on (docs/logins.md): /oidc/authenticate/ starts it, /oidc/callback/ comes back from it.
    urlpatterns.append(path("oidc/", include("mozilla_django_oidc.urls")))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's front-end URLs, its page view replaced by one that finds the home page of the visitor's language
# in one query (cms/routing.py); same name and pattern, so page URLs are reversed as before.
wagtail_page_urls = [pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"] + [
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve")
]

# Every page lives under its language prefix: /da/… and /en/…
urlpatterns += i18n_patterns(
    # Before Wagtail's pages, which would otherwise answer every address: the open-data landing page and
    # the report feeds (/da/feeds/rejserapporter.rss …).
    path("", include("reports.opendata.landing_urls")),
    path("", include("reports.feed_urls")),
    # The search page's address is translated (/da/soeg/, /en/search/); Wagtail's pages come last.
    path(_("search/"), search_views.search, name="search"),
    path("", include(wagtail_page_urls)),
    prefix_default_language=True,
)

handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"
