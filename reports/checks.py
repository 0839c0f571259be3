"""System checks (`manage.py check`): the settings the reports app's promise — nothing unapproved reaches the
public — depends on. Each error names the setting, what it must be, and what goes wrong otherwise."""

from django.conf import settings
from django.core import checks

from partners.checks import parent_page_types_errors
from reports import conf

FINISH_WORKFLOW_ACTION = "reports.workflow_actions.finish_workflow"

# (setting, required value, default when unset, what goes wrong otherwise, check id)
REQUIRED_SETTINGS = [
    (
        "WAGTAILDOCS_SERVE_METHOD",
        "serve_view",
        None,
        "documents are served straight from storage, past the check that refuses the attachments of "
        "unapproved reports: anyone with the address could download them",
        "reports.E001",
    ),
    (
        "WAGTAIL_FINISH_WORKFLOW_ACTION",
        FINISH_WORKFLOW_ACTION,
        "wagtail.workflows.publish_workflow_state",
        "Wagtail publishes the latest revision instead of the one the committee reviewed, only if the approver "
        "may publish, and writes no approval record",
        "reports.E002",
    ),
    (
        "WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT",
        True,
        False,
        "a report edited while in review keeps the approval given to the text before the edit",
        "reports.E003",
    ),
    (
        "WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE",
        False,
        True,
        "translating a live report would publish the translation without review",
        "reports.E004",
    ),
]

_UNSET = object()


@checks.register()
def check_required_settings(app_configs, **kwargs):
    errors = []
    for name, required, default, otherwise, check_id in REQUIRED_SETTINGS:
        value = getattr(settings, name, _UNSET)
        shown = "not set" if value is _UNSET else f"{value!r}"
        if (default if value is _UNSET else value) != required:
            errors.append(
                checks.Error(
                    f"{name} must be {required!r} for the trip reports (it is {shown}): otherwise {otherwise}.",
                    hint=f"Add {name} = {required!r} to your settings (docs/install.md, Settings).",
                    id=check_id,
                )
            )
    return errors


@checks.register()
def check_parent_page_types(app_configs, **kwargs):
    return parent_page_types_errors("REPORTS_PARENT_PAGE_TYPES", conf.parent_page_types(), "reports.E005")
