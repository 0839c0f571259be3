"""What an installation holds, printed as JSON, to compare a restored site with the one backed up.

Run in a child process with the installation's environment: `python -m tests.backup_probe`. It reads
the database and the media storage directly (not through cms.backup, whose work it checks) and asks
every approved report's public page, in Danish and English, with Django's test client.
"""

import hashlib
import json
import os
import sys


def probe():
    from django.apps import apps
    from django.test import Client
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision, TaskState, WorkflowState

    from reports.models import CommitteeApprovalTaskState, TripReportPage

    def file_hash(field):
        with field.storage.open(field.name, "rb") as file:
            return hashlib.sha256(file.read()).hexdigest()

    counts = {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }
    pages = list(
        Page.objects.order_by("path").values_list(
            "id", "title", "locale__language_code", "live", "live_revision_id", "translation_key", "url_path"
        )
    )
    revisions = list(Revision.objects.order_by("id").values_list("id", "object_id", "approved_go_live_at"))
    workflow_states = list(WorkflowState.objects.order_by("id").values_list("id", "status", "object_id", "created_at"))
    task_states = list(TaskState.objects.order_by("id").values_list("id", "status", "revision_id", "finished_at"))
    approvals = list(
        CommitteeApprovalTaskState.objects.order_by("id").values_list("id", "status", "meeting_date", "minutes_url")
    )
    documents = [(d.title, d.file.name, file_hash(d.file)) for d in get_document_model().objects.order_by("id")]
    images = [(i.title, i.file.name, file_hash(i.file)) for i in get_image_model().objects.order_by("id")]

    client = Client()
    reports = {}
    for report in TripReportPage.objects.live().order_by("path"):
        response = client.get(report.get_url())
        reports[report.get_url()] = [response.status_code, response.content.decode()]
    return {
        "counts": counts,
        "pages": pages,
        "revisions": revisions,
        "workflow_states": workflow_states,
        "task_states": task_states,
        "approvals": approvals,
        "documents": documents,
        "images": images,
        "reports": reports,
    }


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    import django

    django.setup()
    json.dump(probe(), sys.stdout, default=str)
