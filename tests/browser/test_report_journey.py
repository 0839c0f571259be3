"""A trip report's whole way to the public, clicked through in a real browser as the people involved do it.

The editor writes a report the Danish way (dates "10.11.2026", amounts "1.150,50") and submits it; a
member of the committee that travelled approves it from the dashboard; the editor translates it in
wagtail-localize's translation editor and submits the translation; a moderator approves that; an
anonymous visitor then reads both languages. A member of another committee never sees the report.

Only the login page and the dashboard are opened by address: everything after that is clicked,
found by its role and Danish label, as a person finds it. Screenshots land in test-results/.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.browser.helpers import DESKTOP, PATIENT_TIMEOUT_MS, enter_code_if_asked, opened_dialog, watch_for_errors

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SCREENSHOTS = Path(settings.BASE_DIR) / "test-results" / "report-journey"
PASSWORD = "demo-password-for-tests"  # the `site` fixture seeds the demo with it
TIMEOUT_MS = PATIENT_TIMEOUT_MS

TITLE_DA = "Økonomiudvalget lærer af Prag 10's digitale skoleindskrivning"
TITLE_EN = "The Finance Committee learns from Prague 10's online school enrolment"
PURPOSE_DA = "At se, hvordan Prag 10 indskriver elever digitalt, og at aftale et fælles pilotprojekt."
PURPOSE_EN = "To see how Prague 10 enrols pupils online, and to agree a joint pilot project."
OUTCOME_DA = "Udvalget vil foreslå en digital indskrivning i Ballerup."
SLUG_EN = "finance-committee-prague-10-online-enrolment"
# Everything the editor types in Danish, and what the translator writes for it.
TRANSLATIONS = {
    TITLE_DA: TITLE_EN,
    PURPOSE_DA: PURPOSE_EN,
    "formand for Økonomiudvalget": "chair of the Finance Committee",
    "Ankomst og møde på rådhuset": "Arrival and meeting at the town hall",
    "Borgmesteren viste den nye digitale indskrivning.": "The mayor showed the new online enrolment.",
    "Fly København–Prag, tre personer": "Flights Copenhagen–Prague, three people",
    "Måltider under besøget": "Meals during the visit",
    OUTCOME_DA: "The committee will propose online enrolment in Ballerup.",
}
PARTICIPANT = "Lene Holm"
CITY_DA, CITY_DA_PATH = "Prag 10", "/da/samarbejdsbyer/prag-10/"
CITY_EN, CITY_EN_PATH = "Prague 10", "/en/partner-cities/prague-10/"
NBSP = "\N{NO-BREAK SPACE}"
# (category, description, amount as a Dane types it, as the Danish page shows it, as the English page shows it)
# As the public report writes them: one column of amounts, all with øre once one has them.
EXPENSES = [
    ("Transport", "Fly København–Prag, tre personer", "14.800", f"14.800,00{NBSP}kr.", f"DKK{NBSP}14,800.00"),
    ("Forplejning", "Måltider under besøget", "1.150,50", f"1.150,50{NBSP}kr.", f"DKK{NBSP}1,150.50"),
]
TOTAL_DA, TOTAL_EN = f"15.950,50{NBSP}kr.", f"DKK{NBSP}15,950.50"
START, END, MEETING = "10.11.2026", "12.11.2026", "24.11.2026"
DATES_DA, DATES_EN = "10. november 2026 – 12. november 2026", "10 November 2026 – 12 November 2026"
APPROVAL_DA = "Godkendt af Økonomiudvalget den 24. november 2026"
APPROVAL_EN = "Approved by the Finance Committee on 24 November 2026"


class Person:
    """Someone at their own browser: a fresh context (own cookies), a Danish browser, one tab."""

    def __init__(self, browser, base_url, name, locale="da-DK"):
        self.name = name
        self.base_url = base_url
        self.context = browser.new_context(viewport=DESKTOP, locale=locale)
        self.context.set_default_timeout(TIMEOUT_MS)
        self.tab = self.context.new_page()
        self.errors = watch_for_errors(self.tab, expected=is_autosave_refusal)
        self.shots = 0

    def log_in(self):
        """Log in at the admin's login page, in Danish, and land on the dashboard."""
        tab = self.tab
        tab.goto(f"{self.base_url}/admin/login/")
        tab.get_by_label("Brugernavn").fill(self.name)
        tab.get_by_label("Adgangskode").fill(PASSWORD)
        tab.get_by_role("button", name="Log ind").click()
        enter_code_if_asked(tab, self.name)
        expect(tab).to_have_url(f"{self.base_url}/admin/")
        return tab

    def screenshot(self, what):
        self.shots += 1
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.tab.screenshot(path=SCREENSHOTS / f"{self.name}-{self.shots:02d}-{what}.png", full_page=True)

    def close(self):
        self.context.close()
        assert not self.errors, f"Errors in {self.name}'s browser: {self.errors}"


def is_autosave_refusal(response):
    """Wagtail autosaves the page form while it is typed in, and answers 400 while it is not yet valid."""
    request = response.request
    return (
        response.status == 400
        and request.method == "POST"
        and request.resource_type == "fetch"
        and re.search(r"/admin/pages/(add/\w+/\w+/\d+|\d+/edit)/$", response.url) is not None
    )


def type_into(field, text):
    """Type key by key, as a person does (fill() would bypass the widgets' own keyboard handling)."""
    field.click()
    field.press_sequentially(text)


def choose_in_dialog(tab, opener, choice, search=None):
    """Open a chooser, optionally search in it, click the choice; wait for the dialog to close."""
    tab.get_by_role("button", name=opener).click()
    dialog = opened_dialog(tab)
    if search:
        dialog.get_by_role("textbox", name="Søgeord").fill(search)
    dialog.get_by_role("link", name=choice, exact=True).click()
    expect(dialog).to_be_hidden()


def write_and_submit_report(editor):
    """Step 1: the editor writes the report in the Danish admin and sends it to the committee."""
    tab = editor.log_in()
    open_report_index(tab, "Ballerup Kommune internationalt", "Rejserapporter")
    tab.get_by_role("link", name="Tilføj underside").click()
    expect(tab.get_by_role("heading", name="Ny: Rejserapport")).to_be_visible()

    tab.get_by_role("textbox", name="Titel*").fill(TITLE_DA)
    choose_in_dialog(tab, "Vælg udvalg", "Økonomiudvalget")
    for label, typed in (("Startdato", START), ("Slutdato", END)):
        field = tab.get_by_role("textbox", name=label)
        type_into(field, typed)
        field.press("Tab")
        expect_date(field, typed)
    choose_in_dialog(tab, "Vælg en side (Samarbejdsby)", CITY_DA, search="Prag")

    tab.get_by_role("button", name="Tilføj Deltagere").click()
    tab.get_by_role("textbox", name="Navn*").fill(PARTICIPANT)
    tab.get_by_role("textbox", name="Rolle*").fill("formand for Økonomiudvalget")

    write_rich_text(tab, "Formål", "purpose", PURPOSE_DA)

    programme = tab.get_by_role("region", name="Program")
    programme.get_by_role("button", name="Indsæt en blok").click()
    day = programme.get_by_role("textbox", name="Dato*")
    type_into(day, START)
    day.press("Tab")
    expect_date(day, START)
    programme.get_by_role("textbox", name="Overskrift*").fill("Ankomst og møde på rådhuset")
    programme.get_by_role("textbox").last.fill("Borgmesteren viste den nye digitale indskrivning.")

    accounts = tab.get_by_role("region", name="Regnskab")
    for number, (category, description, typed, _da, _en) in enumerate(EXPENSES):
        accounts.get_by_role("button", name="Tilføj Regnskab").click()
        line = accounts.locator(f"[id^='inline_child_expense_lines-{number}']").first
        line.get_by_label("Kategori").select_option(label=category)
        line.get_by_role("textbox", name="Beskrivelse*").fill(description)
        amount = line.get_by_label("Beløb (kr.)")
        type_into(amount, typed)
        amount.press("Tab")
        expect_amount(amount, typed)

    choose_in_dialog(tab, "Vælg budget", "Økonomiudvalgets kursus- og rejsebudget")
    write_rich_text(tab, "Udbytte", "outcome", OUTCOME_DA)
    editor.screenshot("report-written")

    tab.get_by_role("button", name="Flere handlinger").click()
    submitted = tab.get_by_role("row", name=TITLE_DA)
    save_with(tab, tab.get_by_role("button", name=re.compile(r"^Send til")), then=submitted)
    expect(submitted).to_contain_text("Afventer godkendelse", ignore_case=True)
    editor.screenshot("report-submitted")


def write_rich_text(tab, label, name, text):
    """Type into a rich-text field; wait until the editor has written it into the form it sends."""
    editor = tab.get_by_role("region", name=label).get_by_role("textbox")
    type_into(editor, text)
    expect(tab.locator(f"input[name='{name}']")).to_have_value(re.compile(re.escape(text)))


def expect_date(field, typed):
    """A date typed "10.11.2026" stays the tenth of November, whichever way the widget writes it back."""
    day, month, year = typed.split(".")
    expect(field).to_have_value(re.compile(rf"^({re.escape(typed)}|{year}-{month}-{day})$"))


def expect_amount(field, typed):
    """An amount typed "1.150,50" stays 1150.50, whichever way the field writes it back."""
    kroner, _, oere = typed.partition(",")
    whole, oere = kroner.replace(".", ""), oere or "00"
    if field.get_attribute("type") == "number":
        # The browser's own number field: what counts is the number it will send.
        value = field.evaluate("(input) => [input.value, input.valueAsNumber]")
        assert value[1] == float(f"{whole}.{oere}"), f"typed {typed!r}, the number field holds {value[0]!r}"
        return
    accepted = {typed, f"{whole}.{oere}", f"{whole},{oere}"} | ({whole} if oere == "00" else set())
    expect(field).to_have_value(re.compile("^(" + "|".join(re.escape(value) for value in accepted) + ")$"))


def save_with(tab, button, then):
    """Press a button that sends the page form and wait for `then`; when the form is refused, say why."""
    refused = tab.locator(".messages .error")
    button.click()
    expect(then.or_(refused).first).to_be_visible()
    if refused.count():
        raise AssertionError(f"{refused.inner_text().strip()} {tab.evaluate(FORM_ERRORS)}")


# Each field error with its field's label, e.g. "Startdato*: Indtast en gyldig dato."
FORM_ERRORS = """() => [...document.querySelectorAll('.error-message')].map((error) => {
    const label = error.closest('[data-field-wrapper]')?.querySelector('label');
    return (label ? label.textContent.trim().replace(/\\s+/g, ' ') + ': ' : '') + error.textContent.trim();
})"""


def approve_report_from_dashboard(member):
    """Step 2: a member of the committee that travelled finds the report on the dashboard and approves it."""
    tab = member.log_in()
    queue = tab.get_by_role("region", name="Afventer din gennemgang")
    row = queue.get_by_role("row", name=TITLE_DA)
    expect(row).to_be_visible()
    member.screenshot("queue")
    row.get_by_role("button", name="Handlinger").click()
    row.get_by_role("button", name=re.compile(r"^Godkend")).click()
    dialog = opened_dialog(tab)
    meeting_date = dialog.get_by_label("Dato for udvalgsmødet")
    type_into(meeting_date, MEETING)
    expect_date(meeting_date, MEETING)
    member.screenshot("approve-dialog")
    dialog.get_by_role("button", name=re.compile(r"^Godkend")).click()
    expect(dialog).to_be_hidden()
    expect(queue.get_by_role("row", name=TITLE_DA)).to_have_count(0)
    member.screenshot("approved")


def translate_report(editor):
    """Step 3: the editor translates the approved report in the translation editor and submits it for review."""
    tab = editor.log_in()
    open_report_index(tab, "Ballerup Kommune internationalt", "Rejserapporter")
    tab.get_by_role("button", name=f"Flere muligheder for »{TITLE_DA}«").click()
    tab.get_by_role("link", name="Oversæt denne side").click()
    tab.get_by_role("checkbox", name="engelsk").check()
    tab.get_by_role("button", name="Send").click()
    content = tab.get_by_role("tabpanel", name="Indhold")
    expect(content.get_by_role("button", name="Oversæt", exact=True).first).to_be_visible()
    translate_every_segment(tab, content, TRANSLATIONS | {PARTICIPANT: PARTICIPANT})
    tab.get_by_role("tab", name="Synlighed").click()
    promote = tab.get_by_role("tabpanel", name="Synlighed")
    # The only text there is the URL name (slug); the English page gets an English one.
    expect(promote.get_by_role("heading", name="URL-navn")).to_be_visible()
    translate_every_segment(tab, promote, {}, otherwise=SLUG_EN)
    editor.screenshot("translated")

    # The translation editor cannot publish; the translation goes to review from the English page listing.
    open_report_index(tab, "Ballerup Municipality International", "Trip reports")
    tab.get_by_role("button", name=f"Flere muligheder for »{TITLE_EN}«").click()
    tab.get_by_role("link", name="Send oversættelsen til godkendelse").click()
    editor.screenshot("submit-translation")
    tab.get_by_role("button", name="Send til godkendelse").click()
    expect(tab.get_by_role("row", name=TITLE_EN)).to_contain_text("Afventer godkendelse", ignore_case=True)
    editor.screenshot("translation-submitted")


def open_report_index(tab, home, index):
    """Through the sidebar's page explorer: the home page of a language, then its report index."""
    tab.get_by_role("button", name="Sider").click()
    tab.get_by_role("link", name=f"Vis undersider af »{home}«").click()
    tab.locator("#wagtail-sidebar").get_by_role("link", name=index, exact=True).click()
    expect(tab.get_by_role("heading", name=index, level=1)).to_be_visible()


def translate_every_segment(tab, panel, translations, otherwise=None):
    """Translate each segment still waiting in the panel; a segment the translator has no text for fails."""
    translate_button = tab.get_by_role("button", name="Oversæt", exact=True)
    waiting = panel.locator(translate_button)
    # A segment is the list item with the source paragraph and its buttons; containing items come first.
    segments = panel.get_by_role("listitem").filter(has=translate_button).filter(has=tab.get_by_role("paragraph"))
    for _ in range(50):
        if not waiting.count():
            return
        source = segments.last.locator("p").first.inner_text().strip()
        text = translations.get(source, otherwise)
        assert text, f"The translation editor offers a segment nobody expects: {source!r}"
        segment = panel.get_by_role("listitem").filter(has=tab.get_by_text(source, exact=True)).last
        translate_segment(segment, text)
    raise AssertionError("The translation editor keeps offering segments to translate")


def translate_segment(segment, text):
    segment.get_by_role("button", name="Oversæt", exact=True).click()
    segment.get_by_role("textbox").fill(text)
    segment.get_by_role("button", name="Gem").click()
    expect(segment.get_by_role("button", name="Rediger")).to_be_visible()


def approve_translation_from_dashboard(moderator):
    """Step 4: a moderator finds the English translation on the dashboard and approves it."""
    tab = moderator.log_in()
    queue = tab.get_by_role("region", name="Afventer din gennemgang")
    row = queue.get_by_role("row", name=TITLE_EN)
    expect(row).to_be_visible()
    moderator.screenshot("queue")
    # Before approving, the moderator reads what will be published.
    row.get_by_role("button", name="Handlinger").click()
    with moderator.context.expect_page() as opened:
        row.get_by_role("link", name="Forhåndsvis").click()
    preview = opened.value
    expect(preview.get_by_role("heading", level=1)).to_be_visible()
    preview.screenshot(path=SCREENSHOTS / "moderator-preview.png", full_page=True)
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE_EN)
    expect(preview.locator("article")).to_contain_text(PURPOSE_EN)
    preview.close()
    row.get_by_role("button", name="Handlinger").click()
    approve = row.get_by_role("button", name="Godkend", exact=True)
    asks_first = approve.get_attribute("data-launch-modal") is not None  # how Wagtail marks a dialog action
    approve.click()
    if asks_first:
        dialog = opened_dialog(tab)
        moderator.screenshot("approve-dialog")
        dialog.get_by_role("button", name="Godkend", exact=True).click()
        expect(dialog).to_be_hidden()
    expect(queue.get_by_role("row", name=TITLE_EN)).to_have_count(0)
    moderator.screenshot("approved")


def read_both_languages(visitor):
    """Step 5: an anonymous visitor reads the English report, follows its destination, and reads it in Danish."""
    tab = visitor.tab
    tab.goto(f"{visitor.base_url}/en/")
    tab.get_by_role("navigation", name="Main menu").get_by_role("link", name="Trip reports").click()
    expect(tab.get_by_role("main")).to_contain_text(TITLE_EN)
    tab.get_by_role("link", name=TITLE_EN).click()
    report = tab.locator("article.trip-report")
    expect(report.get_by_role("heading", level=1)).to_have_text(TITLE_EN)
    visitor.screenshot("english-report")
    expect(report).to_contain_text(PURPOSE_EN)
    expect(report).to_contain_text(APPROVAL_EN)
    expect(report).to_contain_text(DATES_EN)
    for *_, amount_en in EXPENSES:
        expect(report).to_contain_text(amount_en)
    expect(report.locator("tfoot")).to_contain_text(TOTAL_EN)
    text = report.inner_text()
    missing = [english for english in TRANSLATIONS.values() if english not in text]
    danish = [source for source in TRANSLATIONS if source in text]
    assert not missing and not danish, f"English page lacks {missing}, shows Danish {danish}"
    english_url = tab.url

    report.get_by_role("link", name=CITY_EN, exact=True).click()
    expect(tab).to_have_url(f"{visitor.base_url}{CITY_EN_PATH}")
    tab.go_back()

    tab.get_by_role("navigation", name="Choose language").get_by_role("link", name="Dansk").click()
    report = tab.locator("article.trip-report")
    expect(report.get_by_role("heading", level=1)).to_have_text(TITLE_DA)
    visitor.screenshot("danish-report")
    expect(report).to_contain_text(PURPOSE_DA)
    expect(report).to_contain_text(APPROVAL_DA)
    expect(report).to_contain_text(DATES_DA)
    for *_, amount_da, _en in EXPENSES:
        expect(report).to_contain_text(amount_da)
    expect(report.locator("tfoot")).to_contain_text(TOTAL_DA)
    expect(report.get_by_role("link", name=CITY_DA, exact=True)).to_have_attribute("href", CITY_DA_PATH)
    # Slugs transliterate Danish letters: no "ø" or "æ" in either address.
    assert english_url.endswith(f"/en/trip-reports/{SLUG_EN}/"), english_url
    assert tab.url.isascii(), tab.url


def never_sees_the_report(member):
    """Step 6: a member of another committee has nothing of it on the dashboard, while it waits or after."""
    tab = member.log_in()
    member.screenshot("dashboard")
    expect(tab.get_by_role("main")).not_to_contain_text(TITLE_DA)
    expect(tab.get_by_role("main")).not_to_contain_text(TITLE_EN)


def test_a_trip_report_is_written_approved_translated_reviewed_and_read(site, browser):
    steps = [
        (write_and_submit_report, "editor"),
        (never_sees_the_report, "children-member"),  # while it waits for the Finance Committee
        (approve_report_from_dashboard, "finance-member"),
        (translate_report, "editor"),
        (never_sees_the_report, "children-member"),  # while the translation waits for review
        (approve_translation_from_dashboard, "moderator"),
        (read_both_languages, "visitor"),
    ]
    for step, name in steps:
        person = Person(browser, site.url, name, locale="en-GB" if name == "visitor" else "da-DK")
        try:
            step(person)
        except Exception:
            person.screenshot("failed")
            person.context.close()
            raise
        person.close()
