"""Entry point for WAGTAIL_FINISH_WORKFLOW_ACTION.

Wagtail imports this setting while its models are still loading, so this module imports nothing
at import time; the work is done in reports.approval.
"""


def finish_workflow(workflow_state, user=None):
    """Publish exactly the revision the reviewers approved (see reports.approval)."""
    from reports.approval import publish_reviewed_revision

    publish_reviewed_revision(workflow_state, user=user)
