"""The admin's scripts in a real browser: slugs written out while typing, the translation editor in Danish."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page
from wagtail_localize.operations import TranslationCreator

from cms.management.commands.check_admin_translations import TRANSLATION_EDITOR_TEXTS
from cms.workflows.publication import acting_as
from home.models import StandardPage
from tests.admin_text import english_left_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def log_in(site, page, username):
    page.goto(f"{site.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "demo-password-for-tests")
    page.click("button[type=submit]")
    page.wait_for_url(f"{site.url}/admin/")


def test_slug__typed_title_becomes_a_slug_with_danish_letters_written_out(site, page):
    log_in(site, page, "editor")
    home = Page.objects.get(depth=2, locale__language_code="da")
    page.goto(f"{site.url}/admin/pages/add/home/standardpage/{home.pk}/")

    page.locator("input[name=title]").press_sequentially("Økonomiudvalgets rejse til Århus og Ærø")
    page.locator("input[name=title]").blur()

    slug = page.locator("input[name=slug]")
    page.wait_for_function("document.querySelector('input[name=slug]').value.endsWith('aeroe')", timeout=5000)
    assert slug.input_value() == "oekonomiudvalgets-rejse-til-aarhus-og-aeroe"
    page.get_by_role("tab", name="Synlighed").click()
    slug.fill("Besøg på Æbleø")
    slug.blur()
    assert slug.input_value() == "besoeg-paa-aebleoe"


def english_left_in_translation_editor(page):
    """English in the rendered editor: catalog messages (as the admin walk finds them) and the texts
    wagtail-localize's script writes itself."""
    page.wait_for_selector(".js-translation-editor [role=tab]")
    html = page.content()
    text = page.evaluate("document.querySelector('#main').innerText")
    sr_only = page.locator(".w-sr-only").all_inner_texts()
    found = english_left_in(html)
    found += [line for line in text.splitlines() if re.search(r"\bto \S+ translation$", line)]
    found += re.findall(rf"\b\d{{1,2}} (?:{MONTHS}) \d{{4}}\b", text)
    found += [label for label in ("English", "Danish") if label in text]
    found += [label for label in sr_only if label in TRANSLATION_EDITOR_TEXTS]
    return found


def test_translation_editor__editor_sees_no_english_label(site, page):
    log_in(site, page, "editor")
    english = Page.objects.get(url_path__endswith="/international-strategy/", locale__language_code="en")
    page.goto(f"{site.url}/admin/pages/{english.pk}/edit/")

    assert english_left_in_translation_editor(page) == []
    text = page.evaluate("document.querySelector('#main').innerText")
    assert "Oversættelse fra dansk til engelsk" in text
    assert re.search(r"Oversat manuelt den \d{1,2}\. [a-z]+ \d{4}", text)

    page.get_by_role("tab", name="Synlighed").click()
    assert english_left_in_translation_editor(page) == []


# The test writes its page in its own transaction; only SQLite's shared in-memory database lets the live
# server see it. The SQLite pass of `make test` runs it.
@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
    reason="the live server cannot see the test's uncommitted page on PostgreSQL",
)
def test_translation_editor__new_translation_and_a_segment_being_edited_are_danish(site, page):
    home = Page.objects.get(depth=2, locale__language_code="da")
    admin = get_user_model().objects.get(username="admin")
    with acting_as(admin):
        danish = home.add_child(instance=StandardPage(title="Besøg på Ærø", slug="besoeg-paa-aeroe"))
        danish.save_revision().publish()
    TranslationCreator(admin, [Locale.objects.get(language_code="en")]).create_translations(danish)
    english = danish.get_translation(Locale.objects.get(language_code="en"))
    log_in(site, page, "editor")
    page.goto(f"{site.url}/admin/pages/{english.pk}/edit/")
    assert english_left_in_translation_editor(page) == []

    page.get_by_role("button", name="Oversæt").first.click()
    page.locator(".js-translation-editor textarea").first.fill("A visit to Ærø")
    assert english_left_in_translation_editor(page) == []
    page.get_by_role("button", name="Gem").first.click()
    page.wait_for_selector("text=Oversat manuelt den")

    assert english_left_in_translation_editor(page) == []
