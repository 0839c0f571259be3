"""manage.py setup_report_workflow: the moderators group and the committee approval workflow (idempotent)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from reports import conf
from reports.workflow_setup import setup_report_workflow


class Command(BaseCommand):
    help = (
        "Create the moderators group (REPORTS_MODERATOR_GROUP) and the committee approval workflow with its task, "
        "where missing, and put every trip report index under the workflow. Safe to run again."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            workflow = setup_report_workflow()
        self.stdout.write(
            f'Trip reports are approved in the workflow "{workflow.name}"; '
            f'translations and index pages are reviewed by the group "{conf.moderator_group()}".'
        )
