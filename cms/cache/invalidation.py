"""The one place that hears every change of what the public sees, and makes every page fresh at once.

Whole-site invalidation: any change bumps the page cache's generation (every cached page of every
language is retired) and purges the whole site from the front cache. At a publication or two a day
that costs one render per page after each change, and no dependency between pages can be missed.

What counts as a change (post_save, post_delete, m2m_changed, and Wagtail's page signals):
- any page: published, unpublished or withdrawn (and its translations with it), moved, renamed,
  deleted; a translation approved (wagtail-localize publishes the translated page);
- any model of the apps in PAGE_CACHE_CONTENT_APPS (the snippets shown on pages: focus areas,
  committees, budgets, election periods, the footer's contact details, and the pages' inline rows);
- every snippet model and setting model registered with Wagtail, wherever it lives;
- the models in PAGE_CACHE_CONTENT_MODELS (images, documents, sites, locales, privacy, redirects).
Renditions, revisions of drafts, sessions and search statistics are not changes of public content.

While `migrate` runs, rows are written by migrations through historical models while the tables are
not yet current (the purge reads the sites): changes are not acted on one by one then, and the whole
site is invalidated once when the migrations are done.

The generation is bumped twice: at once (so this process, inside the change's own transaction, never
serves the old page) and after the commit, with the purge: a request that rendered between the first
bump and the commit may have stored the old content under the new generation. The purge waits for
the commit for the same reason.
"""

import logging
from functools import cache

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_migrate
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.cache import frontend, generation

logger = logging.getLogger(__name__)


def _registered_models():
    from wagtail.contrib.settings.registry import registry as setting_models
    from wagtail.snippets.models import get_snippet_models

    return {*get_snippet_models(), *setting_models}


def shows_on_pages(model):
    """Whether a row of `model` can change what a public page, feed or file shows."""
    if issubclass(model, Page):
        return True
    meta = model._meta
    if meta.app_label in settings.PAGE_CACHE_CONTENT_APPS:
        return True
    if meta.label in settings.PAGE_CACHE_CONTENT_MODELS or meta.label in content_model_labels():
        return True
    return model in _registered_models()


@cache
def content_model_labels():
    """The swappable image and document models (whatever the host names them)."""
    from wagtail.documents import get_document_model_string
    from wagtail.images import get_image_model_string

    return {apps.get_model(label)._meta.label for label in (get_image_model_string(), get_document_model_string())}


def after_commit():
    """Retire every cached page and purge the front cache, once the change is visible to other connections."""
    try:
        generation.bump()
    except Exception:
        logger.exception("Could not bump the page cache's generation")
    try:
        frontend.purge_site()
    except Exception:
        logger.exception("Could not purge the front cache")


class _Migrations:
    running = False


def migrations_started(**kwargs):
    _Migrations.running = True


def migrations_done(**kwargs):
    """Once per `migrate` (post_migrate comes once for each app, after every migration has run)."""
    if _Migrations.running:
        _Migrations.running = False
        after_commit()


def content_changed(**kwargs):
    """Invalidate now and after the commit (once per transaction, however many rows it writes)."""
    if kwargs.get("raw") or _Migrations.running:  # fixtures loading, migrations: see the module's docstring
        return
    try:
        generation.bump()
    except Exception:
        logger.exception("Could not bump the page cache's generation")
    connection = transaction.get_connection()
    # Django keeps the transaction's pending callbacks in run_on_commit as (savepoints, callable, robust).
    if not any(callback is after_commit for _savepoints, callback, _robust in connection.run_on_commit):
        transaction.on_commit(after_commit, robust=True)


def row_changed(sender, **kwargs):
    if shows_on_pages(sender):
        content_changed(**kwargs)


def relation_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and shows_on_pages(type(instance)):
        content_changed(**kwargs)


def connect():
    pre_migrate.connect(migrations_started, dispatch_uid="page_cache_pre_migrate")
    post_migrate.connect(migrations_done, dispatch_uid="page_cache_post_migrate")
    post_save.connect(row_changed, dispatch_uid="page_cache_post_save")
    post_delete.connect(row_changed, dispatch_uid="page_cache_post_delete")
    m2m_changed.connect(relation_changed, dispatch_uid="page_cache_m2m_changed")
    # Moves write the tree with queryset updates (no post_save); publication signals for completeness.
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"page_cache_{id(signal)}")
