"""The reports app's date and amount fields get reports.inputs' form fields in every Wagtail admin form.

Through Wagtail's form field registry, because that is what also builds the forms of inline
panels (the expense lines), which a page's base_form_class does not reach. Only this app's models
are affected; every other model keeps whatever was registered before.
"""

from django.db import models
from wagtail.admin.forms.models import FORM_FIELD_OVERRIDES, register_form_field_override

from reports.inputs import AmountField, LocalDateField, LocalDateInput

OVERRIDES = {
    models.DateField: {"form_class": LocalDateField, "widget": LocalDateInput},
    models.DecimalField: {"form_class": AmountField},
}


def register():
    for db_field_class, override in OVERRIDES.items():
        register_form_field_override(db_field_class, override=_for_this_app(override, db_field_class))


def _for_this_app(override, db_field_class):
    previous = FORM_FIELD_OVERRIDES.get(db_field_class)

    def choose(db_field):
        if db_field.model._meta.app_label == "reports":
            return override
        if callable(previous):
            return previous(db_field)
        return previous or {}

    return choose
