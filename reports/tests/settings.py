"""A minimal Wagtail site with the reports app and what it builds on: the partners test host plus reports.

Reports needs partners (destinations are partner cities), so its host is partners' host with the reports
app, its URLs and feeds, and the settings the reports app relies on (docs/install.md).
"""

from partners.tests.settings import *  # noqa: F403
from partners.tests.settings import INSTALLED_APPS, TEMPLATES

SECRET_KEY = "reports-test-host-not-secret"  # noqa: S105
INSTALLED_APPS = ["reports", *INSTALLED_APPS]
ROOT_URLCONF = "reports.tests.urls"
# The same base template as the partners host (it names the blocks both apps' templates fill).
TEMPLATES = [
    {
        **TEMPLATES[0],
        "OPTIONS": {
            "context_processors": [*TEMPLATES[0]["OPTIONS"]["context_processors"], "reports.context_processors.feeds"]
        },
    }
]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# MEDIA_ROOT is a temporary folder per test (conftest.py).
WAGTAIL_SITE_NAME = "Reports test host"

# What the reports app relies on (the README's settings): approval publishes the reviewed revision with
# its approval record, any edit needs a new approval, translating never publishes, and every document
# download passes the app's before_serve_document hook.
WAGTAIL_FINISH_WORKFLOW_ACTION = "reports.workflow_actions.finish_workflow"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_AUTOSAVE_INTERVAL = 0

REPORTS_OPEN_DATA_PUBLISHER = {"name": "Testkommune", "url": "https://example.invalid"}
