"""cms.settings.production reads its deployment from the environment, and passes `check --deploy`."""

import json
import os
import subprocess
import sys

import pytest

from tests.servers import PROJECT_DIR

BASE_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "production-test-" + "k" * 50,
    "ALLOWED_HOSTS": "international.ballerup.dk",
    "CSRF_TRUSTED_ORIGINS": "https://international.ballerup.dk",
    "SITE_BASE_URL": "https://international.ballerup.dk",
}

PRINT_SETTINGS = """
import json
from django.conf import settings
from django.core.files.storage import storages
print(json.dumps({
    "storage": settings.STORAGES["default"]["BACKEND"],
    "storage_options": settings.STORAGES["default"].get("OPTIONS"),
    "staticfiles": settings.STORAGES["staticfiles"]["BACKEND"],
    "caches": {alias: cache["BACKEND"] for alias, cache in settings.CACHES.items()},
    "cache_location": settings.CACHES["default"].get("LOCATION"),
    "database": settings.DATABASES["default"]["ENGINE"],
    "conn_health_checks": settings.DATABASES["default"]["CONN_HEALTH_CHECKS"],
    "email": [settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_HOST_USER, settings.EMAIL_USE_TLS],
    "img_src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
    "admin_base_url": settings.WAGTAILADMIN_BASE_URL,
    "debug": settings.DEBUG,
    "media_url_sample": storages["default"].url("original_images/a.jpg"),
    "email_backend": settings.EMAIL_BACKEND,
}, default=repr))  # the S3 client's botocore Config as its repr
"""


def production_environment(**env):
    """This process's environment without its services, plus the production settings' and `env`."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("AWS_", "REDIS_"))}
    environment.pop("DATABASE_URL", None)
    environment.update(BASE_ENV)
    environment.update(env)
    return environment


def production_settings(**env):
    environment = production_environment(**env)
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup();" + PRINT_SETTINGS],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_without_a_bucket_or_redis_media_stay_on_disk_and_the_caches_are_files_shared_by_the_workers():
    values = production_settings(CACHE_DIR="/var/cache/ballerup")
    assert values["storage"] == "django.core.files.storage.FileSystemStorage"
    assert values["caches"] == {
        "default": "django.core.cache.backends.filebased.FileBasedCache",
        "pages": "django.core.cache.backends.filebased.FileBasedCache",
    }
    assert values["cache_location"] == "/var/cache/ballerup/default"
    assert values["staticfiles"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert values["admin_base_url"] == "https://international.ballerup.dk"
    assert values["debug"] is False
    assert values["conn_health_checks"] is True


def test_bucket_variables_switch_media_to_s3_with_public_unsigned_image_urls_on_the_custom_domain():
    values = production_settings(
        AWS_STORAGE_BUCKET_NAME="ballerup-media",
        AWS_S3_REGION_NAME="eu-north-1",
        AWS_ACCESS_KEY_ID="key",
        AWS_SECRET_ACCESS_KEY="secret",
        AWS_S3_CUSTOM_DOMAIN="media.international.ballerup.dk",
    )
    assert values["storage"] == "cms.storage.MediaStorage"
    options = values["storage_options"]
    assert options["bucket_name"] == "ballerup-media"
    assert options["file_overwrite"] is False
    assert options["querystring_auth"] is False
    assert values["media_url_sample"] == "https://media.international.ballerup.dk/original_images/a.jpg"
    assert "https://media.international.ballerup.dk" in values["img_src"]


def test_redis_url_gives_a_shared_cache_a_renditions_cache_and_a_page_cache():
    values = production_settings(REDIS_URL="redis://cache.internal:6379/1")
    assert values["caches"] == {
        "default": "cms.cache.resilient.ResilientRedisCache",
        "renditions": "cms.cache.resilient.ResilientRedisCache",
        "pages": "cms.cache.resilient.ResilientRedisCache",
    }
    assert values["cache_location"] == "redis://cache.internal:6379/1"


def test_database_and_email_urls_are_read_from_the_environment():
    values = production_settings(
        DATABASE_URL="postgres://ballerup:pw@db.internal:5432/ballerup",
        EMAIL_URL="submission://web%40ballerup.dk:p%40ss@smtp.ballerup.dk",
    )
    assert values["database"] == "django.db.backends.postgresql"
    assert values["email"] == ["smtp.ballerup.dk", 587, "web@ballerup.dk", True]
    assert values["email_backend"] == "cms.mail.EmailBackend"  # a mail outage is logged, never a 500


def test_production_refuses_to_start_without_a_secret_key():
    environment = {**os.environ, **BASE_ENV, "SECRET_KEY": ""}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def check_deploy(tmp_path, **env):
    """`check --deploy --fail-level WARNING` under production settings, on a fresh (unmigrated) database.

    Not the project's own db.sqlite3: a developer's database would decide whether the site check passes.
    """
    environment = {**os.environ, **BASE_ENV, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}", **env}
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("bucket", ["", "ballerup-media"])
def test_check_deploy_passes_at_warning_level(tmp_path, bucket):
    result = check_deploy(tmp_path, AWS_STORAGE_BUCKET_NAME=bucket)
    assert result.returncode == 0, result.stderr + result.stdout


@pytest.mark.parametrize("address", ["", "http://localhost:8000"])
def test_check_deploy_fails_while_the_site_has_no_public_address(tmp_path, address):
    result = check_deploy(tmp_path, SITE_BASE_URL=address)
    assert result.returncode != 0
    assert "cms.W001" in result.stderr + result.stdout


def test_notification_emails_link_to_the_site_address_unless_told_otherwise():
    assert production_settings(SITE_BASE_URL="https://www.ballerup.dk/")["admin_base_url"] == "https://www.ballerup.dk"
    assert (
        production_settings(SITE_BASE_URL="")["admin_base_url"] == "https://international.ballerup.dk"
    )  # ALLOWED_HOSTS
    values = production_settings(
        SITE_BASE_URL="https://www.ballerup.dk", WAGTAILADMIN_BASE_URL="https://admin.ballerup.dk"
    )
    assert values["admin_base_url"] == "https://admin.ballerup.dk"


def test_a_redis_cache_makes_its_client_once():
    """Django's backend builds a client per call; ours keeps one per connection pool (no server needed)."""
    from cms.cache.redis import ReusedClientRedisCache

    cache = ReusedClientRedisCache("redis://127.0.0.1:1/0", {})
    assert cache._cache.get_client() is cache._cache.get_client(write=True)


LOG_A_404_AND_AN_ERROR = """
import logging
logging.getLogger("django.request").warning("Not Found: /da/findes-ikke/")
logging.getLogger("django.request").error("Internal Server Error: /da/")
"""


@pytest.mark.parametrize(
    ("level", "printed"),
    [
        ("WARNING", ["Not Found: /da/findes-ikke/", "Internal Server Error: /da/"]),
        ("ERROR", ["Internal Server Error: /da/"]),
    ],
)
def test_log_level__holds_for_djangos_own_loggers_too(level, printed):
    """django.request logs at INFO and propagates to the root's handler: the level must stop it there."""
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup();" + LOG_A_404_AND_AN_ERROR],
        cwd=PROJECT_DIR,
        env=production_environment(LOG_LEVEL=level),
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stderr.splitlines() == printed
