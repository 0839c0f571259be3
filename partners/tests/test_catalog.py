"""The app speaks Danish from its own catalog: this host has no LOCALE_PATHS and no project catalog."""

from django.conf import settings
from django.utils import translation


def test_the_host_has_no_catalog_of_its_own():
    assert not getattr(settings, "LOCALE_PATHS", [])


def test_the_apps_own_catalog_translates_its_strings_into_danish():
    with translation.override("da"):
        assert translation.gettext("Partner cities") == "Samarbejdsbyer"
        assert translation.gettext("Twin towns") == "Venskabsbyer"
