"""A Wagtail site that has never seen this repository installs the wheel and runs the committee approval.

Once per `make test` (marker `install`, SQLite pass only): build the wheel, `wagtail start` a site in a
temporary folder, install the wheel into a fresh virtualenv (its dependencies at the versions of
requirements.lock, from pip's cache when it has them), append the settings block of docs/install.md to
the site's settings and use its urls.py, `migrate`, `setup_report_workflow`, `check`, then
tests/packaging/fresh_site.py: a report index through the admin, a report submitted by an editor,
approved by a committee member through the workflow action view, and read by an anonymous visitor (404
before, 200 after).
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.building import ROOT, build_wheel
from tests.text import text_of

pytestmark = pytest.mark.install

DOCS = ROOT / "docs" / "install.md"
# Only what a shell on a fresh machine has: none of this project's settings, database or servers.
KEPT_ENVIRONMENT = ("HOME", "LANG", "LC_ALL", "TMPDIR", "PIP_CACHE_DIR", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL")


def documented_block(name):
    """The code block of docs/install.md marked `<!-- install-test: name -->`."""
    match = re.search(rf"<!-- install-test: {name} -->\n```python\n(.*?)\n```", DOCS.read_text(), re.S)
    assert match, f"docs/install.md has no block marked install-test: {name}"
    return match.group(1)


def locked_versions():
    """requirements.lock as pip constraints (name==version, without hashes: a constraint cannot carry them)."""
    lines = (ROOT / "requirements.lock").read_text().splitlines()
    return "\n".join(match.group(0) for line in lines if (match := re.match(r"^[A-Za-z0-9._-]+==\S+", line))) + "\n"


class FreshSite:
    def __init__(self, folder):
        self.folder = folder
        self.venv = folder / "venv"
        self.site = folder / "site"
        self.env = {key: os.environ[key] for key in KEPT_ENVIRONMENT if key in os.environ}
        self.env["PATH"] = f"{self.venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}"
        self.env["DJANGO_SETTINGS_MODULE"] = "mysite.settings.dev"

    def run(self, *command, cwd=None):
        result = subprocess.run(
            command, cwd=cwd or self.site, env=self.env, capture_output=True, text=True, timeout=600, check=False
        )
        assert result.returncode == 0, (
            f"{' '.join(map(str, command))}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
        return result.stdout + result.stderr

    def python(self, *arguments):
        return self.run(str(self.venv / "bin" / "python"), *arguments)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fresh")
    wheel = build_wheel(folder / "dist")
    site = FreshSite(folder)
    # The interpreter this virtualenv was made from, not this project's virtualenv.
    subprocess.run([sys._base_executable, "-m", "venv", str(site.venv)], check=True)
    constraints = folder / "constraints.txt"
    constraints.write_text(locked_versions())
    site.run(
        "pip", "install", "--quiet", "--disable-pip-version-check", "-c", str(constraints), str(wheel), cwd=folder
    )
    site.site.mkdir()
    site.run("wagtail", "start", "mysite", str(site.site), cwd=folder)
    # As an adopter would: the documented settings appended to the generated ones, the documented urls.py.
    settings = site.site / "mysite" / "settings" / "base.py"
    settings.write_text(settings.read_text() + "\n\n" + documented_block("settings") + "\n")
    (site.site / "mysite" / "urls.py").write_text(documented_block("urls") + "\n")
    site.python("manage.py", "migrate", "--no-input", "-v", "0")
    # As docs/install.md says: the moderators group and the committee approval workflow, once.
    site.python("manage.py", "setup_report_workflow")
    site.check = site.python("manage.py", "check")
    shutil.copy(Path(__file__).with_name("fresh_site.py"), site.site / "fresh_site.py")
    site.python("fresh_site.py", str(folder / "journey.json"))
    site.journey = json.loads((folder / "journey.json").read_text(encoding="utf-8"))
    return site


def test_the_apps_come_from_the_wheel_not_from_this_repository(fresh):
    for module in fresh.journey["modules"]:
        assert module.startswith(str(fresh.venv)), module


def test_check_passes(fresh):
    assert "System check identified no issues" in fresh.check


def test_the_administrator_adds_a_report_index_under_the_home_page(fresh):
    journey = fresh.journey
    assert journey["index_offered_under_home"]
    assert journey["index_added"] == 302
    assert journey["index_live"]
    assert journey["workflow"]


def test_an_unapproved_report_is_not_public(fresh):
    assert fresh.journey["anonymous_before_submit"] == 404
    assert fresh.journey["submitted"] == 302
    assert fresh.journey["in_review"]
    assert fresh.journey["anonymous_in_review"] == 404


def test_the_committee_member_approves_and_the_public_reads_the_report(fresh):
    journey = fresh.journey
    assert journey["approved"] == 200
    assert journey["approval_step"] == "success"
    assert journey["live"]
    assert journey["approved_by"] == "Økonomiudvalget"
    assert journey["anonymous_after_approval"] == 200
    page = journey["page"]
    assert "Studietur til Prag" in page
    assert "At lære af skolesamarbejdet i Prag 10." in page
    assert "Økonomiudvalget" in page


def test_the_public_reads_the_approval_in_danish(fresh):
    # The date is a <time> element inside the sentence: what a reader sees is the page's text.
    assert "Godkendt af Økonomiudvalget den 12. marts 2025" in text_of(fresh.journey["page"])
