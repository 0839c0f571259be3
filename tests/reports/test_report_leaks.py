"""Nothing unapproved reaches an anonymous visitor: pages, listings, menus, sitemap, previews, attachments."""

from http import HTTPStatus

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from tests.reports.helpers import approve, current_task_state, login, reload, submit
from tests.reports.states import UNAPPROVED, attach, withdrawn
from tests.reports.world import create_draft_report

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("make_report", UNAPPROVED, ids=lambda f: f.__name__)
@pytest.mark.parametrize("language", ["da", "en"])
def test_leak__unhappy_path__unapproved_report_is_404_and_in_no_listing(client, world, make_report, language):
    report = make_report(world, client)
    client.logout()
    index_url = {"da": "/da/rejserapporter/", "en": "/en/trip-reports/"}[language]

    assert client.get(f"{index_url}{report.slug}/").status_code == HTTPStatus.NOT_FOUND
    listing = client.get(index_url)
    assert listing.status_code == HTTPStatus.OK
    assert report.title not in listing.content.decode()
    assert report.slug not in client.get("/sitemap.xml").content.decode()
    assert report.title not in client.get(f"/{language}/").content.decode()


@pytest.mark.parametrize("make_report", UNAPPROVED, ids=lambda f: f.__name__)
def test_leak__unhappy_path__preview_needs_an_admin_login(client, world, make_report):
    report = make_report(world, client)
    client.logout()

    for url in (f"/admin/pages/{report.pk}/edit/preview/", f"/admin/pages/{report.pk}/view_draft/"):
        response = client.get(url)
        assert response.status_code == HTTPStatus.FOUND
        assert "/admin/login/" in response["Location"]


def test_leak__unhappy_path__unapproved_report_is_not_in_search(client, world):
    from wagtail.models import Page

    report = create_draft_report(world, purpose="<p>Hemmelig zebraforhandling.</p>")
    submit(client, world, report)

    assert report.pk not in [page.pk for page in Page.objects.live().public().search("zebraforhandling")]


def test_attachment__unhappy_path__not_downloadable_until_the_report_is_approved(client, world):
    report = create_draft_report(world)
    document = attach(report)
    client.logout()
    assert client.get(document.url).status_code == HTTPStatus.NOT_FOUND

    submit(client, world, report)
    client.logout()
    assert client.get(document.url).status_code == HTTPStatus.NOT_FOUND

    approve(client, world, report)
    client.logout()
    assert client.get(document.url).status_code == HTTPStatus.OK
    assert document.url in client.get(reload(report).url).content.decode()


def test_attachment__unhappy_path__swapped_file_after_approval_is_refused(client, world):
    report = create_draft_report(world)
    document = attach(report)
    submit(client, world, report)
    approve(client, world, report)
    # An editor replaces the approved file in the document library: documents are not versioned.
    document.file.save("program.pdf", ContentFile(b"%PDF-1.4 another programme"))
    document.file_hash = ""
    document.save()

    client.logout()
    assert client.get(get_document_model().objects.get(pk=document.pk).url).status_code == HTTPStatus.NOT_FOUND


def test_attachment__happy_path__editor_may_download_a_draft_attachment(client, world):
    report = create_draft_report(world)
    document = attach(report)
    login(client, world.users["editor"])

    assert client.get(document.url).status_code == HTTPStatus.OK


def test_attachment__happy_path__documents_outside_reports_are_public(client, world):
    document = get_document_model().objects.create(title="Strategi", file=ContentFile(b"%PDF", name="strategi.pdf"))

    assert client.get(document.url).status_code == HTTPStatus.OK


def test_withdraw__happy_path__withdrawn_report_returns_to_review_before_going_live_again(client, world):
    report = withdrawn(world, client)
    assert not reload(report).live
    login(client, world.users["editor"])
    from tests.reports.helpers import press

    press(client, report, "action-submit", title="Rettet rapport om Wuxi")
    assert current_task_state(report) is not None
    assert not reload(report).live
    approve(client, world, report, meeting_date="2025-04-02")
    assert reload(report).live


def test_attachment__unhappy_path__file_added_in_a_draft_of_a_live_report_stays_private(client, world):
    from tests.reports.helpers import edit_form_data, edit_url

    report = create_draft_report(world)
    submit(client, world, report)
    approve(client, world, report)
    document = get_document_model().objects.create(title="Nyt bilag", file=ContentFile(b"%PDF", name="nyt.pdf"))
    login(client, world.users["editor"])
    data = edit_form_data(client, report)
    data.update(
        {
            "attachments-TOTAL_FORMS": "1",
            "attachments-0-id": "",
            "attachments-0-document": str(document.pk),
            "attachments-0-ORDER": "1",
            "attachments-0-DELETE": "",
        }
    )
    assert client.post(edit_url(report), data).status_code == HTTPStatus.FOUND
    assert reload(report).get_latest_revision_as_object().attachments.count() == 1

    client.logout()
    assert client.get(document.url).status_code == HTTPStatus.NOT_FOUND
