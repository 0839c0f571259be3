"""The one rule every publication of a trip report passes: it goes live only as the finish of its workflow.

Wagtail and wagtail-localize publish from many places (the editor's Publish, the add form, bulk
actions, scheduled go-live, copies, reverts, "sync translated pages", the translation editor,
aliases, management commands). All of them end in saving the page row with `live` set, so the
rule is enforced there, in a `pre_save` receiver, and a route nobody thought of is refused too.

A save puts content live when the row is live and was not, or its live revision changes, or it
writes other content into a live row. It is allowed only when the revision going live is the one a
finished (approved) workflow of this very page approved. Aliases are allowed only as a second address
of a live page in the same language: an alias of the Danish report under /en/ would show text that no
English review has seen.
"""

from django.core.exceptions import PermissionDenied
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, WorkflowState


class PublicationRefused(PermissionDenied):
    """A page was about to go live without the review its workflow requires."""


# Fields a save may change on a live page without changing what the public reads.
BOOKKEEPING_FIELDS = frozenset(
    {
        "path",
        "depth",
        "numchild",
        "url_path",
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_created_at",
        "live_revision",
        "locked",
        "locked_at",
        "locked_by",
        "owner",
        "first_published_at",
        "last_published_at",
        "expired",
        "go_live_at",
        "expire_at",
        "content_type",
        "wagtail_admin_comments",
    }
)


def _public_content(page):
    """The page's content as the public would read it, without row identities and bookkeeping."""

    def normalise(value):
        if isinstance(value, dict):
            return {key: normalise(item) for key, item in value.items() if key not in {"pk", "id", "page"}}
        if isinstance(value, list):
            return [normalise(item) for item in value]
        return value

    data = page.serializable_data()
    return normalise({key: value for key, value in data.items() if key not in BOOKKEEPING_FIELDS})


def _only_bookkeeping(update_fields):
    """A save of named bookkeeping fields (a draft revision, a lock) that cannot change what is live."""
    return update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS - {"live_revision"}


def changes_live_content(page, update_fields=None):
    """Whether this save writes other content into a live page's row than the row holds (no revision published)."""
    stored = type(page).objects.filter(pk=page.pk).first()
    return stored is not None and _public_content(stored) != _public_content(page)


def approved_by_workflow(page, revision_id, **task_state_filter):
    """Whether a finished workflow of `page` approved exactly this revision (with its last task state
    matching `task_state_filter`, e.g. a committee approval)."""
    if page.pk is None or revision_id is None:
        return False
    return WorkflowState.objects.filter(
        base_content_type_id=page.get_base_content_type().pk,
        object_id=str(page.pk),
        status=WorkflowState.STATUS_APPROVED,
        current_task_state__revision_id=revision_id,
        **{f"current_task_state__{key}": value for key, value in task_state_filter.items()},
    ).exists()


def alias_shows_reviewed_content(page):
    """An alias may be live only as another address of a live page in its own language."""
    source = Page.objects.filter(pk=page.alias_of_id).values("live", "locale_id").first()
    return source is not None and source["live"] and source["locale_id"] == page.locale_id


def keep_foreign_alias_offline(page, update_fields=None):
    """An alias in another language than its source stays offline until it is translated and reviewed.

    Such aliases are the placeholders wagtail-localize keeps in a synchronised tree; publishing the
    source publishes them too. Taking them offline (rather than refusing) lets the source's own,
    reviewed publication go through.
    """
    if update_fields is not None and "live" not in update_fields:
        return  # this save cannot take it offline: the guard refuses it instead
    if page.live and page.alias_of_id is not None:
        source_locale = Page.objects.filter(pk=page.alias_of_id).values_list("locale_id", flat=True).first()
        if source_locale != page.locale_id:
            page.live = False


def take_new_copy_offline(page):
    """A page created live (a copy with "publish copies") becomes a draft: it has passed no review.

    Taking it offline rather than refusing keeps a copied subtree whole (Wagtail copies without a
    transaction); the copy then goes through its own review.
    """
    if page.live and page._state.adding and page.alias_of_id is None:
        page.live = False
        page.has_unpublished_changes = True
        page.live_revision = None
        page.first_published_at = page.last_published_at = None


def is_report(page):
    """Whether `page` is a trip report, also when it is saved as a plain Page (e.g. by a move)."""
    from reports.models import TripReportPage

    return isinstance(page, Page) and issubclass(page.specific_class or type(page), TripReportPage)


def puts_unreviewed_content_live(page, update_fields=None, **task_state_filter):
    """Whether saving `page` now would show the public content that did not pass its review.

    The save goes live when the row is live and was not, is new, or gets another live revision: that
    revision must be one a finished workflow of this page approved. A save that keeps the live
    revision must not change the row's content (wagtail-localize writes translations into the row).
    """
    if not page.live or _only_bookkeeping(update_fields):
        return False
    if page.alias_of_id is not None:
        return not alias_shows_reviewed_content(page)
    before = None if page._state.adding else Page.objects.filter(pk=page.pk).values("live", "live_revision_id").first()
    if before is None or not before["live"] or before["live_revision_id"] != page.live_revision_id:
        return not approved_by_workflow(page, page.live_revision_id, **task_state_filter)
    return changes_live_content(page, update_fields)


@receiver(pre_save, dispatch_uid="reports_refuse_unreviewed_report")
def refuse_unreviewed_report(sender, instance, raw=False, update_fields=None, **kwargs):
    """Nobody, superusers included, puts a trip report (in any language) live around its approval.

    Only the committee approval task publishes a report (another workflow assigned to the report
    index by mistake would not do: its approval writes no committee approval record)."""
    if raw or not is_report(instance) or not instance.live:
        return
    keep_foreign_alias_offline(instance, update_fields)
    take_new_copy_offline(instance)
    if puts_unreviewed_content_live(instance, update_fields, committeeapprovaltaskstate__isnull=False):
        raise PublicationRefused(_("A trip report is published only by the approval of its review."))
