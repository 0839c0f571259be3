"""Settings shared by every environment. Environment-specific modules import and override these."""

import os
from pathlib import Path

import dj_database_url
from botocore.config import Config
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable as a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "cms",
    "cms.workflows",
    "cms.logins",
    "home",
    "partners",
    "reports",
    "slugs",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    # Editors pin a page to a search query ("Promoted search results" in the admin's settings menu).
    "wagtail.contrib.search_promotions",
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
    "django.contrib.sitemaps",
    # Failed logins limited (axes), two-factor codes (django_otp, TOTP devices): cms/logins/, docs/logins.md.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    # Answers If-None-Match / If-Modified-Since with 304, for cached pages too (they carry an ETag).
    "cms.middleware.ConditionalGetMiddleware",
    # Anonymous pages from the shared cache, before everything else: an entry holds the headers the
    # middleware below gave the page (security, CSP), so a hit needs none of their work (cms/cache/).
    "cms.cache.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "cms.middleware.SiteCSPMiddleware",
    "cms.middleware.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session entered a two-factor code.
    "django_otp.middleware.OTPMiddleware",
    # The admin asks for the code (or its set-up) before anything else (cms/logins/middleware.py).
    "cms.logins.middleware.TwoFactorMiddleware",
    # Who is publishing, for the publication guard (after authentication, which sets request.user).
    "cms.workflows.publication.PublicationActorMiddleware",
    "cms.middleware.PrivateCacheForSessionsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.middleware.MissingKeyBadRequestMiddleware",
    # The media bucket down: an upload says so and saves nothing, instead of a 500 (cms/storage.py).
    "cms.middleware.MediaStorageUnavailableMiddleware",
    # Answers a locked-out login with the lockout page (last, as axes asks).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cms.context_processors.site_facts",
                "reports.context_processors.feeds",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# Database: DATABASE_URL picks it; an SQLite file in the project is the embedded default.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # A connection that broke (database restarted) is replaced on the next request, not reused.
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Danish first, English second.
LANGUAGE_CODE = "da"
LANGUAGES = [
    ("da", "Dansk"),
    ("en", "English"),
]
# The content languages' names as the admin shows them (the translation editor, the locale menus): in the
# admin's language ("Dansk → Engelsk"). The public language switcher names each language in itself (LANGUAGES).
WAGTAIL_CONTENT_LANGUAGES = [("da", _("Danish")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Copenhagen"
# Our own catalogs first; the Danish admin catalog (Wagtail, wagtail-localize) after them.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "admin"]
# Local ways of writing dates and numbers ("12 March 2025" in English).
FORMAT_MODULE_PATH = ["cms.formats"]

# The admin speaks Danish unless the user picks English.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Wagtail's login form with a translatable label on the password field.
WAGTAILADMIN_USER_LOGIN_FORM = "cms.admin_forms.LoginForm"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [
    PROJECT_DIR / "static",
    # Compiled by `make theme` (cms/theme/ballerup.scss): DKFDS in the municipality's colours.
    BASE_DIR / "build" / "static",
    # The design system and map data come from npm and are served as our own static files.
    ("dkfds", BASE_DIR / "node_modules" / "dkfds" / "dist"),
]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

WAGTAIL_SITE_NAME = "Ballerup International"
# No avatars from gravatar.com: it would send a hash of every editor's e-mail address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin does not call home for new Wagtail releases (upgrades are deliberate; see requirements.txt).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# ASCII slugs: the admin's script transliterates (é -> e), and the slugs app writes æ, ø, å out as ae, oe, aa.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The site's public address, e.g. https://international.ballerup.dk. `migrate` writes its host name and
# port into the default Site record (cms.site_address), from which Wagtail builds hreflang, canonical
# and sitemap links; notification e-mails link to it too unless WAGTAILADMIN_BASE_URL says otherwise.
SITE_BASE_URL = os.environ.get("SITE_BASE_URL", "").strip().rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or SITE_BASE_URL or "http://127.0.0.1:8000"
# Wagtail's database search backend (cms.search.backend). On PostgreSQL each page is indexed and
# searched with the text-search configuration of its language (stemming: "venskabsbyerne" finds
# "venskabsby", "cities" finds "city"); objects without a language (images, documents) get SEARCH_CONFIG.
# SQLite ignores both. After changing a configuration, run `manage.py update_index`.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "cms.search.backend",
        "SEARCH_CONFIG": "danish",
        "LANGUAGE_SEARCH_CONFIGS": {"da": "danish", "en": "english"},
    },
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "txt"]
# No SVG: an SVG is a document that can carry script.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]

# The accessibility statement lives on was.digst.dk; /was redirects there.
ACCESSIBILITY_STATEMENT_URL = os.environ.get(
    "ACCESSIBILITY_STATEMENT_URL", "https://www.was.digst.dk/international-ballerup-dk"
)

# The demo-content command refuses to run unless a settings module switches this on.
SEED_DEMO_ALLOWED = False

LOGIN_URL = "wagtailadmin_login"

# --- Logins: failed attempts limited, two-factor codes (cms/logins/, docs/logins.md) -------------------
# The lockout backend goes first: a locked-out account is refused before its password is even checked.
AUTHENTICATION_BACKENDS = [
    "cms.logins.backends.LoginAttemptsBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# After 5 failed logins for one account (from anywhere), or from one address (whichever accounts), that
# account or address is refused for 30 minutes, the right password too; an administrator lifts it sooner
# (`manage.py axes_reset_username NAME`, `axes_reset_ip ADDRESS`, or the lockout list in the admin).
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("LOGIN_COOLOFF_HOURS", "0.5"))  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# The Danish lockout page in the look of the admin's login page, status 429.
AXES_LOCKOUT_CALLABLE = "cms.logins.views.locked_out"
AXES_RESET_ON_SUCCESS = True
# The visitor's address behind the load balancer and Varnish (LOGIN_TRUSTED_PROXIES: how many proxies add
# themselves to X-Forwarded-For); without it every visitor would share the proxy's address and one
# person's typos would lock out everyone.
AXES_CLIENT_IP_CALLABLE = "cms.logins.addresses.client_address"
LOGIN_TRUSTED_PROXIES = int(os.environ.get("LOGIN_TRUSTED_PROXIES", "0"))
# The name the authenticator app shows beside the code.
OTP_TOTP_ISSUER = "Ballerup International"
# Single sign-on through the municipality's identity provider (OpenID Connect), off unless OIDC_ENABLED:
# needs `pip install mozilla-django-oidc` (not installed by default) and the OIDC_* variables of
# docs/logins.md. Whoever signs in that way gave the provider its second factor; the site asks for none.
OIDC_ENABLED = env_bool("OIDC_ENABLED")
OIDC_BACKEND = "mozilla_django_oidc.auth.OIDCAuthenticationBackend"
if OIDC_ENABLED:
    INSTALLED_APPS.append("mozilla_django_oidc")
    AUTHENTICATION_BACKENDS.insert(1, OIDC_BACKEND)
    OIDC_RP_CLIENT_ID = os.environ["OIDC_RP_CLIENT_ID"]
    OIDC_RP_CLIENT_SECRET = os.environ["OIDC_RP_CLIENT_SECRET"]
    OIDC_RP_SIGN_ALGO = os.environ.get("OIDC_RP_SIGN_ALGO", "RS256")
    OIDC_OP_AUTHORIZATION_ENDPOINT = os.environ["OIDC_OP_AUTHORIZATION_ENDPOINT"]
    OIDC_OP_TOKEN_ENDPOINT = os.environ["OIDC_OP_TOKEN_ENDPOINT"]
    OIDC_OP_USER_ENDPOINT = os.environ["OIDC_OP_USER_ENDPOINT"]
    OIDC_OP_JWKS_ENDPOINT = os.environ.get("OIDC_OP_JWKS_ENDPOINT", "")
    # Accounts are made by an administrator, who gives them their groups; the provider only proves who it is.
    OIDC_CREATE_USER = env_bool("OIDC_CREATE_USER", default=False)
    LOGIN_REDIRECT_URL = "/admin/"
# ------------------------------------------------------------------------------------------------------

# --- Moderation and publishing of trip reports (reports app) -----------------------------------------
# Approving a workflow publishes exactly the revision the reviewers saw, with the approval record written
# into it, whether or not the approver holds publish permission (Wagtail's default publishes the latest
# revision, as the approver, and only if they may publish).
WAGTAIL_FINISH_WORKFLOW_ACTION = "reports.workflow_actions.finish_workflow"
# Any change to a page in review, or after approval, needs a new approval.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_WORKFLOW_ENABLED = True
# The editors' dashboard lists Danish reports whose trip ended more than this many days ago and that were
# never published, so none is forgotten (Odense publishes within two months). The reports app defaults to 60.
REPORTS_PUBLICATION_DEADLINE_DAYS = 60
# No autosave of the page form: with inline lines (a report's accounts, its participants) an autosave
# racing the editor's own Save created the same expense line twice (seen in the browser journey). An
# editor saves a draft on purpose; what is typed is never stored behind their back.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# Translating a page never publishes the translation: it passes its own review.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# WAGTAILDOCS_SERVE_METHOD = "serve_view" (media block below) is required too: every download then passes
# the before_serve_document hook, which refuses attachments of reports that are not approved and live.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get(
    "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", "noreply@ballerup.invalid"
)
# ------------------------------------------------------------------------------------------------------

# --- Uploads: what an editor may upload, and how big -------------------------------------------------
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024  # bytes; photos from a phone fit, posters do not
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000  # refuses decompression bombs before Pillow decodes them
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024  # trip accounts and programmes as PDF
# Form posts without files (a long page in the editor) may be larger than Django's 2.5 MB default.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # larger uploads are spooled to a temporary file

# --- Malformed admin posts: a form error or 400, never a 500 (cms/admin_input/) ----------------------
FORM_RENDERER = "cms.admin_input.choosers.FormRenderer"
WAGTAILADMIN_RICH_TEXT_EDITORS = {"default": {"WIDGET": "cms.admin_input.rich_text.CheckedDraftailRichTextArea"}}
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.admin_input.images.ImageForm"

# --- Media storage (owned by the production setup; keep other settings out of this block) ------------
# Without AWS_STORAGE_BUCKET_NAME media stay on local disk (MEDIA_ROOT). With it, every settings
# module (production, and the demo too) stores media in that S3-compatible bucket through
# cms.storage.MediaStorage: image originals and renditions are public objects with stable URLs (no
# expiring signatures, so a cached page never holds a dead link), documents are private objects that
# only Wagtail's serve view streams out, after its collection permission checks.
WAGTAILDOCS_SERVE_METHOD = "serve_view"


def s3_media_options(environ=os.environ):
    """The media storage's options read from the environment (None when no bucket is configured)."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        return None
    options = {
        "bucket_name": bucket,
        "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": environ.get("AWS_S3_REGION_NAME") or None,
        "access_key": environ.get("AWS_ACCESS_KEY_ID") or None,
        "secret_key": environ.get("AWS_SECRET_ACCESS_KEY") or None,
        "custom_domain": environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
        "addressing_style": environ.get("AWS_S3_ADDRESSING_STYLE") or None,
        "location": environ.get("AWS_LOCATION", ""),
        "signature_version": "s3v4",
        "file_overwrite": False,
        "querystring_auth": False,
        "default_acl": None,
        # Per-object ACLs (images public-read, documents private). Switch off for a bucket whose ACLs
        # are disabled; its bucket policy must then make images/ and original_images/ publicly readable.
        "object_acls": environ.get("AWS_S3_OBJECT_ACLS", "1").strip().lower() in {"1", "true", "yes", "on"},
        # A bucket that does not answer fails an upload within seconds (cms.storage.MediaStorageUnavailable),
        # instead of botocore's 60 s connect timeout and its retries.
        # (Given a client_config, django-storages no longer applies addressing_style and signature_version
        # itself: they are repeated in it.)
        "client_config": Config(
            connect_timeout=3,
            read_timeout=10,
            retries={"max_attempts": 2, "mode": "standard"},
            s3={"addressing_style": environ.get("AWS_S3_ADDRESSING_STYLE") or None},
            signature_version="s3v4",
        ),
    }
    return options


def s3_media_origin(options):
    """The origin media URLs point at, for the Content-Security-Policy (None for local media)."""
    if not options:
        return None
    if options["custom_domain"]:
        return f"https://{options['custom_domain']}"
    if options["endpoint_url"]:
        return options["endpoint_url"].rstrip("/")
    return "https://*.amazonaws.com"


S3_MEDIA_OPTIONS = s3_media_options()
if S3_MEDIA_OPTIONS:
    STORAGES["default"] = {"BACKEND": "cms.storage.MediaStorage", "OPTIONS": S3_MEDIA_OPTIONS}

# --- Cache: Redis shared by every app server when REDIS_URL is set, files on one machine otherwise ----
# The caches must be shared by every process that serves the site, or a process that did not hear a
# change would keep serving (and storing in the page cache, cms/cache/) what it had: Redis with
# REDIS_URL, else files in CACHE_DIR, shared by the worker processes of one machine (`make serve`).
PAGE_CACHE_ALIAS = "pages"
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
# A dead or hung Redis costs a page view at most one short timeout, then nothing for the backoff window:
# every failure is a miss, logged once per window (cms/cache/resilient.py).
REDIS_CACHE_OPTIONS = {
    "socket_connect_timeout": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.3")),
    "socket_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.3")),
    "BACKOFF": float(os.environ.get("REDIS_BACKOFF", "5")),
}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "cms.cache.resilient.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": REDIS_CACHE_OPTIONS,
            "KEY_PREFIX": "ballerup",
        },
        # Wagtail looks up image renditions here instead of asking the database on every page view.
        "renditions": {
            "BACKEND": "cms.cache.resilient.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": REDIS_CACHE_OPTIONS,
            "KEY_PREFIX": "ballerup-renditions",
            "TIMEOUT": 7 * 24 * 60 * 60,
        },
        PAGE_CACHE_ALIAS: {
            "BACKEND": "cms.cache.resilient.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": REDIS_CACHE_OPTIONS,
            "KEY_PREFIX": "ballerup-pages",
        },
    }
else:
    CACHE_DIR = os.environ.get("CACHE_DIR") or str(BASE_DIR / ".cache")
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.path.join(CACHE_DIR, "default"),
        },
        PAGE_CACHE_ALIAS: {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.path.join(CACHE_DIR, "pages"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }

# --- Page cache and front cache (cms/cache/; README "Caches") ----------------------------------------
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", default=True)
# Browsers keep an anonymous page this long without asking again. 0: they ask each time (a 304 when the
# page is unchanged), since a browser's copy is the one cache a publication cannot empty — a reader who had
# the list open would otherwise not see a report approved meanwhile. The page cache and the front cache keep
# it longer, since every change of content empties them both.
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "0"))
PAGE_CACHE_SHARED_MAX_AGE = int(os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", "3600"))
# Never from the page cache, whoever asks: the admin (and its previews), documents (each download passes
# its permission check), the health check.
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/documents/", "/healthz", "/_util/"]
# Where a saved row changes what pages show (besides every page, snippet and setting model).
PAGE_CACHE_CONTENT_APPS = ["home", "partners", "reports"]
PAGE_CACHE_CONTENT_MODELS = [
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.Collection",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.CollectionViewRestriction",
    "wagtailredirects.Redirect",
]
# The front cache (Varnish, deploy/varnish/) that every change purges, e.g. http://127.0.0.1:6081.
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "").strip()
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "cms.cache.frontend.VarnishBackend", "LOCATION": FRONTEND_CACHE_URL, "TIMEOUT": 2},
    }

# --- Security headers, in every settings module -------------------------------------------------------
# HSTS is only sent on HTTPS responses, so plain-HTTP development is unaffected.
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 60 * 60)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# The admin shows page previews in an iframe of the same origin; nobody else may frame the site.
X_FRAME_OPTIONS = "SAMEORIGIN"

# Content-Security-Policy (django-csp). The public site runs no inline script; only our own static
# files, and images from our own origin or the media bucket. cms.middleware.SiteCSPMiddleware gives
# the admin (and the previews it renders) CONTENT_SECURITY_POLICY_ADMIN instead.
CSP_MEDIA_SOURCES = ["'self'", "data:"] + [origin for origin in [s3_media_origin(S3_MEDIA_OPTIONS)] if origin]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        # Inline style attributes (bar widths, map markers) carry no script; scripts stay strict.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": CSP_MEDIA_SOURCES,
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        # Wagtail's admin and its rich-text editor still need inline script and eval.
        "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": CSP_MEDIA_SOURCES + ["blob:", "https:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https:"],  # previews, and embeds (videos) in the editor
        "media-src": ["'self'", "blob:", "https:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
CSP_ADMIN_PATH_PREFIXES = ["/admin/"]

# Where the partner map puts the municipality itself.
PARTNERS_HOME = {"name": "Ballerup", "latitude": 55.7317, "longitude": 12.3633}
# The partner city index and the trip report index belong under the site's home page (one per language).
PARTNERS_PARENT_PAGE_TYPES = ["home.HomePage"]
REPORTS_PARENT_PAGE_TYPES = ["home.HomePage"]
# The group that reviews translations and index pages and may withdraw a report, and the names the
# approval workflow and its task get when `setup_report_workflow` creates them (editors read them in Danish).
REPORTS_MODERATOR_GROUP = "Moderators"
REPORTS_WORKFLOW_NAME = "Udvalgets godkendelse af rejserapport"
REPORTS_TASK_NAME = "Udvalgets godkendelse"
# The report list's filter choices are kept in each worker under the page cache's generation (cms/cache/memo.py).
REPORTS_REMEMBER = "cms.cache.memo.remembered"

# --- Open data (reports.opendata) ---------------------------------------------------------------------
# Who publishes the trips as open data, in the data package and the DCAT-AP-DK description. The licence
# is the app's default, CC BY 4.0 (REPORTS_OPEN_DATA_LICENSE changes it).
REPORTS_OPEN_DATA_PUBLISHER = {"name": "Ballerup Kommune", "url": "https://ballerup.dk"}
