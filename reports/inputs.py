"""Dates and amounts typed the way the admin's language writes them, never silently changed.

Dates: the form accepts the active language's DATE_INPUT_FORMATS (Danish "10.11.2026",
"10-11-2026" and ISO "2026-11-10"), shows a date in the first of them, and anything else is a form
error. Wagtail's date picker would replace text it cannot parse with today's date when the field
loses focus; LocalDateInput switches that off and lets the server decide.

Amounts: a text input, not the browser's number input (which drops or reinterprets "1.150,50"
depending on the browser's own locale). The active language's separators decide: in Danish "."
groups thousands and "," starts the øre ("1.150,50", "14.800", "14800"); in English the other way
round. A thousands separator must be followed by exactly three digits, so a Danish "1150.50" or
"14.80" is refused rather than guessed at. The same regular expression is handed to the running
total in the browser (data-amount-pattern), so both sides read an amount the same way.
"""

import datetime
import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import get_format
from django.utils.numberformat import format as format_number
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from wagtail.admin.datetimepicker import to_datetimepicker_format
from wagtail.admin.widgets import AdminDateInput

EXAMPLE_DATE = datetime.date(2026, 11, 10)
EXAMPLE_AMOUNTS = (Decimal("1150.50"), Decimal("14800"))


def date_input_formats():
    return get_format("DATE_INPUT_FORMATS")


class LocalDateInput(AdminDateInput):
    """Wagtail's date picker, in the active language's date format, that never rewrites typed text."""

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs)
        # None: Django's DateInput then formats with the active language's first input format.
        self.format = None

    def get_config(self):
        return {
            **super().get_config(),
            "format": to_datetimepicker_format(date_input_formats()[0]),
            # The picker's default replaces text it cannot parse with today's date on blur.
            "validateOnBlur": False,
        }


class LocalDateField(forms.DateField):
    """A date in one of the active language's input formats; the error names them by example."""

    widget = LocalDateInput

    def to_python(self, value):
        try:
            return super().to_python(value)
        except ValidationError as error:
            if error.code != "invalid":
                raise
            examples = list(dict.fromkeys(EXAMPLE_DATE.strftime(fmt) for fmt in date_input_formats()))
            raise ValidationError(
                _("Write the date like this: %(examples)s.") % {"examples": get_text_list(examples)},
                code="invalid",
            ) from error


def amount_pattern(decimal_places=2):
    """The regular expression (Python and JavaScript alike) an amount must match in the active language."""
    decimal = re.escape(get_format("DECIMAL_SEPARATOR"))
    thousands = re.escape(get_format("THOUSAND_SEPARATOR"))
    # [0-9], not \d: Python's \d also matches other scripts' digits, JavaScript's does not.
    whole = rf"[0-9]{{1,3}}(?:{thousands}[0-9]{{3}})+|[0-9]+"
    fraction = rf"(?:{decimal}([0-9]{{1,{decimal_places}}}))?" if decimal_places else ""
    return rf"^ *({whole}){fraction} *$"


def parse_amount(text, decimal_places=2):
    """The Decimal an amount written in the active language stands for, or None if it is not one."""
    match = re.match(amount_pattern(decimal_places), text)
    if not match:
        return None
    whole = match.group(1).replace(get_format("THOUSAND_SEPARATOR"), "")
    fraction = match.group(2) if decimal_places else None
    return Decimal(f"{whole}.{fraction}" if fraction else whole)


def format_amount(value, decimal_places=2):
    """An amount written the active language's way, as parse_amount reads it back; whole kroner without øre."""
    value = Decimal(value)
    return format_number(
        value,
        get_format("DECIMAL_SEPARATOR"),
        decimal_pos=0 if value == value.to_integral_value() else decimal_places,
        grouping=get_format("NUMBER_GROUPING"),
        thousand_sep=get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )


def amount_examples(decimal_places=2):
    """'1.150,50 or 14.800' in the active language: how an amount may be written."""
    return get_text_list([format_amount(example, decimal_places) for example in EXAMPLE_AMOUNTS])


class AmountInput(forms.TextInput):
    """A text input for kroner: shows a stored amount the active language's way, typed text as typed."""

    def __init__(self, attrs=None, decimal_places=2):
        super().__init__({"inputmode": "decimal", "autocomplete": "off", **(attrs or {})})
        self.decimal_places = decimal_places

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["data-amount-pattern"] = amount_pattern(self.decimal_places)
        return context

    def format_value(self, value):
        if isinstance(value, (Decimal, int)):
            return format_amount(value, self.decimal_places)
        return super().format_value(value)


class AmountField(forms.DecimalField):
    """An amount of kroner written the active language's way (see the module docstring)."""

    widget = AmountInput

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.widget.decimal_places = self.decimal_places or 0

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal):
            return value
        amount = parse_amount(str(value), self.decimal_places or 0)
        if amount is None:
            raise ValidationError(
                _("Write the amount in kroner like this: %(examples)s.")
                % {"examples": amount_examples(self.decimal_places or 0)},
                code="invalid",
            )
        return amount
