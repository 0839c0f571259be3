"""Measure how much of the Wagtail and wagtail-localize admin speaks Danish, and fail below the bar.

The denominator is every message of the English catalogs shipped with the installed (pinned) packages:
`wagtail/**/locale/en/LC_MESSAGES/*.po` and `wagtail_localize/**/locale/en/LC_MESSAGES/*.po`. The
numerator is what Django actually translates at run time for Danish: the merged catalog of the apps,
our locale/admin catalog and locale/ (for the JavaScript strings: the catalogs the admin's two
`/jsi18n/` views serve). The command also checks that the Danish admin catalog in locale/admin is
complete and sound: compiled, nothing fuzzy or empty, placeholders and HTML tags as in English, two
plural forms, and none of the words the glossary rules out.

locale/da (the project's own strings) is checked by `check_catalogs`, which runs next to this command.
"""

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import trans_real
from django.views.i18n import JavaScriptCatalog

from cms.management.commands.check_catalogs import Command as CheckCatalogs

LANGUAGE = "da"
PACKAGES = ("wagtail", "wagtail_localize")
DOMAINS = ("django", "djangojs")
# The Django apps whose JavaScript catalog serves the JS strings of each package.
JS_CATALOG_APPS = {"wagtail": ["wagtail.admin"], "wagtail_localize": ["wagtail_localize"]}
# Texts the translation editor's script writes without its catalog; cms/static/js/translation-editor.js
# puts them through the JavaScript catalog, so ours must have them (they are in no English catalog).
TRANSLATION_EDITOR_TEXTS = ("%(source)s to %(target)s translation", "More actions")
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"
DEFAULT_MINIMUM = 95.0

# Placeholders: %(name)s, %(count)d, %s, %d, %%; {name}, {0}, {}.
PERCENT = re.compile(r"%\([^)]+\)[-+0-9.]*[sdifr]|%[-+0-9.]*[sdif]\b|%%")
BRACE = re.compile(r"\{[A-Za-z0-9_]*\}")
HTML_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
# Words docs/glossary.md rules out (English on the left means: wrong in Danish).
FORBIDDEN = {
    r"\budgiv": "offentliggør",
    r"\bafpublic": "tilbagetræk",
    r"\bskitse": "udkast",
    r"\bkladde": "udkast",
    r"\bmoderation\b": "godkendelse",
    r"\bsnippet": "element",
    r"\bdashboard\b": "oversigt",
}


@dataclass
class Coverage:
    total: int = 0
    translated: int = 0

    @property
    def percent(self):
        return 100.0 * self.translated / self.total if self.total else 100.0

    def __add__(self, other):
        return Coverage(self.total + other.total, self.translated + other.translated)

    def __str__(self):
        return f"{self.translated}/{self.total} = {self.percent:.1f}%"


def package_dir(package):
    return Path(__import__(package).__file__).resolve().parent


def english_catalogs(package):
    """The English .po files the installed package ships, as (domain, path)."""
    for po in sorted(package_dir(package).glob("**/locale/en/LC_MESSAGES/*.po")):
        if po.stem in DOMAINS:
            yield po.stem, po


def entry_key(entry):
    """How Django's merged catalog keys a message: context + \\x04 + msgid; plurals by (msgid, index)."""
    msgid = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
    return (msgid, 0) if entry.msgid_plural else msgid


def english_messages():
    """{(package, domain): {catalog key: entry}} over every English catalog of the pinned packages."""
    messages = {}
    for package in PACKAGES:
        for domain, po in english_catalogs(package):
            bucket = messages.setdefault((package, domain), {})
            for entry in polib.pofile(str(po)):
                if entry.msgid and not entry.obsolete:
                    bucket.setdefault(entry_key(entry), entry)
    return messages


def runtime_catalog(package, domain):
    """The Danish catalog Django serves at run time for the package's strings in this domain."""
    if domain == "django":
        return trans_real.translation(LANGUAGE)._catalog
    paths = JavaScriptCatalog().get_paths(JS_CATALOG_APPS[package])
    return trans_real.DjangoTranslation(LANGUAGE, domain="djangojs", localedirs=paths)._catalog


def coverage(messages=None):
    """{domain: Coverage} and the untranslated messages, measured against the run-time catalogs."""
    messages = messages if messages is not None else english_messages()
    result = {domain: Coverage() for domain in DOMAINS}
    # A msgid shared by two packages (or apps) counts once per domain.
    seen = {domain: set() for domain in DOMAINS}
    missing = []
    for (package, domain), entries in messages.items():
        catalog = runtime_catalog(package, domain)
        for key, entry in entries.items():
            if key in seen[domain]:
                continue
            seen[domain].add(key)
            result[domain].total += 1
            translated = catalog.get(key)
            if translated:
                result[domain].translated += 1
            else:
                missing.append((domain, entry))
    return result, missing


def translation_editor_problems():
    """The translation editor's own texts that the JavaScript catalog it loads does not translate."""
    catalog = runtime_catalog("wagtail_localize", "djangojs")
    return [
        f"translation editor text {text!r} has no Danish in djangojs"
        for text in TRANSLATION_EDITOR_TEXTS
        if not catalog.get(text)
    ]


def placeholders(text):
    return Counter(PERCENT.findall(text)) + Counter(BRACE.findall(text))


def positional(found):
    return Counter({name: n for name, n in found.items() if name in {"%s", "%d", "%i", "%f", "{}"}})


def tags(text):
    return Counter(("/" if m.group(0).startswith("</") else "") + m.group(1).lower() for m in HTML_TAG.finditer(text))


def pair_problems(label, source, translation):
    problems = []
    if placeholders(source) != placeholders(translation):
        problems.append(
            f"{label}: placeholders {dict(placeholders(source))} in English, {dict(placeholders(translation))}"
        )
    if tags(source) != tags(translation):
        problems.append(f"{label}: HTML tags {dict(tags(source))} in English, {dict(tags(translation))} in Danish")
    return problems


def entry_problems(entry):
    """What is wrong with one Danish entry of the admin catalog (empty list: nothing)."""
    label = repr(entry.msgid[:60])
    problems = [f"{label} is fuzzy"] if "fuzzy" in entry.flags else []
    if not entry.msgid_plural:
        forms = [entry.msgstr]
    else:
        forms = [entry.msgstr_plural.get(i, "") for i in range(2)]
        if sorted(entry.msgstr_plural) != [0, 1]:
            problems.append(f"{label} has plural forms {sorted(entry.msgstr_plural)}, Danish has [0, 1]")
    if not all(forms):
        return [*problems, f"{label} is not translated"]
    if not entry.msgid_plural:
        problems += pair_problems(label, entry.msgid, entry.msgstr)
    else:
        singular, plural = forms
        problems += pair_problems(label, entry.msgid_plural, plural)
        # The singular may spell the number out ("én side"), but may use no placeholder the English lacks
        # and must consume exactly the English positional arguments.
        allowed = set(placeholders(entry.msgid)) | set(placeholders(entry.msgid_plural))
        if not set(placeholders(singular)) <= allowed:
            problems.append(f"{label}: singular uses placeholders {dict(placeholders(singular))} not in English")
        if positional(placeholders(singular)) != positional(placeholders(entry.msgid)):
            problems.append(f"{label}: singular has other positional placeholders than the English")
        if tags(singular) != tags(entry.msgid):
            problems.append(f"{label}: singular has other HTML tags than the English")
    for pattern, word in FORBIDDEN.items():
        if any(re.search(pattern, PERCENT.sub("", BRACE.sub("", form)), re.IGNORECASE) for form in forms):
            problems.append(f"{label}: the glossary says {word!r}, not {pattern[2:]!r}")
    return problems


def admin_catalog_problems(admin_locale):
    problems = []
    for domain in DOMAINS:
        po_path = admin_locale / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"
        if not po_path.exists():
            problems.append(f"{po_path} is missing")
            continue
        po = polib.pofile(str(po_path))
        if po.metadata.get("Plural-Forms") != PLURAL_FORMS:
            problems.append(f"{po_path}: Plural-Forms should be {PLURAL_FORMS!r}")
        for entry in po:
            if entry.obsolete:
                problems.append(f"{po_path}: obsolete entry {entry.msgid[:60]!r}")
                continue
            problems.extend(f"{po_path}: {problem}" for problem in entry_problems(entry))
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
            problems.append(f"{mo_path} is missing or older than its .po: run `make compilemessages`")
    problems.extend(CheckCatalogs().compile_errors(admin_locale))
    return problems


class Command(BaseCommand):
    help = "Measure the Danish coverage of the Wagtail and wagtail-localize admin and check locale/admin."

    def add_arguments(self, parser):
        parser.add_argument("--minimum", type=float, default=DEFAULT_MINIMUM, help="Required coverage in percent.")
        parser.add_argument("--list-missing", action="store_true", help="Print every untranslated message.")

    def handle(self, *args, minimum, list_missing, **options):
        if not apps.is_installed("wagtail_localize"):
            raise CommandError("wagtail_localize is not installed.")
        admin_locale = Path(settings.BASE_DIR) / "locale" / "admin"
        figures, missing = coverage()
        combined = figures["django"] + figures["djangojs"]
        for domain in DOMAINS:
            self.stdout.write(f"Danish admin coverage, {domain}: {figures[domain]}")
        self.stdout.write(f"Danish admin coverage, combined: {combined} (bar: {minimum:.0f}%)")
        if list_missing:
            for domain, entry in missing:
                self.stdout.write(f"  untranslated ({domain}): {entry.msgid!r}")

        problems = [
            f"{domain} coverage {figures[domain].percent:.1f}% is below {minimum:.0f}%"
            for domain in DOMAINS
            if figures[domain].percent < minimum
        ]
        if combined.percent < minimum:
            problems.append(f"combined coverage {combined.percent:.1f}% is below {minimum:.0f}%")
        problems += admin_catalog_problems(admin_locale)
        problems += translation_editor_problems()
        if problems:
            raise CommandError("Admin translation check failed:\n  " + "\n  ".join(problems))
        self.stdout.write(self.style.SUCCESS("The Danish admin catalog is complete, compiles and meets the bar."))
