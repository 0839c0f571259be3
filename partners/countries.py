"""Countries by ISO 3166-1 alpha-2 code, named in the visitor's language by Babel (CLDR), not by a hand-made list."""

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# CLDR territories that are two letters but not countries.
NOT_COUNTRIES = {"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"}


@lru_cache(maxsize=8)
def _territories(language):
    try:
        locale = Locale.parse(language or "da", sep="-")
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    return {
        code: name
        for code, name in locale.territories.items()
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    }


def country_name(code, language=None):
    """The country's name in `language` (default: the active language); the code itself if unknown."""
    return _territories((language or get_language() or "da").split("-")[0]).get(code, code)


def country_choices():
    """(code, name) pairs sorted by name in the active language, for the admin's country select."""
    names = _territories((get_language() or "da").split("-")[0])
    return sorted(names.items(), key=lambda item: item[1])


def validate_country_code(value):
    """Refuse anything that is not an ISO 3166-1 alpha-2 country code."""
    if value not in _territories("en"):
        raise ValidationError(_("%(value)s is not an ISO 3166 country code."), params={"value": value}, code="country")


@lru_cache(maxsize=1)
def _codes_by_name():
    """Danish and English country names (CLDR), case-folded, to their codes; a name used for two codes is dropped."""
    codes = {}
    for language in ("da", "en"):
        for code, name in _territories(language).items():
            codes.setdefault(name.casefold(), set()).add(code)
    return {name: found.pop() for name, found in codes.items() if len(found) == 1}


def country_code(name):
    """The ISO 3166-1 alpha-2 code of a country named in Danish or English ("Tjekkiet", "Czechia"), or of a
    code itself ("CZ"); "" when the name is not a CLDR country name: a code is never guessed."""
    text = " ".join((name or "").split())
    if len(text) == 2 and text.upper() in _territories("en"):
        return text.upper()
    return _codes_by_name().get(text.casefold(), "")
