"""The report form stores dates and amounts as the editor typed them, or says what is wrong.

Posted through the admin's own add and edit views, as the seeded `editor` (Danish admin) sends them.
"""

import datetime
import json
from decimal import Decimal
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.blocks.base import get_error_json_data
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from reports.inputs import format_amount
from reports.models import Committee, TripReportIndexPage, TripReportPage
from tests.reports.helpers import approve, edit_form_data, edit_url, submit
from tests.reports.world import create_draft_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_editor(editor, django_user_model):
    profile = django_user_model.objects.get(username="editor").wagtail_userprofile
    profile.preferred_language = "en"
    profile.save()
    return editor


def danish_index():
    return TripReportIndexPage.objects.get(locale__language_code="da")


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=["reports", "tripreportpage", index.pk])


def add_form_data(client, start="10.11.2026", end="12.11.2026", day="11.11.2026", amounts=("1.150,50",)):
    """The add form as the browser sends it after the editor filled it in (and typed these values)."""
    response = client.get(add_url(danish_index()))
    assert response.status_code == HTTPStatus.OK
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data.update(
        {
            "title": "Studietur til Wuxi",
            "slug": "studietur-til-wuxi",
            "committee": str(Committee.objects.get(name_da="Økonomiudvalget").pk),
            "start_date": start,
            "end_date": end,
            "destination_name": "Wuxi",
            "destination_country": "Kina",
            "purpose": rich_text("<p>Elevudveksling.</p>"),
            "expense_lines-TOTAL_FORMS": str(len(amounts)),
        }
    )
    for number, amount in enumerate(amounts):
        prefix = f"expense_lines-{number}-"
        data.update(
            {
                f"{prefix}category": "transport",
                f"{prefix}description": f"Linje {number + 1}",
                f"{prefix}amount": amount,
                f"{prefix}ORDER": str(number + 1),
                f"{prefix}DELETE": "",
                f"{prefix}id": "",
            }
        )
    day_block = ("day", {"date": day, "heading": "Skolebesøg", "description": rich_text("<p>Besøg.</p>")})
    data.update(nested_form_data({"programme": streamfield([day_block])}))
    return data


def saved_draft():
    page = TripReportPage.objects.get(slug="studietur-til-wuxi")
    return page.get_latest_revision_as_object()


def field_errors(response):
    return [str(error) for form in _forms(response) for errors in form.errors.values() for error in errors]


def _forms(response):
    form = response.context["form"]
    yield form
    for formset in form.formsets.values():
        yield from formset.forms


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (("10.11.2026", "12.11.2026", "11.11.2026"), ("2026-11-10", "2026-11-12", "2026-11-11")),
        (("10-11-2026", "12-11-2026", "11-11-2026"), ("2026-11-10", "2026-11-12", "2026-11-11")),
        (("2026-11-10", "2026-11-12", "2026-11-11"), ("2026-11-10", "2026-11-12", "2026-11-11")),
        (("1.2.2026", "3.2.2026", "2.2.2026"), ("2026-02-01", "2026-02-03", "2026-02-02")),
    ],
)
def test_add__danish_dates__stored_as_typed(editor, typed, stored):
    start, end, day = typed

    response = editor.post(add_url(danish_index()), add_form_data(editor, start=start, end=end, day=day))

    assert response.status_code == HTTPStatus.FOUND, field_errors(response)
    draft = saved_draft()
    assert (draft.start_date, draft.end_date, draft.programme[0].value["date"]) == tuple(
        datetime.date.fromisoformat(value) for value in stored
    )


def test_add__danish_amounts__stored_as_typed(editor):
    typed = ("1.150,50", "14.800", "14800", "0,5", "1.234.567,89")

    response = editor.post(add_url(danish_index()), add_form_data(editor, amounts=typed))

    assert response.status_code == HTTPStatus.FOUND, field_errors(response)
    amounts = [line.amount for line in saved_draft().expense_lines.all()]
    assert amounts == [Decimal("1150.50"), Decimal("14800"), Decimal("14800"), Decimal("0.5"), Decimal("1234567.89")]


@pytest.mark.parametrize(
    "amount",
    # English-style decimals, a group that is not three digits, three decimals, a sign, other digits.
    ["1150.50", "14.80", "1,150.50", "1.15", "1,505", "-50", "12 kr.", "١٢٣"],
)
def test_add__ambiguous_or_foreign_amount__form_error_and_nothing_saved(editor, amount):
    response = editor.post(add_url(danish_index()), add_form_data(editor, amounts=(amount,)))

    assert response.status_code == HTTPStatus.OK
    assert "Skriv beløbet i kroner sådan: 1.150,50 eller 14.800." in field_errors(response)
    assert not TripReportPage.objects.filter(slug="studietur-til-wuxi").exists()


@pytest.mark.parametrize("date", ["10/11/2026", "11.10.26", "31.11.2026", "10 November 2026", "i morgen"])
def test_add__unreadable_date__form_error_and_nothing_saved(editor, date):
    response = editor.post(add_url(danish_index()), add_form_data(editor, start=date))

    assert response.status_code == HTTPStatus.OK
    assert "Skriv datoen sådan: 10.11.2026, 10-11-2026 eller 2026-11-10." in field_errors(response)
    assert not TripReportPage.objects.filter(slug="studietur-til-wuxi").exists()


def test_add__unreadable_programme_date__form_error_and_nothing_saved(editor):
    response = editor.post(add_url(danish_index()), add_form_data(editor, day="11/10/2026"))

    assert response.status_code == HTTPStatus.OK
    programme_error = response.context["form"].errors.as_data()["programme"][0]
    message = json.dumps(get_error_json_data(programme_error), ensure_ascii=False)
    assert "Skriv datoen sådan: 10.11.2026, 10-11-2026 eller 2026-11-10." in message
    assert not TripReportPage.objects.filter(slug="studietur-til-wuxi").exists()


def test_edit__form_shows_stored_values_the_danish_way_and_saving_it_unchanged_keeps_them(editor):
    report = TripReportPage.objects.filter(locale__language_code="da").first()
    before = report.get_latest_revision_as_object()
    amounts_before = [line.amount for line in before.expense_lines.all()]

    html = editor.get(edit_url(report)).content.decode()
    form = querydict_from_html(html, form_id="page-edit-form")
    response = editor.post(edit_url(report), edit_form_data(editor, report))

    assert form["start_date"] == before.start_date.strftime("%d.%m.%Y")
    with translation.override("da"):
        assert form.getlist("expense_lines-0-amount") == [format_amount(amounts_before[0])]
    assert response.status_code == HTTPStatus.FOUND, field_errors(response)
    after = Page.objects.get(pk=report.pk).get_latest_revision_as_object()
    assert (after.start_date, after.end_date) == (before.start_date, before.end_date)
    assert [line.amount for line in after.expense_lines.all()] == amounts_before


def test_edit__amount_field_is_a_text_input_not_the_browsers_number_input(editor):
    report = TripReportPage.objects.filter(locale__language_code="da").first()

    html = editor.get(edit_url(report)).content.decode()

    assert 'name="expense_lines-0-amount"' in html
    assert 'type="number"' not in html
    assert 'inputmode="decimal"' in html


def test_add__english_admin__english_amounts_and_dates_stored_as_typed(english_editor):
    data = add_form_data(english_editor, start="10 November 2026", end="2026-11-12", day="11 Nov 2026")
    data.update({"expense_lines-TOTAL_FORMS": "1", "expense_lines-0-amount": "1,150.50"})

    response = english_editor.post(add_url(danish_index()), data)

    assert response.status_code == HTTPStatus.FOUND, field_errors(response)
    draft = saved_draft()
    assert (draft.start_date, draft.end_date) == (datetime.date(2026, 11, 10), datetime.date(2026, 11, 12))
    assert draft.programme[0].value["date"] == datetime.date(2026, 11, 11)
    assert [line.amount for line in draft.expense_lines.all()] == [Decimal("1150.50")]


@pytest.mark.parametrize(("field", "typed"), [("start_date", "10.11.2026"), ("expense_lines-0-amount", "1.150,50")])
def test_add__english_admin__danish_writing_is_refused(english_editor, field, typed):
    data = add_form_data(english_editor, start="2026-11-10", end="2026-11-12", day="2026-11-11", amounts=("1",))
    data[field] = typed

    response = english_editor.post(add_url(danish_index()), data)

    assert response.status_code == HTTPStatus.OK
    assert any(error.startswith("Write the") for error in field_errors(response))
    assert not TripReportPage.objects.filter(slug="studietur-til-wuxi").exists()


def test_approval__danish_meeting_date__recorded_as_typed(client, world):
    report = create_draft_report(world)
    submit(client, world, report)

    response = approve(client, world, report, meeting_date="12.03.2025")

    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    assert TripReportPage.objects.get(pk=report.pk).approved_on == datetime.date(2025, 3, 12)


def test_approval__american_meeting_date__refused(client, world):
    report = create_draft_report(world)
    submit(client, world, report)

    response = approve(client, world, report, meeting_date="03/12/2025")

    assert "Skriv datoen sådan" in json.loads(response.content)["html"]
    assert TripReportPage.objects.get(pk=report.pk).approved_on is None
