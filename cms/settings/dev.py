"""Local development: the embedded default (SQLite, media on local disk, e-mail to the console)."""

from .base import *  # noqa: F403
from .base import os

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret")  # noqa: S105 - never used in production
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
SEED_DEMO_ALLOWED = True
