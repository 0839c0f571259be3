"""`manage.py check` refuses the settings under which unapproved reports or attachments could reach the public."""

import pytest
from django.core import checks
from django.test import override_settings

from reports.checks import check_parent_page_types, check_required_settings


def ids(errors):
    return [error.id for error in errors]


def test_the_hosts_settings_pass():
    assert check_required_settings(None) == []
    assert check_parent_page_types(None) == []


@pytest.mark.parametrize(
    ("setting", "wrong", "check_id"),
    [
        ("WAGTAILDOCS_SERVE_METHOD", "direct", "reports.E001"),
        ("WAGTAILDOCS_SERVE_METHOD", "redirect", "reports.E001"),
        ("WAGTAIL_FINISH_WORKFLOW_ACTION", "wagtail.workflows.publish_workflow_state", "reports.E002"),
        ("WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT", False, "reports.E003"),
        ("WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE", True, "reports.E004"),
    ],
)
def test_a_wrong_setting_fails_the_check_with_its_name(setting, wrong, check_id):
    with override_settings(**{setting: wrong}):
        errors = check_required_settings(None)
    assert ids(errors) == [check_id]
    (error,) = errors
    assert error.level == checks.ERROR
    assert setting in error.msg and repr(wrong) in error.msg
    assert setting in error.hint


@pytest.mark.parametrize(
    ("setting", "check_id"),
    [
        ("WAGTAILDOCS_SERVE_METHOD", "reports.E001"),
        ("WAGTAIL_FINISH_WORKFLOW_ACTION", "reports.E002"),
        ("WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT", "reports.E003"),
        ("WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE", "reports.E004"),
    ],
)
def test_a_missing_setting_fails_the_check(settings, setting, check_id):
    delattr(settings, setting)
    errors = check_required_settings(None)
    assert ids(errors) == [check_id]
    assert "not set" in errors[0].msg


@override_settings(REPORTS_PARENT_PAGE_TYPES=["mysite.HomePage", "wagtailcore.Page"])
def test_an_unknown_parent_page_type_fails_the_check():
    errors = check_parent_page_types(None)
    assert ids(errors) == ["reports.E005"]
    assert "'mysite.HomePage'" in errors[0].msg


def test_the_checks_run_with_manage_py_check():
    with override_settings(WAGTAILDOCS_SERVE_METHOD="direct"):
        assert "reports.E001" in ids(checks.run_checks())
