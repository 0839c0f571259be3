"""Fixtures of the partners test host: a site root to build under, an administrator, a temporary media folder."""

import pytest
from django.conf import settings
from wagtail.models import Site

from partners.models import PartnerCityIndexPage

# Until the app reads PARTNERS_PARENT_PAGE_TYPES it names the project's home page, which this host does
# not have (Wagtail cannot resolve the allowed parents then): apply the setting here meanwhile.
if "home.HomePage" in PartnerCityIndexPage.parent_page_types:
    PartnerCityIndexPage.parent_page_types = settings.PARTNERS_PARENT_PAGE_TYPES


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def root(db):
    """The default site's root page (Wagtail's own welcome page, in the default language, Danish)."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.invalid", "x")
    client.force_login(admin)
    return client
