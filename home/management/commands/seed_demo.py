"""Load the Ballerup demo content in Danish and English. Safe to run again; refuses in production.

The site's frame (home pages, contact details, strategy, services, the editors) is built here; the
partner cities and the trip reports are the apps' own demos (seed_partners_demo, seed_reports_demo),
loaded under the Danish home page.
"""

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from cms.workflows.publication import acting_as
from home.seed.contact import seed_contact_details
from home.seed.home_pages import seed_home_pages
from home.seed.passwords import demo_password
from home.seed.services import seed_services
from home.seed.strategy import seed_strategy
from home.seed.two_factor import seed_two_factor_devices
from home.seed.users import DEMO_USERS
from partners.seed.commands import refuse_unless_allowed
from partners.seed.focus_areas import seed_focus_areas
from reports.seed.reports import REPORT_EDITOR, REPORT_USERS
from reports.seed.users import seed_users


class Command(BaseCommand):
    help = "Load the Ballerup demo content and demo users (development and test only)."

    def handle(self, *args, **options):
        refuse_unless_allowed("seed_demo")
        password = demo_password()
        output = {"verbosity": options["verbosity"], "stdout": self.stdout, "stderr": self.stderr}
        with transaction.atomic():
            users = seed_users(password, DEMO_USERS)
            # The demo's ordinary pages are published as the administrator would; its trip reports and
            # their translations go through the real approval workflow (the guard admits nothing else).
            with acting_as(get_user_model().objects.get(username="admin")):
                home = seed_home_pages()
                seed_contact_details()
                # The strategy names the focus areas, which are the partners demo's; made here first so the
                # menu keeps its order (strategy, partner cities, services, trip reports).
                seed_strategy(home, seed_focus_areas())
                call_command("seed_partners_demo", parent=home.pk, **output)
                seed_services(home)
                call_command("seed_reports_demo", parent=home.pk, password=password, **output)
            two_factor = seed_two_factor_devices([*DEMO_USERS, REPORT_EDITOR, *REPORT_USERS])
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        self.stdout.write(f"Site logins (password for all: {password}):")
        for user in users:
            self.stdout.write(f"  {user.username:<16} {user.description}")
        if two_factor:
            self.stdout.write("Two-factor code for " + ", ".join(two_factor) + ": manage.py demo_code USERNAME")
