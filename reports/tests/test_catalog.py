"""The app speaks Danish from its own catalog: this host has no LOCALE_PATHS and no project catalog."""

from django.conf import settings
from django.utils import translation


def test_the_host_has_no_catalog_of_its_own():
    assert not getattr(settings, "LOCALE_PATHS", [])


def test_the_apps_own_catalog_translates_the_approval_line_into_danish():
    with translation.override("da"):
        line = translation.gettext("Approved by the %(committee)s on %(date)s")
    assert line % {"committee": "Økonomiudvalget", "date": "12. marts 2025"} == (
        "Godkendt af Økonomiudvalget den 12. marts 2025"
    )
