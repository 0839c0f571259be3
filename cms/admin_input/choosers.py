"""A refused choice is not handed back to the widget that shows it.

Wagtail's chooser widgets look the submitted value up when the form is shown again with its
errors; "committee=abc" makes that lookup raise ValueError. The field has already said what is
wrong ("Select a valid choice"), so the widget shows the field empty instead.
"""

from django.forms import BoundField, ModelChoiceField
from django.forms.renderers import DjangoTemplates


class RefusedChoiceBoundField(BoundField):
    def value(self):
        if self.form.is_bound and isinstance(self.field, ModelChoiceField) and self.name in self.form.errors:
            return None
        return super().value()


class FormRenderer(DjangoTemplates):
    """Django's default renderer (FORM_RENDERER), with RefusedChoiceBoundField for every form."""

    bound_field_class = RefusedChoiceBoundField
