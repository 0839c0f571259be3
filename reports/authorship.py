"""Nobody approves their own work: one rule for the actions offered, the review queue and the server-side check."""

from wagtail.models import Page, Revision


def authors_of_review(task_state):
    """The people who may not approve `task_state`: who submitted it, and whoever wrote a revision of the
    page since it was last published, up to the revision under review."""
    workflow_state = task_state.workflow_state
    live_revision_id = (
        Page.objects.filter(pk=workflow_state.object_id).values_list("live_revision_id", flat=True).first() or 0
    )
    writers = Revision.objects.filter(
        base_content_type_id=workflow_state.base_content_type_id,
        object_id=workflow_state.object_id,
        pk__gt=live_revision_id,
        pk__lte=task_state.revision_id,
        user__isnull=False,
    ).values_list("user_id", flat=True)
    return ({workflow_state.requested_by_id} | set(writers)) - {None}


def without_own_work(task_states, user):
    """The task states of `task_states` that `user` did not write or submit (the queue is short)."""
    allowed = [
        task_state.pk
        for task_state in task_states.select_related("workflow_state")
        if user.pk not in authors_of_review(task_state)
    ]
    return task_states.filter(pk__in=allowed)
