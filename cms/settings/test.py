"""Test settings: fast hashing, in-memory e-mail, deterministic storage."""

import atexit
import shutil
import tempfile

from .base import *  # noqa: F403
from .base import PAGE_CACHE_ALIAS, os

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SEED_DEMO_ALLOWED = True
WAGTAILADMIN_BASE_URL = "http://testserver"
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT")
if not MEDIA_ROOT:
    MEDIA_ROOT = tempfile.mkdtemp(prefix="ballerup-test-media-")
    atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)  # each test run removes its own
# Serve static files straight from the finders: tests need no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# One process: the caches in memory (the page cache emptied before every test, tests/conftest.py).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    PAGE_CACHE_ALIAS: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
