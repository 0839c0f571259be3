"""Load the reports demo: committees, budgets, their members, the report index and the demo trip reports."""

import os
import secrets

from django.core.management.base import BaseCommand
from django.db import transaction

from partners.seed.commands import add_parent_argument, demo_locales, demo_parent, refuse_unless_allowed
from reports.models import TripReportIndexPage
from reports.seed.reports import seed_reports


class Command(BaseCommand):
    help = (
        "Load the reports demo in Danish and English, approved through the real workflow (development and test "
        "only); trips to partner cities link to them when the partners demo is loaded. Safe to run again."
    )

    def add_arguments(self, parser):
        add_parent_argument(parser, TripReportIndexPage)
        parser.add_argument(
            "--password", help="The demo users' password (default: DEMO_PASSWORD, else a new random one)."
        )

    def handle(self, *args, **options):
        refuse_unless_allowed("seed_reports_demo")
        password = options["password"] or os.environ.get("DEMO_PASSWORD") or secrets.token_urlsafe(12)
        with transaction.atomic():
            demo_locales()
            parent = demo_parent(options["parent"], TripReportIndexPage)
            users = seed_reports(parent, password)
        self.stdout.write(self.style.SUCCESS("Reports demo loaded."))
        self.stdout.write(f"Demo logins (password for all: {password}):")
        for user in users:
            self.stdout.write(f"  {user.username:<16} {user.description}")
