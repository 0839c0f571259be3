"""Fixtures of the partners test host: a site root to build under, an administrator, a temporary media folder."""

import pytest
from wagtail.models import Site


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
