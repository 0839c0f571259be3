"""The test host's URLs, included as the README tells a host site to: admin, documents, open data, feeds, pages."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("open-data/", include("reports.opendata.urls")),
]
urlpatterns += i18n_patterns(
    path("", include("reports.opendata.landing_urls")),
    path("", include("reports.feed_urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
