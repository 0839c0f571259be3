"""Fail when the project's own gettext catalogs are stale, untranslated in Danish or do not compile.

Stale means `makemessages` would change the set of messages: someone added or changed a string in
code or templates and did not run `make messages` (and translate it).
"""

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

DOMAINS = ("django", "djangojs")
LANGUAGES = ("da", "en")
IGNORE = [".venv/*", "node_modules/*", "static_collected/*", "tests/*", "locale/*", "media/*", "build/*"]
# What the scratch copy of the project leaves out: installs, build output, local state.
COPY_IGNORE = [
    ".git",
    ".venv",
    "node_modules",
    "static_collected",
    "build",
    "media",
    "test-results",
    "*.sqlite3",
    "__pycache__",
]


@contextlib.contextmanager
def working_directory(path):
    previous = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


def catalog_path(root, language, domain):
    return Path(root) / language / "LC_MESSAGES" / f"{domain}.po"


def message_keys(po_file):
    """The identity of each live message: context, singular and plural."""
    return {(e.msgctxt, e.msgid, e.msgid_plural) for e in po_file if not e.obsolete and e.msgid}


class Command(BaseCommand):
    help = "Check that locale/ catalogs are up to date, fully translated into Danish and compile."

    def handle(self, *args, **options):
        project_locale = Path(settings.BASE_DIR) / "locale"
        problems = self.stale_or_untranslated(project_locale) + self.compile_errors(project_locale)
        if problems:
            raise CommandError("Catalog check failed:\n  " + "\n  ".join(problems))
        self.stdout.write(self.style.SUCCESS("Catalogs are up to date, translated and compile."))

    def stale_or_untranslated(self, project_locale):
        """Run makemessages on a scratch copy of the sources and compare its catalogs with ours.

        makemessages writes next to the sources it scans, so it runs in a copy: the check never
        touches the working tree.
        """
        problems = []
        base_dir = Path(settings.BASE_DIR)
        with tempfile.TemporaryDirectory() as scratch:
            copy_root = Path(scratch) / "project"
            shutil.copytree(base_dir, copy_root, ignore=shutil.ignore_patterns(*COPY_IGNORE))
            with override_settings(LOCALE_PATHS=[]), working_directory(copy_root):
                for domain in DOMAINS:
                    call_command(
                        "makemessages",
                        locale=list(LANGUAGES),
                        domain=domain,
                        no_obsolete=True,
                        no_location=True,
                        ignore_patterns=IGNORE,
                        verbosity=0,
                    )
            for language in LANGUAGES:
                for domain in DOMAINS:
                    problems += self.compare(
                        catalog_path(copy_root / "locale", language, domain),
                        catalog_path(project_locale, language, domain),
                        check_translated=language == "da",
                    )
        return problems

    def compare(self, fresh_path, committed, check_translated):
        if not fresh_path.exists():
            return []
        fresh = polib.pofile(str(fresh_path))
        if not committed.exists():
            return [f"{committed} is missing: run `make messages`."] if message_keys(fresh) else []
        problems = []
        current = polib.pofile(str(committed))
        added = message_keys(fresh) - message_keys(current)
        removed = message_keys(current) - message_keys(fresh)
        if added or removed:
            example = sorted(str(key[1]) for key in (added or removed))[0]
            problems.append(
                f"{committed} is stale ({len(added)} new, {len(removed)} gone, e.g. {example!r}): run `make messages`."
            )
        if check_translated:
            for entry in current:
                if not entry.obsolete and (not entry.translated() or "fuzzy" in entry.flags):
                    problems.append(f"{committed}: no Danish translation for {entry.msgid!r}.")
        return problems

    def compile_errors(self, project_locale):
        problems = []
        for po in sorted(project_locale.rglob("*.po")):
            result = subprocess.run(  # noqa: S603 - fixed arguments, our own files
                ["msgfmt", "--check-format", "--check-header", "--output-file=/dev/null", str(po)],  # noqa: S607
                capture_output=True,
                text=True,
            )
            if result.returncode:
                problems.append(f"{po} does not compile: {result.stderr.strip()}")
        return problems
