"""The Danish admin catalog: coverage of the pinned Wagtail and wagtail-localize strings, and its soundness."""

import datetime
import io
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone, translation

from cms.management.commands import check_admin_translations as check

ADMIN_LOCALE = Path(settings.BASE_DIR) / "locale" / "admin"


def run_check(*args):
    out = io.StringIO()
    call_command("check_admin_translations", *args, stdout=out)
    return out.getvalue()


def test_coverage_check_prints_its_figures_and_passes_the_bar():
    output = run_check()
    for label in ("django", "djangojs", "combined"):
        assert f"Danish admin coverage, {label}: " in output
    figures, _ = check.coverage()
    combined = figures["django"] + figures["djangojs"]
    assert combined.percent >= check.DEFAULT_MINIMUM
    assert figures["djangojs"].percent >= check.DEFAULT_MINIMUM
    assert f"combined: {combined}" in output


def test_denominator_is_every_message_of_the_pinned_english_catalogs():
    messages = check.english_messages()
    packages = {package for package, _ in messages}
    assert packages == {"wagtail", "wagtail_localize"}
    figures, _ = check.coverage(messages)
    # Wagtail 7.4.4 and wagtail-localize 1.14.5 ship 1,897 English messages; a new pin changes this.
    assert figures["django"].total + figures["djangojs"].total > 1800


def test_without_our_catalog_wagtail_alone_falls_far_below_the_bar(settings):
    settings.LOCALE_PATHS = [Path(settings.BASE_DIR) / "locale"]
    figures, missing = check.coverage()
    combined = figures["django"] + figures["djangojs"]
    assert combined.percent < 50
    untranslated = {entry.msgid for _, entry in missing}
    assert "Submit for moderation" not in untranslated  # one of Wagtail's own few Danish strings
    assert "Workflow history" in untranslated
    with pytest.raises(CommandError, match="coverage .* is below 95%"):
        run_check()


def test_admin_catalog_has_two_plural_forms_and_is_compiled():
    for domain in check.DOMAINS:
        po = polib.pofile(str(ADMIN_LOCALE / "da" / "LC_MESSAGES" / f"{domain}.po"))
        assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
        assert not [entry for entry in po if "fuzzy" in entry.flags or not entry.translated()]
        assert (ADMIN_LOCALE / "da" / "LC_MESSAGES" / f"{domain}.mo").exists()
    assert not check.admin_catalog_problems(ADMIN_LOCALE)


@pytest.mark.parametrize(
    ("msgid", "msgstr", "problem"),
    [
        ("Page '%(title)s' saved.", "Siden er gemt.", "placeholders"),
        ("Translate {model_name}", "Oversæt {model}", "placeholders"),
        ("Saved %s", "Gemt", "placeholders"),
        ("<b>%(title)s</b> locked", "%(title)s er låst", "HTML tags"),
        ("Publish", "Udgiv", "glossary"),
        ("Save draft", "Gem skitse", "glossary"),
        ("Submit for moderation", "Indsend til moderation", "glossary"),
        ("Save", "", "not translated"),
    ],
)
def test_entry_check_catches_broken_translations(msgid, msgstr, problem):
    problems = check.entry_problems(polib.POEntry(msgid=msgid, msgstr=msgstr))
    assert problems
    assert problem in " ".join(problems)


def test_entry_check_accepts_a_spelled_out_singular_but_not_a_lost_plural_placeholder():
    good = polib.POEntry(
        msgid="%(count)s page",
        msgid_plural="%(count)s pages",
        msgstr_plural={0: "én side", 1: "%(count)s sider"},
    )
    assert check.entry_problems(good) == []
    bad = polib.POEntry(
        msgid="%(count)s page",
        msgid_plural="%(count)s pages",
        msgstr_plural={0: "%(count)s side", 1: "sider"},
    )
    assert check.entry_problems(bad)
    one_form = polib.POEntry(msgid="%(count)s page", msgid_plural="%(count)s pages", msgstr_plural={0: "side"})
    assert "plural forms" in " ".join(check.entry_problems(one_form))


@pytest.mark.parametrize(
    ("msgid", "danish"),
    [
        ("Save draft", "Gem udkast"),
        ("Publish", "Offentliggør"),
        ("Submit for moderation", "Send til godkendelse"),
        ("Workflow history", "Historik for arbejdsgang"),
        ("Snippets", "Elementer"),
        ("Tags", "Emneord"),
    ],
)
def test_glossary_terms_win_over_wagtails_own_danish(msgid, danish):
    with translation.override("da"):
        assert translation.gettext(msgid) == danish


def test_plural_forms_follow_danish_rules():
    with translation.override("da"):
        one = translation.ngettext("Delete 1 page", "Delete %(counter)s pages", 1)
        many = translation.ngettext("Delete 1 page", "Delete %(counter)s pages", 3)
    assert one == "Slet 1 side"
    assert many % {"counter": 3} == "Slet 3 sider"


@pytest.mark.parametrize(
    ("seconds_ago", "danish"),
    [(1, "et\xa0sekund siden"), (300, "5\xa0minutter siden"), (7200, "2\xa0timer siden")],
)
def test_relative_times_in_the_workflow_status_speak_danish(seconds_ago, danish):
    """Wagtail's workflow status says "Sent to <task> 5 minutes ago" with humanize's naturaltime."""
    moment = timezone.now() - datetime.timedelta(seconds=seconds_ago)
    with translation.override("da"):
        assert naturaltime(moment) == danish
