"""Update every catalog of our own strings from its own tree: locale/ and each app's own (`make messages`)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from cms.catalogs import make_messages


class Command(BaseCommand):
    help = "Run makemessages for locale/ (cms, home) and for each app's own locale/ (partners, reports, slugs)."

    def handle(self, *args, **options):
        make_messages(settings.BASE_DIR, verbosity=options["verbosity"])
