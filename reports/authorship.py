"""Nobody approves their own work: one rule for the actions offered, the review queue and the server-side check."""

from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation


def authors_of_review(task_state):
    """The people who may not approve `task_state`: who submitted it, whoever wrote a revision of the
    page since it was last published (up to the revision under review), and who translated its texts
    in the translation editor (their work is stored as string translations, not revisions)."""
    workflow_state = task_state.workflow_state
    page = Page.objects.filter(pk=workflow_state.object_id).values("live_revision_id", "translation_key", "locale_id")
    page = page.first() or {"live_revision_id": 0, "translation_key": None, "locale_id": None}
    live_revision_id = page["live_revision_id"] or 0
    writers = Revision.objects.filter(
        base_content_type_id=workflow_state.base_content_type_id,
        object_id=workflow_state.object_id,
        pk__gt=live_revision_id,
        pk__lte=task_state.revision_id,
        user__isnull=False,
    ).values_list("user_id", flat=True)
    translators = StringTranslation.objects.filter(
        context__object_id=page["translation_key"], locale_id=page["locale_id"], last_translated_by__isnull=False
    ).values_list("last_translated_by_id", flat=True)
    return ({workflow_state.requested_by_id} | set(writers) | set(translators)) - {None}


def without_own_work(task_states, user):
    """The task states of `task_states` that `user` did not write or submit (the queue is short)."""
    allowed = [
        task_state.pk
        for task_state in task_states.select_related("workflow_state")
        if user.pk not in authors_of_review(task_state)
    ]
    return task_states.filter(pk__in=allowed)
