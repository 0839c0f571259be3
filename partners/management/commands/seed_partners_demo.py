"""Load the partners demo: the strategy's focus areas, the partner city index and four partner cities."""

from django.core.management.base import BaseCommand
from django.db import transaction

from partners.models import PartnerCityIndexPage
from partners.seed.cities import seed_partners
from partners.seed.commands import add_parent_argument, demo_locales, demo_parent, refuse_unless_allowed
from partners.seed.focus_areas import seed_focus_areas


class Command(BaseCommand):
    help = "Load the partners demo in Danish and English (development and test only). Safe to run again."

    def add_arguments(self, parser):
        add_parent_argument(parser, PartnerCityIndexPage)

    def handle(self, *args, **options):
        refuse_unless_allowed("seed_partners_demo")
        with transaction.atomic():
            demo_locales()
            parent = demo_parent(options["parent"], PartnerCityIndexPage)
            index, cities = seed_partners(parent, seed_focus_areas())
        self.stdout.write(self.style.SUCCESS(f"Partners demo loaded: {len(cities)} partner cities under {index.url}."))
