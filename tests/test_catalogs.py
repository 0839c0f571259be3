"""Each app's strings are in its own catalog, and check_catalogs checks every catalog (cms/catalogs.py)."""

import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from cms.catalogs import catalog_path
from cms.management.commands.check_catalogs import COPY_IGNORE

ROOT = Path(settings.BASE_DIR)


def message_ids(locale_dir, language="da"):
    return {entry.msgid for entry in polib.pofile(str(catalog_path(locale_dir, language, "django"))) if entry.msgid}


def test_the_project_catalog_keeps_only_what_cms_and_home_use():
    project, partners, reports = (message_ids(ROOT / tree / "locale") for tree in ("", "partners", "reports"))
    # Words both the site and an app use are in both; nothing of the apps' alone is left in the project's.
    assert "Approved by the %(committee)s on %(date)s" in reports - project
    assert "Twin towns" in partners - project


@pytest.fixture
def project_copy(tmp_path, settings):
    """A copy of the sources with its catalogs, as BASE_DIR: the check may then be shown a broken catalog."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(*COPY_IGNORE, "*.mo"))
    settings.BASE_DIR = copy
    return copy


def test_check_catalogs_fails_when_an_apps_message_is_only_in_the_project_catalog(project_copy):
    call_command("check_catalogs", stdout=open("/dev/null", "w"))  # noqa: SIM115
    partners_catalog = catalog_path(project_copy / "partners" / "locale", "da", "django")
    po = polib.pofile(str(partners_catalog))
    po.remove(po.find("Twin towns"))
    po.save()
    project_catalog = polib.pofile(str(catalog_path(project_copy / "locale", "da", "django")))
    project_catalog.append(polib.POEntry(msgid="Twin towns", msgstr="Venskabsbyer"))
    project_catalog.save()
    with pytest.raises(CommandError) as failure:
        call_command("check_catalogs")
    assert "partners/locale/da/LC_MESSAGES/django.po is stale (1 new, 0 gone, e.g. 'Twin towns')" in str(failure.value)
    assert "locale/da/LC_MESSAGES/django.po is stale (0 new, 1 gone, e.g. 'Twin towns')" in str(failure.value)


def test_check_catalogs_fails_on_a_fuzzy_or_obsolete_entry_in_an_apps_catalog(project_copy):
    reports_catalog = catalog_path(project_copy / "reports" / "locale", "da", "django")
    po = polib.pofile(str(reports_catalog))
    po.find("Read the minutes").flags.append("fuzzy")
    po.append(polib.POEntry(msgid="Gone", msgstr="Væk", obsolete=True))
    po.save()
    with pytest.raises(CommandError) as failure:
        call_command("check_catalogs")
    assert "'Read the minutes' is marked fuzzy" in str(failure.value)
    assert "keeps 1 obsolete messages, e.g. 'Gone'" in str(failure.value)
