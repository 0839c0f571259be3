"""Dates, numbers and money are written the local way in each language."""

import datetime
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from partners.templatetags.local_format import format_dkk


@pytest.mark.parametrize(
    ("language", "amount", "expected"),
    [
        ("da", 522000, "522.000\xa0kr."),
        ("en", 522000, "DKK\xa0522,000"),
        ("da", Decimal("1234.50"), "1.234,50\xa0kr."),
        ("en", Decimal("1234.50"), "DKK\xa01,234.50"),
        ("da", 0, "0\xa0kr."),
    ],
)
def test_money(language, amount, expected):
    with translation.override(language):
        assert format_dkk(amount) == expected


@pytest.mark.parametrize(("language", "expected"), [("da", "12. marts 2025"), ("en", "12 March 2025")])
def test_dates(language, expected):
    with translation.override(language):
        rendered = Template("{{ day|date }}").render(Context({"day": datetime.date(2025, 3, 12)}))
    assert rendered == expected


def test_money_filter_ignores_garbage():
    assert format_dkk("not a number") == ""
    assert format_dkk(None) == ""


@pytest.mark.parametrize(("language", "expected"), [("da", "9.840,00\xa0kr."), ("en", "DKK\xa09,840.00")])
def test_money_filter_writes_the_ore_of_whole_kroner_when_asked(language, expected):
    """A column of amounts is written with one number of decimals, so right-aligned decimals line up."""
    with translation.override(language):
        rendered = Template("{% load local_format %}{{ amount|dkk:2 }}").render(Context({"amount": Decimal("9840")}))
    assert rendered == expected


def test_money_decimals_are_two_when_any_amount_of_a_column_has_ore():
    whole = [{"amount": Decimal("150000")}, {"amount": Decimal("23000")}]
    assert Template("{% load local_format %}{{ lines|money_decimals }}").render(Context({"lines": whole})) == "0"
    mixed = [*whole, {"amount": Decimal("4350.50")}]
    assert Template("{% load local_format %}{{ lines|money_decimals }}").render(Context({"lines": mixed})) == "2"
