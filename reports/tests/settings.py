"""A minimal Wagtail site with the reports app and what it builds on (partners, slugs, wagtail-localize)."""

from pathlib import Path

HERE = Path(__file__).resolve().parent

SECRET_KEY = "reports-test-host-not-secret"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "reports",
    "partners",
    "slugs",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "reports.tests.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [HERE / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.i18n",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "reports.context_processors.feeds",
            ],
        },
    },
]

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

LANGUAGE_CODE = "da"
LANGUAGES = [("da", "Dansk"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Copenhagen"

STATIC_URL = "/static/"
MEDIA_URL = "/media/"
# MEDIA_ROOT is a temporary folder per test (conftest.py).
WAGTAIL_SITE_NAME = "Reports test host"
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# What the reports app relies on (the README's settings): approval publishes the reviewed revision with
# its approval record, any edit needs a new approval, translating never publishes, and every document
# download passes the app's before_serve_document hook.
WAGTAIL_FINISH_WORKFLOW_ACTION = "reports.workflow_actions.finish_workflow"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_AUTOSAVE_INTERVAL = 0

# The final design's settings (read by the apps once they name no host page types); conftest.py applies
# them until then.
PARTNERS_PARENT_PAGE_TYPES = ["wagtailcore.Page"]
REPORTS_PARENT_PAGE_TYPES = ["wagtailcore.Page"]
REPORTS_OPEN_DATA_PUBLISHER = {"name": "Testkommune", "url": "https://example.invalid"}
