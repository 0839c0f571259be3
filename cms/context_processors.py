"""Values every public template needs."""

from django.conf import settings


def site_facts(request):
    return {
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        "ACCESSIBILITY_STATEMENT_PATH": "/was",
    }
