"""Numbers for people and for machines.

People read money the local way ("522.000 kr." in Danish, "DKK 522,000" in English). Machines read
SVG coordinates, data-attributes, JSON-LD and datetime attributes: those get `machine`, the same in
every language.
"""

import datetime
from decimal import Decimal, InvalidOperation

from django import template
from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import get_language

register = template.Library()


def format_dkk(amount, language=None, decimals=None):
    """Format an amount of Danish kroner for the given (or active) language.

    Whole kroner drop the øre unless `decimals` asks for them (a column of amounts writes them all alike).
    """
    if amount is None or amount == "":
        return ""
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        return ""
    if decimals is None:
        decimals = 0 if value == value.to_integral_value() else 2
    number = formats.number_format(value, decimals, use_l10n=True, force_grouping=True)
    return money_template(language).replace("{amount}", number)


def money_template(language=None):
    """Where the number goes in an amount of kroner: "{amount} kr." in Danish, "DKK {amount}" otherwise."""
    if (language or get_language() or "da").startswith("da"):
        return "{amount}\N{NO-BREAK SPACE}kr."
    return "DKK\N{NO-BREAK SPACE}{amount}"


@register.filter
def dkk(amount, decimals=None):
    """`amount|dkk`, or `amount|dkk:2` to write the øre of whole kroner too."""
    return format_dkk(amount, decimals=None if decimals in (None, "") else int(decimals))


@register.filter
def money_decimals(items, field="amount"):
    """2 when any item's amount has øre, else 0: the decimals a column of these amounts is written with.

    Right-aligned amounts line up only when each has as many decimals as the others.
    """
    for item in items or ():
        amount = item.get(field) if hasattr(item, "get") else getattr(item, field, None)
        try:
            value = Decimal(str(amount))
        except InvalidOperation:
            continue
        if value != value.to_integral_value():
            return 2
    return 0


@register.filter
def as_time(value):
    """A day inside running text ("approved on …") as a <time> element: machines read its ISO date, people
    the local one, and the site's style keeps it on one line ("26. august 2025", never "26. / august")."""
    if not value:
        return ""
    shown = formats.date_format(value, "DATE_FORMAT")
    return format_html('<time datetime="{}">{}</time>', machine_value(value), shown)


def machine_value(value):
    """A value as a machine reads it, whatever the active language: "537.4", "2025-03-12", never "537,4".

    Numbers get a full stop and no grouping (floats in their shortest exact form, never an exponent);
    dates and times ISO 8601. Anything else is its plain text (already formatted path data, for one).
    """
    if value is None:
        return ""
    if isinstance(value, (datetime.date, datetime.time)):  # datetime is a date
        return value.isoformat()
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


@register.filter
def machine(value):
    return machine_value(value)
