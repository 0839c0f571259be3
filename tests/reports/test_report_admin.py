"""Admin pieces around the workflow: the approval modal, committees (administrators only), editorial review."""

from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from reports.models import Committee, TripReportPage
from tests.publishing import publish
from tests.reports.helpers import current_task_state, login, open_dialog, press, reload, submit, take_action
from tests.reports.world import create_draft_report

pytestmark = pytest.mark.django_db


def test_approve_modal__happy_path__asks_for_the_meeting_date(client, world):
    report = create_draft_report(world)
    task_state = submit(client, world, report)
    login(client, world.users["finance-member"])

    html = open_dialog(client, report, "approve", task_state)

    assert 'name="meeting_date"' in html
    assert f'name="reviewed_task_state" value="{task_state.pk}"' in html
    assert "Dato for udvalgsmødet" in html


def test_reject_modal__happy_path__asks_for_a_comment(client, world):
    report = create_draft_report(world)
    task_state = submit(client, world, report)
    login(client, world.users["finance-member"])

    html = open_dialog(client, report, "reject", task_state)

    assert 'name="comment"' in html


def test_committee_admin__happy_path__administrator_creates_committee_with_its_approver_group(
    client, world, django_user_model
):
    admin = django_user_model.objects.create_superuser("root", "root@example.invalid", "report-test-password")
    login(client, admin)

    response = client.post(
        "/admin/snippets/reports/committee/add/",
        {
            "name_da": "Kultur- og Fritidsudvalget",
            "name_en": "Culture and Leisure Committee",
            "kind": "committee",
        },
    )

    assert response.status_code == HTTPStatus.FOUND
    committee = Committee.objects.get(name_da="Kultur- og Fritidsudvalget")
    assert committee.approvers == Group.objects.get(name="Kultur- og Fritidsudvalget")
    assert committee.approvers.permissions.filter(codename="access_admin").exists()


def test_committee_admin__unhappy_path__editor_cannot_change_committees(client, world):
    login(client, world.users["editor"])

    add = client.get("/admin/snippets/reports/committee/add/")
    edit = client.post(
        f"/admin/snippets/reports/committee/edit/{world.finance.pk}/",
        {"name_da": "Økonomiudvalget", "name_en": "Hijacked", "kind": "committee"},
    )

    assert add.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert edit.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert Committee.objects.get(pk=world.finance.pk).name_en == "Finance Committee"


def test_editorial_review__happy_path__moderator_approves_a_page_and_it_is_published(client, world):
    home = Site.objects.get(is_default_site=True).root_page.specific
    login(client, world.users["editor"])
    press(client, home, "action-publish", title="Udgivet uden godkendelse")
    assert Page.objects.get(pk=home.pk).title != "Udgivet uden godkendelse"

    press(client, home, "action-submit", title="Ny titel til forsiden")
    login(client, world.users["moderator"])
    response = take_action(client, home, "approve", comment="")

    assert response.status_code == HTTPStatus.OK
    assert reload(home).title == "Ny titel til forsiden"
    assert reload(home).live


def test_editorial_review__unhappy_path__moderator_cannot_approve_own_submission(client, world):
    home = Site.objects.get(is_default_site=True).root_page.specific
    world.users["moderator"].groups.add(Group.objects.get(name="Web editors"))
    login(client, world.users["moderator"])
    press(client, home, "action-submit", title="Egen titel")

    response = take_action(client, home, "approve", comment="")

    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert reload(home).title != "Egen titel"
    assert current_task_state(home) is not None


def test_groups__happy_path__least_privilege(world):
    from wagtail.models import GroupPagePermission

    assert not GroupPagePermission.objects.filter(permission__codename="publish_page").exists()
    assert not Group.objects.filter(name="Editors").exists()
    moderators = Group.objects.get(name="Moderators")
    assert set(moderators.permissions.values_list("codename", flat=True)) == {
        "access_admin",
        "unpublish_tripreportpage",
    }
    editors = Group.objects.get(name="Web editors")
    assert not editors.permissions.filter(codename__in=["add_committee", "change_committee", "publish_page"]).exists()
    assert world.finance.approvers.permissions.count() == 1


def test_translation_review__happy_path__english_index_is_reviewed_by_a_moderator(client, world):
    from home.seed.translation import translate

    index = world.index_da
    index.introduction = "<p>Alle rejser.</p>"
    publish(index)
    english = translate(
        index,
        "en",
        {"Rejserapporter": "Trip reports", "rejserapporter": "trip-reports", "Alle rejser.": "All trips."},
        publish=False,
    )
    login(client, world.users["editor"])
    listing = client.get(f"/admin/pages/{english.get_parent().pk}/").content.decode()
    assert f"/admin/translations/{english.pk}/review/" in listing

    assert client.post(f"/admin/translations/{english.pk}/review/").status_code == HTTPStatus.FOUND
    login(client, world.users["moderator"])
    take_action(client, english, "approve", comment="")

    client.logout()
    assert "All trips." in client.get("/en/trip-reports/").content.decode()


def test_translation_review__unhappy_path__danish_page_is_not_a_translation(client, world):
    login(client, world.users["editor"])

    response = client.post(f"/admin/translations/{world.index_da.pk}/review/")

    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert current_task_state(world.index_da) is None


def test_fixture__happy_path__workflow_models_deserialize_without_content_type_lookups(
    client, world, django_assert_num_queries
):
    """Serialized rollback (the browser tests) reloads these rows; loading must not create content types."""
    from django.contrib.contenttypes.models import ContentType
    from django.core import serializers

    from cms.workflows.models import EditorialReviewTask
    from reports.models import CommitteeApprovalTask, CommitteeApprovalTaskState

    submit(client, world, create_draft_report(world))
    rows = [
        *CommitteeApprovalTask.objects.all(),
        *EditorialReviewTask.objects.all(),
        *CommitteeApprovalTaskState.objects.all(),
    ]
    data = serializers.serialize("json", rows)
    ContentType.objects.clear_cache()

    with django_assert_num_queries(0):
        assert len(list(serializers.deserialize("json", data))) == len(rows) == 3


@pytest.mark.parametrize("slug", ["forbrug", "spending"])
def test_report_slug__unhappy_path__the_spending_overviews_address_is_refused(client, world, slug):
    report = create_draft_report(world)
    login(client, world.users["editor"])

    response = press(client, report, None, slug=slug)

    assert response.status_code == HTTPStatus.OK  # the form again, with the error
    assert "Adressen bruges af forbrugsoversigten; vælg en anden." in response.content.decode()
    assert TripReportPage.objects.get(pk=report.pk).get_latest_revision_as_object().slug != slug
