"""Approved is published: attachments as reviewed, facts synchronised from the approved Danish report."""

import pytest
from django.core.files.base import ContentFile
from wagtail_localize.models import OverridableSegment, StringSegment, TranslationLog, TranslationSource

from tests.reports.helpers import approve, login, refused_with, reload, submit, take_action
from tests.reports.states import attach
from tests.reports.translation import english_of, start_translation, translate_strings
from tests.reports.world import create_draft_report

pytestmark = pytest.mark.django_db


def replace_file(document, content):
    document.file = ContentFile(content, name="program-v2.pdf")
    document._set_document_file_metadata()
    document.save()


def test_attachment__unhappy_path__file_replaced_during_review_cannot_be_approved(client, world):
    report = create_draft_report(world)
    document = attach(report)
    submit(client, world, report)
    replace_file(document, b"%PDF-1.4 a different programme")

    response = approve(client, world, report)

    assert refused_with(response, "send den igen")
    assert not reload(report).live


def test_attachment__unhappy_path__renamed_during_review_cannot_be_approved(client, world):
    report = create_draft_report(world)
    document = attach(report)
    submit(client, world, report)
    document.title = "Et andet program"
    document.save()

    assert refused_with(approve(client, world, report), "Et andet program")
    assert not reload(report).live


def test_attachment__happy_path__renamed_after_approval_public_reads_the_reviewed_title(client, world):
    report = create_draft_report(world)
    document = attach(report)
    submit(client, world, report)
    approve(client, world, report)
    document.title = "Omdøbt efter godkendelsen"
    document.save()
    client.logout()

    page = client.get(reload(report).url).content.decode()

    assert "Program" in page and "Omdøbt efter godkendelsen" not in page


def approved_with_translation(client, world):
    report = create_draft_report(world)
    report.participants.create(name="Anne Hansen", role="Formand for Økonomiudvalget")
    report.save_revision(user=world.users["editor"])
    submit(client, world, report)
    approve(client, world, report)
    report = reload(report)
    start_translation(client, world, report)
    return report


def test_translation__happy_path__facts_are_not_offered_for_translation_or_override(client, world):
    report = approved_with_translation(client, world)
    source = TranslationSource.objects.get(object_id=report.translation_key)

    strings = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    overrides = set(OverridableSegment.objects.filter(source=source).values_list("context__path", flat=True))

    assert "Anne Hansen" not in strings and "Formand for Økonomiudvalget" in strings
    assert not {"committee", "budget", "destination_city", "start_date", "end_date"} & overrides
    assert not any(path.endswith((".amount", ".category", ".name")) for path in overrides)


def test_translation__unhappy_path__a_translation_with_other_facts_is_not_approved(client, world):
    report = approved_with_translation(client, world)
    english = translate_strings(world, report, {"Formand for Økonomiudvalget": "Chair of the Finance Committee"})
    # A revision that claims to come from the translation but hands the trip to another committee
    # (the translation editor offers no such override; this is the server-side check behind it).
    english.committee = world.children
    revision = english.save_revision(user=world.users["editor"])
    source = TranslationSource.objects.get(object_id=report.translation_key)
    TranslationLog.objects.create(source=source, locale=english.locale, revision=revision)
    english.get_workflow().start(english, world.users["editor"])  # some route that submits it as it is
    login(client, world.users["moderator"])

    response = take_action(client, english, "approve")

    assert refused_with(response, "afviger fra den godkendte danske rapport")
    assert not reload(english).live
    assert english_of(report).committee_id == world.finance.pk
