"""The reports app's settings, each read here with its default (docs/install.md).

The open data's own settings (licence, publisher) are read in `reports.opendata.conf`.
"""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

DEFAULT_BASE_TEMPLATE = "base.html"
# The group that reviews translations of reports and the report index pages, and may withdraw a report.
DEFAULT_MODERATOR_GROUP = "Moderators"
# The names `setup_report_workflow` gives the workflow and its task when it creates them.
DEFAULT_WORKFLOW_NAME = "Trip report approval"
DEFAULT_TASK_NAME = "Committee approval"
# How many days after a trip its report should be public at the latest (Odense: two months).
DEFAULT_PUBLICATION_DEADLINE_DAYS = 60


def _setting(name, default):
    return getattr(settings, name, None) or default


def parent_page_types():
    """REPORTS_PARENT_PAGE_TYPES: the page types a trip report index may be added under; None (Wagtail's
    "any page type", subclasses included) unless the site names them: ["wagtailcore.Page"] allows the root alone."""
    types = getattr(settings, "REPORTS_PARENT_PAGE_TYPES", None)
    return list(types) if types else None


def base_template():
    """REPORTS_BASE_TEMPLATE: the template the report pages extend."""
    return _setting("REPORTS_BASE_TEMPLATE", DEFAULT_BASE_TEMPLATE)


def moderator_group():
    """REPORTS_MODERATOR_GROUP: the name of the editorial reviewers' group."""
    return _setting("REPORTS_MODERATOR_GROUP", DEFAULT_MODERATOR_GROUP)


def workflow_name():
    """REPORTS_WORKFLOW_NAME: the approval workflow's name, as editors read it in the admin."""
    return _setting("REPORTS_WORKFLOW_NAME", DEFAULT_WORKFLOW_NAME)


def task_name():
    """REPORTS_TASK_NAME: the committee approval task's name, as editors read it in the admin."""
    return _setting("REPORTS_TASK_NAME", DEFAULT_TASK_NAME)


def publication_deadline_days():
    """REPORTS_PUBLICATION_DEADLINE_DAYS: the dashboard lists reports of trips that ended longer ago."""
    return getattr(settings, "REPORTS_PUBLICATION_DEADLINE_DAYS", DEFAULT_PUBLICATION_DEADLINE_DAYS)


def remember(request, key, compute):
    """REPORTS_REMEMBER: the dotted path of a function `(request, key, compute)` that may keep what an
    anonymous render computes (the report list's filter choices) for as long as the public content is
    unchanged, and answers compute() otherwise. Unset: everything is computed on every request."""
    remembering = _remembering(getattr(settings, "REPORTS_REMEMBER", None))
    return remembering(request, key, compute) if remembering else compute()


@cache
def _remembering(path):
    return import_string(path) if path else None
