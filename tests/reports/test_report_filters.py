"""The public report list's filters and totals, in both languages, for any address a visitor may type."""

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal
from http import HTTPStatus

import pytest
from django.utils import translation
from wagtail.models import WorkflowState

from home.seed.translation import translate
from partners.models import FocusArea, PartnerCityIndexPage
from partners.templatetags.local_format import format_dkk
from reports.models import Budget, ExpenseLine, Participant, TripReportPage
from reports.spending import per_participant
from tests.partners_helpers import add_city
from tests.publishing import as_administrator
from tests.querycount import warm
from tests.reports.bulk import many_published_reports, publication_guard_suspended
from tests.reports.queries import FILTERED_QUERIES, INDEX_QUERIES, INDEX_QUERIES_EN

pytestmark = pytest.mark.django_db

LISTS = {"da": "/da/rejserapporter/", "en": "/en/trip-reports/"}


@dataclass
class Trip:
    """What a test trip is, to compute the expected figures from."""

    name: str
    amounts: tuple
    people: int


@dataclass
class Places:
    prague: object
    east_kilbride: object
    business: FocusArea
    children: FocusArea
    fund: Budget


@pytest.fixture
def places(world):
    """Two partner cities and two focus areas, in Danish and English, and a second budget."""
    home = world.index_da.get_parent().specific
    with as_administrator():
        index = home.add_child(instance=PartnerCityIndexPage(title="Samarbejdsbyer", slug="samarbejdsbyer"))
        translate(index, "en", {"Samarbejdsbyer": "Partner cities", "samarbejdsbyer": "partner-cities"})
    cities = {}
    for slug, country, english in (("prag-10", "CZ", "Prague 10"), ("east-kilbride", "GB", "East Kilbride")):
        city = add_city(index, slug, country=country, with_image=False)
        with as_administrator():
            translate(city, "en", {city.title: english, slug: english.lower().replace(" ", "-")})
        cities[slug] = city
    business = FocusArea.objects.create(name="Erhvervsområdet", sort_order=2)
    children = FocusArea.objects.create(name="Børne- og ungeområdet", sort_order=1)
    translate(business, "en", {"Erhvervsområdet": "Business"})
    translate(children, "en", {"Børne- og ungeområdet": "Children and young people"})
    fund = Budget.objects.create(name="Studierejsepuljen", name_en="Study-trip fund", yearly_amount=Decimal("100000"))
    return Places(cities["prag-10"], cities["east-kilbride"], business, children, fund)


def trip(world, name, *, start, committee, budget, amounts, people, city=None, place=None, focus=()):
    """A live, approved Danish report `Rejse <name>` and its English translation `Trip <name>`.

    Written directly (as tests/reports/bulk.py does): the approval workflow is tested elsewhere.
    `place` is ((Danish place, Danish country), (English place, English country)) for a trip elsewhere.
    """
    facts = {
        "committee": committee,
        "budget": budget,
        "start_date": start,
        "end_date": start + datetime.timedelta(days=2),
        "destination_city": city,
        "approved_on": start + datetime.timedelta(days=20),
        "live": True,
    }
    (place_da, country_da), (place_en, country_en) = place or (("", ""), ("", ""))
    with publication_guard_suspended():
        danish = world.index_da.add_child(
            instance=TripReportPage(
                title=f"Rejse {name}",
                slug=f"rejse-{name.lower()}",
                purpose="<p>Formål.</p>",
                destination_name=place_da,
                destination_country=country_da,
                **facts,
            )
        )
        english = world.index_en.add_child(
            instance=TripReportPage(
                title=f"Trip {name}",
                slug=f"trip-{name.lower()}",
                purpose="<p>Purpose.</p>",
                destination_name=place_en,
                destination_country=country_en,
                locale=world.index_en.locale,
                translation_key=danish.translation_key,
                **facts,
            )
        )
        for page in (danish, english):
            page.focus_areas.set(focus)  # the Danish focus areas, as wagtail-localize synchronises them
            page.save()  # a page's many-to-many relation is written when the page is saved
    for page in (danish, english):
        ExpenseLine.objects.bulk_create(
            ExpenseLine(page=page, category="other", description="Udgift", amount=amount, locale=page.locale)
            for amount in amounts
        )
        Participant.objects.bulk_create(
            Participant(page=page, name=f"Deltager {i}", role="Medlem", locale=page.locale) for i in range(people)
        )
    return Trip(name, tuple(amounts), people)


@pytest.fixture
def trips(world, places):
    """Four trips over two years, two committees, two budgets, partner cities and other places."""
    return {
        "A": trip(
            world,
            "A",
            start=datetime.date(2025, 4, 7),
            committee=world.finance,
            budget=world.budget,
            city=places.prague,
            focus=[places.business],
            amounts=[Decimal("1000.00"), Decimal("250.50")],
            people=2,
        ),
        "B": trip(
            world,
            "B",
            start=datetime.date(2024, 10, 1),
            committee=world.finance,
            budget=places.fund,
            place=(("Brno", "Tjekkiet"), ("Brno", "Czechia")),
            focus=[places.children],
            amounts=[Decimal("4000.00")],
            people=3,
        ),
        "C": trip(
            world,
            "C",
            start=datetime.date(2025, 9, 22),
            committee=world.children,
            budget=places.fund,
            city=places.east_kilbride,
            place=(("", "Skotland"), ("", "Scotland")),  # left over from before the city was chosen: the city wins
            focus=[places.business, places.children],
            amounts=[Decimal("1200.25"), Decimal("800.00")],
            people=1,
        ),
        "D": trip(
            world,
            "D",
            start=datetime.date(2025, 1, 13),
            committee=world.children,
            budget=world.budget,
            place=(("Edinburgh", "Skotland"), ("Edinburgh", "Scotland")),
            amounts=[Decimal("300.00")],
            people=0,
        ),
    }


def listed(html):
    """The names of the trips on the page (A, B, …), in the order listed."""
    return re.findall(r'<h2 class="h3"><a href="[^"]+">(?:Rejse|Trip) (\w+)</a></h2>', html)


def figures(html):
    """The totals above the list: {term: value}."""
    section = re.search(r'<section class="trip-report-totals".*?</section>', html, re.S)
    if section is None:
        return None
    return dict(re.findall(r"<dt>(.*?)</dt><dd[^>]*>(.*?)</dd>", section.group(0)))


def note(html):
    found = re.search(
        r'<div class="alert alert-warning trip-report-filters__ignored">\s*<p class="alert-text">(.*?)</p>', html, re.S
    )
    return found.group(1) if found else None


def get(client, language, query=""):
    response = client.get(LISTS[language] + query)
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


def money(amount, language):
    with translation.override(language):
        return format_dkk(amount)


def expected_figures(language, chosen):
    """The totals the list must show for these trips, computed here from the rows the test wrote."""
    amount = sum((sum(t.amounts, Decimal("0")) for t in chosen), Decimal("0"))
    people = sum(t.people for t in chosen)
    each = per_participant(amount, people)
    each = "–" if each is None else money(each, language)
    terms = {
        "da": ("Rejser", "Deltagere", "Udgifter i alt", "Pr. deltager"),
        "en": ("Trips", "Participants", "Total spent", "Per participant"),
    }[language]
    return dict(zip(terms, (str(len(chosen)), str(people), money(amount, language), each), strict=True))


def filter_cases(world, places):
    """(language, query, the trips it must list): each filter alone, in both languages."""
    business = {"da": places.business, "en": places.business.get_translation(english())}
    return [
        *[(language, "?year=2024", "B") for language in LISTS],
        *[(language, "?year=2025", "CAD") for language in LISTS],
        *[(language, f"?committee={world.finance.pk}", "AB") for language in LISTS],
        *[(language, f"?budget={places.fund.pk}", "CB") for language in LISTS],
        *[(language, f"?focus_area={business[language].pk}", "CA") for language in LISTS],
        ("da", "?destination=prag-10", "A"),
        ("en", "?destination=prague-10", "A"),
        *[(language, "?destination=land-cz", "AB") for language in LISTS],
        *[(language, "?destination=land-gb", "C") for language in LISTS],
        ("da", "?destination=land-skotland", "D"),
        ("en", "?destination=land-scotland", "D"),
    ]


def english():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")


def test_filters__happy_path__each_filter_alone_in_both_languages_with_its_totals(client, world, places, trips):
    for language, query, expected in filter_cases(world, places):
        html = get(client, language, query)

        assert "".join(listed(html)) == expected, (language, query)
        assert figures(html) == expected_figures(language, [trips[name] for name in expected]), (language, query)
        assert note(html) is None


def test_filters__happy_path__combined_with_and(client, world, places, trips):
    business_en = places.business.get_translation(english())
    cases = [
        ("da", f"?committee={world.children.pk}&year=2025&focus_area={places.business.pk}", "C"),
        ("en", f"?committee={world.children.pk}&year=2025&focus_area={business_en.pk}", "C"),
        ("da", f"?committee={world.finance.pk}&destination=land-cz&year=2025", "A"),
        ("en", f"?committee={world.finance.pk}&destination=land-cz&budget={places.fund.pk}", "B"),
        ("en", f"?year=2025&budget={world.budget.pk}", "AD"),
    ]
    for language, query, expected in cases:
        html = get(client, language, query)

        assert "".join(listed(html)) == expected, (language, query)
        assert figures(html) == expected_figures(language, [trips[name] for name in expected]), (language, query)


def test_filters__happy_path__no_filter_totals_every_published_trip(client, world, trips):
    for language in LISTS:
        html = get(client, language)

        assert "".join(listed(html)) == "CADB"
        assert figures(html) == expected_figures(language, list(trips.values()))
        assert figures(html)[{"da": "Udgifter i alt", "en": "Total spent"}[language]] == money(
            Decimal("7550.75"), language
        )


def test_filters__happy_path__nothing_matches_says_so(client, world, trips):
    other = Budget.objects.create(name="Ubrugt pulje", name_en="Unused fund", yearly_amount=Decimal("1000"))

    danish = get(client, "da", f"?budget={other.pk}")
    english_html = get(client, "en", f"?budget={other.pk}&year=2024")

    assert listed(danish) == [] and figures(danish) is None
    assert "Ingen rejser passer til filtrene." in danish
    assert "No trips match these filters." in english_html
    assert note(danish) is None


def options(html, name):
    """The select's options as (value, label, selected), and its optgroup labels."""
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)
    found = re.findall(r'<option value="([^"]*)"( selected)?>(.*?)</option>', select)
    return [(value, label, bool(selected)) for value, selected, label in found], re.findall(
        r'optgroup label="([^"]+)"', select
    )


def test_form__happy_path__choices_in_the_pages_language(client, world, places, trips):
    danish, english_html = get(client, "da"), get(client, "en")

    for html in (danish, english_html):
        years, _groups = options(html, "year")
        assert [value for value, _label, _selected in years] == ["", "2025", "2024"]  # newest first, only published
    committees_da, _ = options(danish, "committee")
    committees_en, _ = options(english_html, "committee")
    assert [label for _v, label, _s in committees_da][1:] == ["Børne- og Skoleudvalget", "Økonomiudvalget"]
    assert [label for _v, label, _s in committees_en][1:] == ["Children and Schools Committee", "Finance Committee"]

    destinations_da, groups_da = options(danish, "destination")
    destinations_en, groups_en = options(english_html, "destination")
    assert groups_da == ["Samarbejdsbyer", "Lande"] and groups_en == ["Partner cities", "Countries"]
    assert [(value, label) for value, label, _s in destinations_da][1:] == [
        ("east-kilbride", "East Kilbride"),
        ("prag-10", "Prag 10"),
        ("land-skotland", "Skotland"),
        ("land-gb", "Storbritannien"),
        ("land-cz", "Tjekkiet"),
    ]
    assert [(value, label) for value, label, _s in destinations_en][1:] == [
        ("east-kilbride", "East Kilbride"),
        ("prague-10", "Prague 10"),
        ("land-cz", "Czechia"),
        ("land-scotland", "Scotland"),
        ("land-gb", "United Kingdom"),
    ]

    areas_en, _ = options(english_html, "focus_area")
    assert [label for _v, label, _s in areas_en][1:] == ["Children and young people", "Business"]
    assert {value for value, _l, _s in areas_en[1:]} == {
        str(area.get_translation(english()).pk) for area in (places.business, places.children)
    }
    budgets_en, _ = options(english_html, "budget")
    assert [label for _v, label, _s in budgets_en][1:] == ["Study-trip fund", "Økonomiudvalgets rejsebudget"]
    assert 'for="id_year">År</label>' in danish and 'for="id_focus_area">Focus area</label>' in english_html
    assert '<button type="submit" class="button button-primary">Vis rejser</button>' in danish
    assert '<a href="/en/trip-reports/">Clear filters</a>' in english_html


def test_form__happy_path__shows_the_applied_filters_as_chosen(client, world, trips):
    html = get(client, "da", "?year=2024&committee=abc&destination=land-cz")

    assert ("2024", "2024", True) in options(html, "year")[0]
    assert ("land-cz", "Tjekkiet", True) in options(html, "destination")[0]
    assert options(html, "committee")[0][0] == ("", "Alle udvalg", True)
    repeated = get(client, "da", "?year=2025&year=2024")
    assert [value for value, _label, selected in options(repeated, "year")[0] if selected] == [""]


MALFORMED = [
    # (query, the filter labels the Danish note names)
    ("?year=abc", ["År"]),
    ("?year=99999", ["År"]),
    ("?year=2023", ["År"]),  # a year without published trips
    ("?year=-2025", ["År"]),
    ("?committee=-1", ["Udvalg"]),
    ("?committee=x", ["Udvalg"]),
    ("?committee=99999999999999999999999999", ["Udvalg"]),
    ("?committee=1.0", ["Udvalg"]),
    ("?budget=%00", ["Budget"]),
    ("?destination=land-", ["Rejsemål"]),
    ("?destination=" + "%F0%9F%98%80" * 50, ["Rejsemål"]),  # unicode
    ("?destination=k%C3%B8benhavn", ["Rejsemål"]),
    ("?focus_area=" + "9" * 5000, ["Fokusområde"]),  # over-long
    ("?year=2025&year=2024", ["År"]),  # repeated: which one?
    ("?committee=abc&budget=abc&year=abc", ["År", "Udvalg", "Budget"]),
]


@pytest.mark.parametrize(("query", "names"), MALFORMED)
def test_filters__unhappy_path__malformed_values_are_ignored_with_a_note(client, world, trips, query, names):
    html = get(client, "da", query)

    assert "".join(listed(html)) == "CADB"
    assert figures(html) == expected_figures("da", list(trips.values()))
    expected = ("Dette filter blev ikke forstået" if len(names) == 1 else "Disse filtre blev ikke forstået") + (
        f" og er sprunget over: {', '.join(names)}."
    )
    assert note(html) == expected
    assert html.count('class="form-group form-error"') == len(names)


def test_filters__unhappy_path__english_note_names_the_english_filter(client, world, trips):
    html = get(client, "en", "?committee=%C3%86&page=2")

    assert note(html) == "This filter was not understood and was ignored: Committee."
    assert 'id="id_committee_error">Not one of the choices, so it was ignored.</span>' in html


def test_filters__unhappy_path__a_bad_filter_next_to_a_good_one_leaves_the_good_one_applied(client, world, trips):
    html = get(client, "en", "?year=2024&committee=x")

    assert listed(html) == ["B"]
    assert note(html) == "This filter was not understood and was ignored: Committee."


@pytest.mark.parametrize("query", ["?page=abc", "?page=-1", "?page=99999999999999999999", "?utm_source=news&x=1"])
def test_filters__unhappy_path__page_and_unknown_parameters_need_no_note(client, world, trips, query):
    html = get(client, "en", query)

    assert "".join(listed(html)) == "CADB"
    assert note(html) is None


def test_totals__unhappy_path__unapproved_reports_are_never_listed_or_counted(client, world, trips):
    from tests.reports.helpers import approve, login, reload, submit, take_action
    from tests.reports.world import create_draft_report

    in_2023 = {"start_date": datetime.date(2023, 5, 1), "end_date": datetime.date(2023, 5, 3)}
    create_draft_report(world, title="Kladde", slug="kladde", **in_2023)
    waiting = create_draft_report(world, title="Venter", slug="venter", **in_2023)
    submit(client, world, waiting)
    rejected = create_draft_report(world, title="Afvist", slug="afvist", **in_2023)
    submit(client, world, rejected)
    login(client, world.users["finance-member"])
    take_action(client, rejected, "reject", comment="Bilag mangler.")
    assert rejected.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    withdrawn = create_draft_report(world, title="Trukket tilbage", slug="trukket-tilbage", **in_2023)
    submit(client, world, withdrawn)
    approve(client, world, withdrawn)
    assert reload(withdrawn).live
    login(client, world.users["moderator"])
    assert client.post(f"/admin/pages/{withdrawn.pk}/unpublish/").status_code == HTTPStatus.FOUND
    with publication_guard_suspended():  # a live row no approval wrote: the guard refuses it, the list too
        world.index_da.add_child(
            instance=TripReportPage(
                title="Uden godkendelse",
                slug="uden-godkendelse",
                committee=world.finance,
                purpose="<p>Formål.</p>",
                destination_name="Prag",
                destination_country="Tjekkiet",
                live=True,
                **in_2023,
            )
        )
    client.logout()

    for language in LISTS:
        html = get(client, language)
        filtered = get(client, language, f"?committee={world.finance.pk}")

        assert "".join(listed(html)) == "CADB"
        assert figures(html) == expected_figures(language, list(trips.values()))
        assert "".join(listed(filtered)) == "AB"
        assert figures(filtered) == expected_figures(language, [trips["A"], trips["B"]])
        assert "2023" not in [value for value, _label, _selected in options(html, "year")[0]]


def test_totals__happy_path__a_change_waiting_for_approval_is_not_counted_until_approved(client, world):
    from tests.reports.helpers import approve, login, press, submit
    from tests.reports.world import create_draft_report

    report = create_draft_report(world, title="Rejse E", slug="rejse-e")  # 4,200.50 + 5,400 kr.
    submit(client, world, report)
    approve(client, world, report)
    login(client, world.users["editor"])
    response = press(client, report, "action-submit", **{"expense_lines-0-amount": "99999"})
    assert response.status_code == HTTPStatus.FOUND
    client.logout()

    html = get(client, "da")

    assert listed(html) == ["E"]
    assert figures(html)["Udgifter i alt"] == money(Decimal("9600.50"), "da")
    assert "I alt: 9.600,50\N{NO-BREAK SPACE}kr." in html


def items(html):
    return html.count('class="trip-report-list__item"')


def page_link(html, rel):
    found = re.search(rf'<a href="([^"]+)" rel="{rel}">', html)
    return found.group(1).replace("&amp;", "&") if found else None


def test_pagination__happy_path__page_links_keep_the_applied_filters(client, world):
    many_published_reports(world, 12, committee=world.finance)
    many_published_reports(world, 3, committee=world.children, start=12)
    finance = f"committee={world.finance.pk}"

    first = get(client, "da", f"?{finance}&year=abc")
    link = page_link(first, "next")
    second = client.get(LISTS["da"] + link).content.decode()

    assert link == f"?{finance}&page=2"  # the ignored year is not carried on
    assert items(first) == 10 and items(second) == 2
    assert "Børne- og Skoleudvalget ·" not in first + second
    assert page_link(second, "prev") == f"?{finance}&page=1"
    twelve = [Trip(str(n), (Decimal("1000.00"), Decimal("250.50")), 2) for n in range(12)]
    assert figures(first) == figures(second) == expected_figures("da", twelve)  # the whole set, on every page
    assert (str(world.finance.pk), "Økonomiudvalget", True) in options(second, "committee")[0]


def tag_all(area):
    """Tag every report with `area` in one insert (bulk reports have no focus areas)."""
    through = TripReportPage.focus_areas.through
    through.objects.bulk_create(
        through(tripreportpage_id=pk, focusarea_id=area.pk)
        for pk in TripReportPage.objects.values_list("pk", flat=True)
    )


def query_counts(client, world, area, django_assert_num_queries, shown):
    """Pin the list's queries in both languages, without and with every filter."""
    filters = (
        f"?year=2025&committee={world.finance.pk}&budget={world.budget.pk}&destination=land-cz&focus_area={area.pk}"
    )
    english_area = area.get_translation(english())
    # The bulk reports' English pages keep the Danish country name, which is no country's English name.
    filters_en = filters.replace(f"focus_area={area.pk}", f"focus_area={english_area.pk}").replace(
        "land-cz", "land-tjekkiet"
    )
    for url, expected in (
        (LISTS["da"], INDEX_QUERIES),
        (LISTS["da"] + filters, FILTERED_QUERIES),
        (LISTS["en"], INDEX_QUERIES_EN),
        (LISTS["en"] + filters_en, FILTERED_QUERIES),
    ):
        warm(client, url)
        with django_assert_num_queries(expected):
            html = client.get(url).content.decode()
        assert items(html) == shown and note(html) is None, url


@pytest.mark.no_page_cache  # the count is of the render, not of a page cache hit
def test_queries__happy_path__same_count_with_5_and_500_reports_with_and_without_filters(
    client, world, django_assert_num_queries
):
    area = FocusArea.objects.create(name="Erhvervsområdet")
    translate(area, "en", {"Erhvervsområdet": "Business"})
    many_published_reports(world, 5, english=True)
    tag_all(area)
    query_counts(client, world, area, django_assert_num_queries, shown=5)

    many_published_reports(world, 495, english=True, start=5)
    TripReportPage.focus_areas.through.objects.all().delete()
    tag_all(area)

    query_counts(client, world, area, django_assert_num_queries, shown=10)
    assert figures(get(client, "en"))["Trips"] == "500"
