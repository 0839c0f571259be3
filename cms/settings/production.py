"""Production: every secret and deployment-specific value comes from the environment (see .env.example).

Media storage (S3) and the shared cache (Redis) are switched on in base.py by their variables, so
they apply here and in the demo alike.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SITE_BASE_URL, env_bool, env_list, os

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The site's address in notification e-mails: WAGTAILADMIN_BASE_URL, else SITE_BASE_URL (base.py), else
# the first allowed host over HTTPS.
WAGTAILADMIN_BASE_URL = (
    os.environ.get("WAGTAILADMIN_BASE_URL")
    or SITE_BASE_URL
    or (f"https://{ALLOWED_HOSTS[0]}" if ALLOWED_HOSTS else WAGTAILADMIN_BASE_URL)
)
SEED_DEMO_ALLOWED = False

# Persistent connections: an app server keeps its database connection for a minute between requests
# (CONN_HEALTH_CHECKS, set in base.py, replaces one that broke while the database restarted).
DATABASES = {
    **DATABASES,
    "default": {**DATABASES["default"], "CONN_MAX_AGE": int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))},
}

# --- HTTPS ---------------------------------------------------------------------------------------------
# TLS ends at the load balancer, which sets X-Forwarded-Proto; gunicorn trusts it from the addresses in
# FORWARDED_ALLOW_IPS and tells Django the request was secure.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# The health check answers the load balancer over plain HTTP, without a redirect.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# HSTS preload is a decision for the municipality's whole domain (ballerup.dk), not for this one site:
# it cannot be undone quickly. SECURE_HSTS_SECONDS and includeSubDomains are set in base.py.
SECURE_HSTS_PRELOAD = False
SILENCED_SYSTEM_CHECKS = [
    "security.W021",  # HSTS preload: the domain-wide decision above
    # X_FRAME_OPTIONS is SAMEORIGIN, not DENY: Wagtail's admin shows page previews in a same-origin
    # iframe. Other sites still cannot frame us (also frame-ancestors 'self' in the CSP).
    "security.W019",
]

# --- Static files: collected at deploy time, compressed, with content hashes in their names -----------
STATIC_ROOT = os.environ.get("STATIC_ROOT") or STATIC_ROOT
# New dicts, not changes to base's: importing this module (a test does) must not alter the settings in use.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}

# --- E-mail (workflow notifications, password resets) ---------------------------------------------------
# EMAIL_URL (smtp://user:password@host:587, "submission" for STARTTLS, smtps:// for TLS) or the
# individual EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS variables.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "international@ballerup.dk")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_URL = os.environ.get("EMAIL_URL", "")
if EMAIL_URL:
    from urllib.parse import unquote, urlsplit

    _email = urlsplit(EMAIL_URL)
    EMAIL_BACKEND = "cms.mail.EmailBackend"
    EMAIL_HOST = _email.hostname or "localhost"
    EMAIL_PORT = _email.port or {"smtps": 465, "submission": 587}.get(_email.scheme, 25)
    EMAIL_HOST_USER = unquote(_email.username or "")
    EMAIL_HOST_PASSWORD = unquote(_email.password or "")
    EMAIL_USE_SSL = _email.scheme == "smtps"
    EMAIL_USE_TLS = _email.scheme == "submission"
else:
    EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "cms.mail.EmailBackend")
    EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
# A mail server that does not answer costs an approval at most this long (cms/mail.py logs the failure).
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))

# --- Logging: errors to stderr, where the process manager collects them --------------------------------
LOG_LEVEL = os.environ.get("LOG_LEVEL", "WARNING")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # The level is the handler's too: Django's own loggers (django.request at INFO) propagate here past
    # the root's level, so LOG_LEVEL=ERROR would otherwise still print every 404's warning.
    "handlers": {"console": {"class": "logging.StreamHandler", "level": LOG_LEVEL}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
}
