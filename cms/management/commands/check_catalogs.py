"""Fail when a catalog of our own strings is stale, untranslated in Danish or does not compile.

Every catalog is checked: the project's locale/ (cms, home) and each app's own locale/ (cms/catalogs.py).

Stale means `makemessages` would change the set of messages: someone added or changed a string in
code or templates and did not run `make messages` (and translate it).
"""

import shutil
import subprocess
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.catalogs import DOMAINS, LANGUAGES, catalog_path, catalog_roots, make_messages

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


def message_keys(po_file):
    """The identity of each live message: context, singular and plural."""
    return {(e.msgctxt, e.msgid, e.msgid_plural) for e in po_file if not e.obsolete and e.msgid}


class Command(BaseCommand):
    help = "Check that every catalog of our own strings is up to date, translated into Danish and compiles."

    def handle(self, *args, **options):
        locale_dirs = catalog_roots(settings.BASE_DIR).values()
        problems = self.stale_or_untranslated()
        for locale_dir in locale_dirs:
            problems += self.compile_errors(locale_dir)
        if problems:
            raise CommandError("Catalog check failed:\n  " + "\n  ".join(problems))
        self.stdout.write(self.style.SUCCESS("Catalogs are up to date, translated and compile."))

    def stale_or_untranslated(self):
        """Run makemessages on a scratch copy of the sources and compare its catalogs with ours.

        makemessages writes next to the sources it scans, so it runs in a copy: the check never
        touches the working tree.
        """
        problems = []
        base_dir = Path(settings.BASE_DIR)
        with tempfile.TemporaryDirectory() as scratch:
            copy_root = Path(scratch) / "project"
            shutil.copytree(base_dir, copy_root, ignore=shutil.ignore_patterns(*COPY_IGNORE))
            make_messages(copy_root)
            committed_dirs = catalog_roots(base_dir).values()
            for fresh_dir, committed_dir in zip(catalog_roots(copy_root).values(), committed_dirs, strict=True):
                for language in LANGUAGES:
                    for domain in DOMAINS:
                        problems += self.compare(
                            catalog_path(fresh_dir, language, domain),
                            catalog_path(committed_dir, language, domain),
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
        if obsolete := [entry.msgid for entry in current if entry.obsolete]:
            problems.append(f"{committed} keeps {len(obsolete)} obsolete messages, e.g. {obsolete[0]!r}: remove them.")
        for entry in current:
            if entry.obsolete:
                continue
            if "fuzzy" in entry.flags:
                problems.append(f"{committed}: {entry.msgid!r} is marked fuzzy: check its translation.")
            elif check_translated and not entry.translated():
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
