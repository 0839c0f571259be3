"""While `migrate` runs, the page cache leaves each row alone and invalidates the whole site once at the end.

Migrations write rows through historical models before the tables are current: purging the front cache
then read the sites with columns a later migration adds, and logged a traceback for every such row.
"""

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db.models.signals import post_migrate, pre_migrate
from wagtail.models import Locale

from cms.cache import frontend, generation, invalidation

pytestmark = pytest.mark.django_db


@pytest.fixture
def invalidations(monkeypatch):
    """What the page cache did: each bump of the generation and each purge of the front cache."""
    done = []
    monkeypatch.setattr(generation, "bump", lambda: done.append("bump"))
    monkeypatch.setattr(frontend, "purge_site", lambda: done.append("purge"))
    yield done
    invalidation._Migrations.running = False


def test_rows_written_by_migrations_wait_for_one_invalidation_at_the_end(
    invalidations, django_capture_on_commit_callbacks
):
    cms = apps.get_app_config("cms")
    pre_migrate.send(sender=cms, app_config=cms)
    with django_capture_on_commit_callbacks(execute=True):
        Locale.objects.create(language_code="de")
    assert invalidations == []
    for app_config in apps.get_app_configs():  # as migrate sends it: once for each app
        post_migrate.send(sender=app_config, app_config=app_config)
    assert invalidations == ["bump", "purge"]


def test_after_migrate_each_change_invalidates_again(invalidations, django_capture_on_commit_callbacks):
    call_command("migrate", verbosity=0)
    assert invalidations == ["bump", "purge"]
    invalidations.clear()
    with django_capture_on_commit_callbacks(execute=True):
        Locale.objects.create(language_code="de")
    assert invalidations == ["bump", "bump", "purge"]
