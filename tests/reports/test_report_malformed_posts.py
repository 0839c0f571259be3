"""Hostile or broken admin posts get a form error or 400 Bad Request, never a server error (500).

Each test sends one malformed post as the seeded `editor` through the admin's own views.
"""

import io
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from reports.models import TripReportPage
from tests.reports.helpers import edit_form_data, edit_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(seeded):
    return TripReportPage.objects.filter(locale__language_code="da").order_by("pk").first()


def post_edit(client, report, **changes):
    data = edit_form_data(client, report)
    data.update(changes)
    return client.post(edit_url(report), data)


def test_chooser__committee_that_is_no_id__form_error(editor, report):
    response = post_edit(editor, report, committee="abc")

    assert response.status_code == HTTPStatus.OK
    assert "committee" in response.context["form"].errors


def test_chooser__budget_and_partner_city_that_are_no_ids__form_errors(editor, report):
    response = post_edit(editor, report, budget="1 OR 1=1", destination_city="x")

    assert response.status_code == HTTPStatus.OK
    assert {"budget", "destination_city"} <= set(response.context["form"].errors)


@pytest.mark.parametrize("content", ["{not json", '{"blocks": 5}', "[1, 2]", '{"blocks": [7], "entityMap": {}}'])
def test_rich_text__not_draftail_json__bad_request(editor, report, content):
    data = edit_form_data(editor, report)
    data["purpose"] = content

    response = editor.post(edit_url(report), data)

    assert response.status_code == HTTPStatus.BAD_REQUEST


def test_formset__total_forms_that_is_no_number__form_error(editor, report):
    revisions_before = report.revisions.count()

    response = post_edit(editor, report, **{"expense_lines-TOTAL_FORMS": "abc"})

    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].formsets["expense_lines"].non_form_errors()
    assert report.revisions.count() == revisions_before


def test_formset__total_forms_larger_than_the_forms_sent__no_lines_invented(editor, report):
    lines_before = [line.amount for line in report.get_latest_revision_as_object().expense_lines.all()]

    response = post_edit(editor, report, **{"expense_lines-TOTAL_FORMS": "40"})

    assert response.status_code == HTTPStatus.FOUND  # the missing forms are empty extra forms: ignored
    latest = TripReportPage.objects.get(pk=report.pk).get_latest_revision_as_object()
    assert [line.amount for line in latest.expense_lines.all()] == lines_before


def test_formset__initial_forms_larger_than_the_forms_sent__bad_request(editor, report):
    response = post_edit(editor, report, **{"expense_lines-TOTAL_FORMS": "40", "expense_lines-INITIAL_FORMS": "40"})

    assert response.status_code == HTTPStatus.BAD_REQUEST


def test_formset__child_id_that_is_no_number__bad_request(editor, report):
    response = post_edit(editor, report, **{"expense_lines-0-id": "abc"})

    assert response.status_code == HTTPStatus.BAD_REQUEST


@pytest.mark.parametrize("count", ["abc", "40", "-1x"])
def test_streamfield__block_count_that_does_not_match__bad_request(editor, report, count):
    response = post_edit(editor, report, **{"programme-count": count})

    assert response.status_code == HTTPStatus.BAD_REQUEST


def test_image_upload__multiple_upload_with_the_file_under_another_name__bad_request(editor):
    response = upload(editor, "/admin/images/multiple/add/", "file", png(40, 30))

    assert response.status_code == HTTPStatus.BAD_REQUEST


def png(width, height):
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")  # one bit per pixel: a small file
    return buffer.getvalue()


def upload(client, url, field, content):
    return client.post(
        url,
        {"title": "upload", field: SimpleUploadedFile("upload.png", content, "image/png")},
        headers={"X-Requested-With": "XMLHttpRequest"},
    )


UPLOADS = [("/admin/images/add/", "file"), ("/admin/images/multiple/add/", "files[]")]


def upload_error(response, field):
    if field == "file":
        return " ".join(response.context["form"].errors["file"])
    assert response.json()["success"] is False
    return response.json()["error_message"]


@pytest.mark.parametrize(("url", "field"), UPLOADS)
def test_image_upload__20000_by_20000_png__form_error(editor, url, field):
    response = upload(editor, url, field, png(20000, 20000))

    assert response.status_code == HTTPStatus.OK
    assert "for mange pixels" in upload_error(response, field)


@pytest.mark.parametrize(("url", "field"), UPLOADS)
def test_image_upload__truncated_png__form_error(editor, url, field):
    whole = png(400, 300)

    response = upload(editor, url, field, whole[: len(whole) // 2])

    assert response.status_code == HTTPStatus.OK
    assert upload_error(response, field)
