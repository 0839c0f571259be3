"""Load the Ballerup demo content in Danish and English. Safe to run again; refuses in production."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cms.workflows.publication import acting_as
from home.seed.contact import seed_contact_details
from home.seed.focus_areas import seed_focus_areas
from home.seed.home_pages import seed_home_pages
from home.seed.partners import seed_partners
from home.seed.passwords import demo_password
from home.seed.reports import seed_reports
from home.seed.services import seed_services
from home.seed.strategy import seed_strategy
from home.seed.two_factor import seed_two_factor_devices
from home.seed.users import seed_users


class Command(BaseCommand):
    help = "Load the Ballerup demo content and demo users (development and test only)."

    def handle(self, *args, **options):
        if not getattr(settings, "SEED_DEMO_ALLOWED", False):
            raise CommandError(
                "seed_demo is switched off in these settings (SEED_DEMO_ALLOWED is False): "
                "demo content and demo users must never be loaded into production."
            )
        password = demo_password()
        with transaction.atomic():
            users = seed_users(password)
            # The demo's ordinary pages are published as the administrator would; its trip reports and
            # their translations go through the real approval workflow (the guard admits nothing else).
            with acting_as(get_user_model().objects.get(username="admin")):
                home = seed_home_pages()
                seed_contact_details()
                focus_areas = seed_focus_areas()
                seed_strategy(home, focus_areas)
                seed_partners(home, focus_areas)
                seed_services(home)
                users = users + seed_reports(password)
            two_factor = seed_two_factor_devices(users)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        self.stdout.write(f"Demo logins (password for all: {password}):")
        for user in users:
            self.stdout.write(f"  {user.username:<16} {user.description}")
        if two_factor:
            self.stdout.write("Two-factor code for " + ", ".join(two_factor) + ": manage.py demo_code USERNAME")
