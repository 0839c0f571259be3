"""System checks (`manage.py check`): the settings the partners app reads are usable."""

from numbers import Number

from django.apps import apps
from django.core import checks

from partners import conf


def unknown_page_types(labels):
    """The labels among `labels` ("app_label.ModelName") that name no installed page model."""
    from wagtail.models import Page

    unknown = []
    for label in labels or ():
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError):
            unknown.append(label)
            continue
        if not issubclass(model, Page):
            unknown.append(label)
    return unknown


def parent_page_types_errors(setting, labels, check_id):
    """The error for a *_PARENT_PAGE_TYPES setting that names something other than an installed page model."""
    unknown = unknown_page_types(labels)
    if not unknown:
        return []
    return [
        checks.Error(
            f"{setting} names {', '.join(map(repr, unknown))}, which is no installed page type.",
            hint='Name page models as "app_label.ModelName", e.g. ["mysite.HomePage"], or leave the setting out '
            "to allow any page.",
            id=check_id,
        )
    ]


@checks.register()
def check_parent_page_types(app_configs, **kwargs):
    return parent_page_types_errors("PARTNERS_PARENT_PAGE_TYPES", conf.parent_page_types(), "partners.E001")


@checks.register()
def check_home(app_configs, **kwargs):
    home = conf.home()
    if home is None:
        return []
    well_formed = (
        isinstance(home, dict)
        and isinstance(home.get("name"), str)
        and all(isinstance(home.get(key), Number) for key in ("latitude", "longitude"))
    )
    if well_formed and -90 <= home["latitude"] <= 90 and -180 <= home["longitude"] <= 180:
        return []
    return [
        checks.Error(
            "PARTNERS_HOME must be a dict with a name and the latitude and longitude of the municipality.",
            hint='E.g. PARTNERS_HOME = {"name": "Ballerup", "latitude": 55.7317, "longitude": 12.3633}, '
            "or leave it out to draw no square on the map.",
            id="partners.E002",
        )
    ]
