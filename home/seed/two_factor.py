"""Demo authenticators: every demo user who must sign in with a second factor gets one, already confirmed.

Whoever tries the demo has no phone set up for it: `manage.py demo_code USER` prints the code it shows now.
"""

from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.logins.policy import must_use_two_factor


def seed_two_factor_devices(users):
    """Give each of `users` (demo users) who must use two-factor sign-in a confirmed device; return their names."""
    names = []
    for user in get_user_model().objects.filter(username__in=[demo.username for demo in users]):
        if must_use_two_factor(user):
            TOTPDevice.objects.get_or_create(user=user, confirmed=True, defaults={"name": "Demo"})
            names.append(user.username)
    return names
