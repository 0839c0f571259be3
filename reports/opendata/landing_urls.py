"""The open-data landing page: the host site includes this inside i18n_patterns, before Wagtail's pages."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from reports.opendata import views

urlpatterns = [
    # Translated: /da/aabne-data/ and /en/open-data/.
    path(_("open-data/"), views.landing, name="open_data"),
]
