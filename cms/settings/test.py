"""Test settings: fast hashing, in-memory e-mail, deterministic storage."""

import tempfile

from .base import *  # noqa: F403
from .base import os

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SEED_DEMO_ALLOWED = True
WAGTAILADMIN_BASE_URL = "http://testserver"
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT") or tempfile.mkdtemp(prefix="ballerup-test-media-")
# Serve static files straight from the finders: tests need no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
