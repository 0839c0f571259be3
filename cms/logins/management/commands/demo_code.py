"""Print a demo user's current two-factor code, so that whoever tries the demo can sign in as them."""

import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import TOTP

from cms.logins.policy import confirmed_device


def current_code(device):
    """The code the device's authenticator app shows now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return f"{totp.token():0{device.digits}d}"


class Command(BaseCommand):
    help = "Print the current two-factor code of a demo user (development and test only)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        # The same switch as the demo content: in production a code printed on the server would be a back door.
        if not settings.SEED_DEMO_ALLOWED:
            raise CommandError("demo_code runs only where the demo may be loaded (SEED_DEMO_ALLOWED).")
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username!r}.")
        device = confirmed_device(user)
        if device is None:
            raise CommandError(f"{username} has no two-factor device.")
        self.stdout.write(current_code(device))
