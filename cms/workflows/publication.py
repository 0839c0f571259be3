"""The site-wide rule: a page goes live only as the finish of its workflow, unless a superuser publishes it.

Trip reports are stricter (reports.publication: no exception for superusers). This guard covers every
other page, in the same place: the save that puts content live. Who is acting comes from the request
(PublicationActorMiddleware) or from code that says so (`acting_as`, used by the demo seed); outside
both, e.g. in `publish_scheduled` or a shell, nobody is acting and only reviewed content goes live.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageLogEntry

from reports.publication import (
    PublicationRefused,
    is_report,
    keep_foreign_alias_offline,
    puts_unreviewed_content_live,
    take_new_copy_offline,
)

_actor = ContextVar("publication_actor", default=None)


@contextmanager
def acting_as(user):
    """Publish as `user` inside the block (code outside any request, such as the demo seed)."""
    token = _actor.set(user)
    try:
        yield
    finally:
        _actor.reset(token)


class PublicationActorMiddleware:
    """Makes the request's user the one who is acting, for the publication guard."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with acting_as(getattr(request, "user", None)):
            return self.get_response(request)


def acting_superuser():
    user = _actor.get()
    return user is not None and user.is_active and user.is_superuser


def scheduled_by_superuser(page):
    """A revision a superuser scheduled may go live at its time, when nobody is acting any more."""
    return PageLogEntry.objects.filter(
        page_id=page.pk, revision_id=page.live_revision_id, action="wagtail.publish.schedule", user__is_superuser=True
    ).exists()


@receiver(pre_save, dispatch_uid="workflows_refuse_unreviewed_page")
def refuse_unreviewed_page(sender, instance, raw=False, update_fields=None, **kwargs):
    """Every page but a superuser's own publication goes live through its review."""
    if raw or not isinstance(instance, Page) or not instance.live or is_report(instance):
        return  # trip reports have the plugin's own, stricter guard (reports.publication)
    keep_foreign_alias_offline(instance, update_fields)
    if instance.alias_of_id is None and acting_superuser():
        return
    take_new_copy_offline(instance)
    if puts_unreviewed_content_live(instance, update_fields) and not scheduled_by_superuser(instance):
        raise PublicationRefused(_("This page is published only by the approval of its review."))
