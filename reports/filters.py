"""The public report list's filters: year, committee, destination, focus area and budget, combined with AND.

Every filter is a select of what this index offers, in the page's language, so a value is checked
against those choices without a query. django-filter filters with the valid fields' cleaned data only:
a value that is not one of the choices, or a filter given twice, is not applied, and the list names
it (`ReportFilter.ignored`). Reports are tagged with the Danish focus areas and point at the Danish
partner city pages (both are synchronised), so the English choices match them by translation key.
"""

from dataclasses import dataclass
from functools import lru_cache

import django_filters
from django import forms
from django.conf import settings
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from partners.countries import country_choices, country_name
from partners.models import FocusArea, PartnerCityPage, in_locale
from reports.models.committees import Budget, Committee
from reports.spending import TRIP_YEAR_LOOKUP
from reports.widgets import Select
from slugs.text import slugify

# A country's value: "land-cz", "land-skotland" (in the rare case a partner city's slug is the same, the city wins).
COUNTRY_PREFIX = "land-"


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    # What a report must match to be listed under this choice.
    match: Q


class FilterChoices:
    """What the filters offer for a set of published reports, labelled in the active language.

    Four queries, whatever the reports are: their years and destinations in one, then the committees,
    the budgets and the focus areas.
    """

    def __init__(self, reports, locale_id):
        facts = [
            Fact(*row)
            for row in with_city_in_locale(reports.order_by(), locale_id)
            .values_list(
                TRIP_YEAR_LOOKUP,
                "destination_city__translation_key",
                "destination_city__country",
                "city_title",
                "city_slug",
                "destination_country",
            )
            .distinct()
        ]
        self.any_reports = bool(facts)
        self.years = [str(year) for year in sorted({fact.year for fact in facts}, reverse=True)]
        self.cities = sorted(
            {
                Choice(fact.city_slug, fact.city_title, Q(destination_city__translation_key=fact.city_key))
                for fact in facts
                if fact.city_key
            },
            key=sort_key,
        )
        taken = {choice.value for choice in self.cities}
        countries = country_choices_for(
            {fact.city_country for fact in facts if fact.city_key},
            {fact.typed_country for fact in facts if not fact.city_key and fact.typed_country},
        )
        self.countries = [choice for choice in countries if choice.value not in taken]
        self.committees = sorted(
            (Choice(str(c.pk), c.name, Q(committee=c.pk)) for c in Committee.objects.all()),
            key=sort_key,
        )
        self.budgets = sorted(
            (Choice(str(b.pk), b.localized_name, Q(budget=b.pk)) for b in Budget.objects.all()),
            key=sort_key,
        )
        self.focus_areas = focus_area_choices(locale_id)

    def destinations(self):
        """The destination select's groups: partner cities, then countries."""
        return [
            (_("Partner cities"), [(c.value, c.label) for c in self.cities]),
            (_("Countries"), [(c.value, c.label) for c in self.countries]),
        ]


@dataclass(frozen=True)
class Fact:
    """What one or more reports have in common: the trip's year and where it went."""

    year: int
    city_key: object
    city_country: str
    city_title: str
    city_slug: str
    typed_country: str


def sort_key(choice):
    return choice.label.casefold()


def with_city_in_locale(reports, locale_id):
    """Annotate the partner city's title and slug in this locale, in the same query.

    A city with no live page in this language keeps the title and slug of the page the report chose.
    """
    local = PartnerCityPage.objects.filter(
        translation_key=OuterRef("destination_city__translation_key"), locale_id=locale_id, live=True
    )
    return reports.annotate(
        city_title=Coalesce(Subquery(local.values("title")[:1]), F("destination_city__title")),
        city_slug=Coalesce(Subquery(local.values("slug")[:1]), F("destination_city__slug")),
    )


@lru_cache(maxsize=8)
def _country_codes(language):
    """Case-folded country names in the active language (`language`) → ISO code, to read a typed country."""
    return {name.casefold(): code for code, name in country_choices()}


def country_choices_for(city_countries, free_countries):
    """The countries: of the partner cities the reports went to, and as typed on reports to other places.

    A typed name that is a country's name in this language ("Tjekkiet", "Germany") is that country, the same
    choice as its partner cities' ("land-cz"); any other ("Skotland") is a choice of its own.
    """
    codes = _country_codes((get_language() or settings.LANGUAGE_CODE).split("-")[0])
    by_value = {}
    for code in city_countries:
        by_value[COUNTRY_PREFIX + code.lower()] = [country_name(code), code, set()]
    for typed in sorted(free_countries):
        name = typed.strip()
        code = codes.get(name.casefold())
        key = code.lower() if code else slugify(name)
        if not key:
            continue
        entry = by_value.setdefault(COUNTRY_PREFIX + key, [country_name(code) if code else name, code, set()])
        entry[2].add(typed)
    choices = []
    for value, (label, code, typed_names) in by_value.items():
        # A report to a partner city is in the city's country; one to another place in the country it names.
        match = Q(destination_city=None, destination_country__in=sorted(typed_names))
        if code:
            match |= Q(destination_city__country=code)
        choices.append(Choice(value, label, match))
    return sorted(choices, key=sort_key)


def focus_area_choices(locale_id):
    """The focus areas in this locale; one not translated yet keeps its name in the default language (one query)."""
    areas = FocusArea.objects.filter(Q(locale_id=locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE))
    ordered = in_locale(areas, locale_id)
    return [Choice(str(area.pk), area.name, Q(focus_areas__translation_key=area.translation_key)) for area in ordered]


class ReportFilterForm(forms.Form):
    """The filter form: a filter given twice is ambiguous, so it is not understood either."""

    def clean(self):
        for name in self.fields:
            if hasattr(self.data, "getlist") and len(self.data.getlist(name)) > 1 and name not in self._errors:
                self.add_error(name, _("Given more than once, so it was ignored."))
        return super().clean()


def select(label, empty_label):
    return django_filters.ChoiceFilter(
        label=label,
        empty_label=empty_label,
        method="filter_by_choice",
        widget=Select(attrs={"class": "form-select"}),
        # Django's own message repeats the value, which may be any text from the address.
        error_messages={"invalid_choice": _("Not one of the choices, so it was ignored.")},
    )


class ReportFilter(django_filters.FilterSet):
    """The report list's filters, over the published reports of one index."""

    year = select(_("Year"), _("All years"))
    committee = select(_("Committee"), _("All committees"))
    destination = select(_("Destination"), _("All destinations"))
    focus_area = select(_("Focus area"), _("All focus areas"))
    budget = select(_("Budget"), _("All budgets"))

    class Meta:
        form = ReportFilterForm

    def __init__(self, data, queryset, *, choices):
        super().__init__(data, queryset)
        self.choices = choices
        self.matches = {
            "year": {year: Q(**{TRIP_YEAR_LOOKUP: int(year)}) for year in choices.years},
            "committee": {c.value: c.match for c in choices.committees},
            "destination": {c.value: c.match for c in [*choices.cities, *choices.countries]},
            "focus_area": {c.value: c.match for c in choices.focus_areas},
            "budget": {c.value: c.match for c in choices.budgets},
        }
        self.filters["year"].extra["choices"] = [(year, year) for year in choices.years]
        self.filters["destination"].extra["choices"] = choices.destinations()
        for name in ("committee", "focus_area", "budget"):
            self.filters[name].extra["choices"] = [(c.value, c.label) for c in getattr(choices, name + "s")]

    def filter_by_choice(self, reports, name, value):
        # Through the primary key, so a focus area's many-to-many join cannot repeat a report.
        return reports.filter(pk__in=reports.model.objects.filter(self.matches[name][value]).values("pk"))

    @property
    def ignored(self):
        """The labels of the filters given but not understood, in the form's order."""
        errors = self.form.errors
        return [field.label for name, field in self.form.fields.items() if name in errors]

    def applied(self):
        """The understood filters as a query, for the form to show and the page links to keep."""
        self.qs  # noqa: B018 (validates the form)
        query = QueryDict(mutable=True)
        for name, value in self.form.cleaned_data.items():
            if value:
                query[name] = value
        return query
