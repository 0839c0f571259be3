"""The demo seed command: idempotent, guarded against production, and the demo site works after it."""

from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def _counts():
    from wagtail.documents import get_document_model
    from wagtail.models import Revision, TaskState, WorkflowState
    from wagtail_localize.models import Translation

    from reports.models import Budget, Committee, ExpenseLine, Participant, TripReportPage

    reports = [str(pk) for pk in TripReportPage.objects.values_list("pk", flat=True)]
    return {
        "pages": Page.objects.count(),
        "live_pages": Page.objects.live().count(),
        "users": get_user_model().objects.count(),
        "committees": Committee.objects.count(),
        "budgets": Budget.objects.count(),
        "expense_lines": ExpenseLine.objects.count(),
        "participants": Participant.objects.count(),
        "documents": get_document_model().objects.count(),
        # Only the reports': the seed republishes the other demo pages on every run (a new revision each).
        "report_revisions": Revision.objects.filter(object_id__in=reports).count(),
        "workflow_states": WorkflowState.objects.count(),
        "task_states": TaskState.objects.count(),
        "translations": Translation.objects.count(),
        "published_at": sorted(
            TripReportPage.objects.live().values_list("pk", "first_published_at", "last_published_at")
        ),
    }


def test_seed_twice_leaves_the_same_pages_users_reports_and_workflow_records(seeded):
    first = _counts()
    call_command("seed_demo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert _counts() == first


def test_seed_creates_the_demo_users_with_danish_admin(seeded, client, demo_password):
    User = get_user_model()
    assert User.objects.get(username="admin").is_superuser
    editor = User.objects.get(username="editor")
    assert not editor.is_superuser
    assert editor.wagtail_userprofile.preferred_language == "da"
    assert client.login(username="editor", password=demo_password)
    response = client.get("/admin/")
    assert response.status_code == HTTPStatus.OK
    assert '<html lang="da"' in response.content.decode()


def test_seed_refuses_when_switched_off(db, settings):
    settings.SEED_DEMO_ALLOWED = False
    with pytest.raises(CommandError, match="never be loaded into production"):
        call_command("seed_demo", verbosity=0)


def test_production_settings_switch_seeding_off():
    import importlib
    import os
    from unittest import mock

    with mock.patch.dict(os.environ, {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "example.dk"}):
        production = importlib.import_module("cms.settings.production")
    assert production.SEED_DEMO_ALLOWED is False
    assert production.DEBUG is False


def test_every_live_page_renders_after_seeding(seeded, client):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == HTTPStatus.OK, page.url


def test_english_home_is_a_wagtail_localize_translation(seeded):
    from wagtail_localize.models import Translation

    danish = Page.objects.get(depth=2, locale__language_code="da")
    assert Translation.objects.filter(
        source__object_id=danish.translation_key, target_locale__language_code="en"
    ).exists()
