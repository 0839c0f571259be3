"""Translations pass a review: what a translator submits is the text of the translation editor."""

from django.db import transaction
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import Translation

from reports.translation_drafts import save_translation_draft


def is_translation(page):
    """A page in a language other than the default: a translation, which passes a review before publishing."""
    return page.depth > 1 and page.locale_id != Locale.get_default().pk


def translation_of(page):
    """wagtail-localize's (enabled) translation that produces `page`, or None for a page translated by hand."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )


def missing_segments(translation):
    """How many of the source's texts have no translation yet (0 when there is no wagtail-localize translation)."""
    if translation is None:
        return 0
    total, translated = translation.get_progress()
    return total - translated


class UntranslatedTexts(Exception):
    """Some of the source's texts are not translated: the translation cannot be reviewed yet."""

    def __init__(self, count):
        super().__init__(count)
        self.count = count


def can_be_submitted(page):
    """A translation with content of its own: not a placeholder alias, and with a revision to review."""
    return is_translation(page) and page.alias_of_id is None and page.latest_revision_id is not None


@transaction.atomic
def submit_for_review(page, user):
    """Write the translated texts into a new revision of `page` and put that revision in review.

    Counted inside the transaction, so texts added to the source meanwhile are not sent as Danish.
    A translation sent back with changes resumes its workflow (as Wagtail's editor does).
    """
    translation = translation_of(page)
    if missing := missing_segments(translation):
        raise UntranslatedTexts(missing)
    if translation is not None:
        page = save_translation_draft(translation, user)
    workflow_state = page.current_workflow_state
    if workflow_state is not None and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        workflow_state.resume(user)
    else:
        page.get_workflow().start(page, user)
    return page
