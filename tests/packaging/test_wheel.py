"""The plugin's wheel (`make dist`) holds the three apps with their data, and nothing of the host project."""

import gettext
import zipfile
from email.parser import Parser

import pytest
from packaging.requirements import Requirement

from tests.packaging.building import build_script, build_wheel, wheel_names

APPS = {"partners", "reports", "slugs"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    return build_wheel(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def names(wheel):
    return set(wheel_names(wheel))


def app_sources():
    """The apps' files as the build copies them (what git tracks or would track), without their test hosts."""
    return [
        name for name in build_script().source_files() if name.split("/")[0] in APPS and "/tests/" not in f"/{name}"
    ]


def test_the_wheel_holds_the_three_apps_and_nothing_of_the_host(names):
    assert {name.split("/")[0] for name in names if ".dist-info/" not in name} == APPS
    unwanted = [
        name
        for name in names
        if "__pycache__" in name or name.endswith((".pyc", ".sqlite3")) or "/tests/" in name or "/testapp/" in name
    ]
    assert not unwanted


def test_every_file_of_the_apps_is_in_the_wheel(names):
    """Code, migrations, templates, static files, the base map: whatever the apps hold goes with them."""
    missing = sorted(set(app_sources()) - names)
    assert not missing, f"not in the wheel: {missing}"
    for needed in (
        "partners/data/basemap.json",
        "partners/templates/partners/partner_city_page.html",
        "reports/templates/reports/trip_report_page.html",
        "reports/static/reports/css/spending.css",
        "reports/opendata/schema.py",
        "reports/migrations/0001_initial.py",
        "slugs/apps.py",
    ):
        assert needed in names


def test_every_catalog_of_the_apps_is_compiled_into_the_wheel(names):
    catalogs = [name for name in app_sources() if name.endswith(".po")]
    assert not [po for po in catalogs if po.removesuffix(".po") + ".mo" not in names]


def test_each_app_ships_its_danish_and_english_catalogs(names):
    for app in ("partners", "reports"):
        for language in ("da", "en"):
            assert f"{app}/locale/{language}/LC_MESSAGES/django.mo" in names


def test_partners_ships_the_maps_stylesheet(names):
    assert any(name.startswith("partners/static/partners/") and name.endswith(".css") for name in names)


def test_the_wheel_says_what_it_needs_and_what_it_is_for(wheel):
    with zipfile.ZipFile(wheel) as archive:
        (metadata_name,) = [name for name in archive.namelist() if name.endswith(".dist-info/METADATA")]
        metadata = Parser().parsestr(archive.read(metadata_name).decode())
    requires = {
        Requirement(line).name.lower(): str(Requirement(line).specifier) for line in metadata.get_all("Requires-Dist")
    }
    assert requires["django"] == "<6,>=5.2"
    assert requires["wagtail"] == "<7.5,>=7.4"
    assert requires["wagtail-localize"] == "<1.15,>=1.14"
    assert {"django-filter", "babel"} <= set(requires)
    classifiers = metadata.get_all("Classifier")
    for classifier in ("Framework :: Wagtail :: 7", "Framework :: Django :: 5.2", "Natural Language :: Danish"):
        assert classifier in classifiers
    assert metadata["Requires-Python"] == ">=3.11"


def test_the_build_compiles_catalogs_that_gettext_reads(tmp_path):
    catalog = tmp_path / "reports" / "locale" / "da" / "LC_MESSAGES" / "django.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Trip reports"\nmsgstr "Rejserapporter"\n',
        encoding="utf-8",
    )
    build_script().compile_catalogs(tmp_path)
    with open(catalog.with_suffix(".mo"), "rb") as compiled:
        assert gettext.GNUTranslations(compiled).gettext("Trip reports") == "Rejserapporter"
