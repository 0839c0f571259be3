"""`manage.py check` names a partners setting that the app cannot use."""

import pytest
from django.core import checks
from django.test import override_settings

from partners.checks import check_home, check_parent_page_types


def ids(errors):
    return [error.id for error in errors]


def test_the_hosts_settings_pass():
    assert check_parent_page_types(None) == []
    assert check_home(None) == []


@override_settings(PARTNERS_PARENT_PAGE_TYPES=None)
def test_no_parent_page_types_setting_allows_any_page():
    assert check_parent_page_types(None) == []


@pytest.mark.parametrize("labels", [["mysite.HomePage"], ["HomePage"], ["auth.User"]])
def test_a_parent_page_type_that_is_no_installed_page_fails_the_check(labels):
    with override_settings(PARTNERS_PARENT_PAGE_TYPES=labels):
        errors = check_parent_page_types(None)
    assert ids(errors) == ["partners.E001"]
    assert repr(labels[0]) in errors[0].msg


@pytest.mark.parametrize(
    "home",
    [
        "Ballerup",
        {"name": "Ballerup"},
        {"name": "Ballerup", "latitude": "55.7", "longitude": 12.3},
        {"name": "Ballerup", "latitude": 155.7, "longitude": 12.3},
    ],
)
def test_a_malformed_home_fails_the_check(home):
    with override_settings(PARTNERS_HOME=home):
        assert ids(check_home(None)) == ["partners.E002"]


def test_the_checks_run_with_manage_py_check():
    with override_settings(PARTNERS_PARENT_PAGE_TYPES=["nowhere.Page"]):
        assert "partners.E001" in ids(checks.run_checks())
