"""The public spending overview (/da/rejserapporter/forbrug/, /en/trip-reports/spending/): the figures the
test computes from the rows it created, in both languages; the chart against its table; bad input."""

import datetime
import itertools
import re
from decimal import Decimal
from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup

from reports.models import Budget, ExpenseLine, Participant, TripReportPage
from tests.querycount import warm
from tests.reports.bulk import many_published_reports, publication_guard_suspended
from tests.reports.world import create_draft_report

pytestmark = pytest.mark.django_db

DA = "/da/rejserapporter/forbrug/"
EN = "/en/trip-reports/spending/"
PERIOD = [2022, 2023, 2024, 2025]
TRIP_COST = Decimal("1250.50")  # what each bulk report's accounts add up to (tests/reports/bulk.py)
NUMBERS = itertools.count(0)


def trips(world, budget, first_day, count, english=True):
    """`count` live, approved Danish reports paid from `budget`, on consecutive days from `first_day`."""
    number = next(NUMBERS) * 100  # bulk reports are numbered (their slugs); trip n starts n days after first_day
    start = first_day - datetime.timedelta(days=number)
    return many_published_reports(world, count, budget=budget, first_day=start, english=english, start=number)


@pytest.fixture
def spending(world):
    """Budgets of two committees and the central budget, trips over two periods, and reports that never count."""
    finance_fund = Budget.objects.create(
        name="Økonomiudvalgets studiepulje", name_en="The Finance Committee's study fund", owner=world.finance,
        yearly_amount=Decimal("10000"), carries_over=False,
    )  # fmt: skip
    children = Budget.objects.create(
        name="Børne- og Skoleudvalgets rejsebudget", name_en="The Children and Schools Committee's travel budget",
        owner=world.children, yearly_amount=Decimal("65000"), carries_over=True,
    )  # fmt: skip
    network = Budget.objects.create(
        name="Netværk for lærere", name_en="Network for teachers", owner=None,
        yearly_amount=Decimal("23000"), carries_over=False,
    )  # fmt: skip
    counted = {
        (world.budget, 2023): trips(world, world.budget, datetime.date(2023, 3, 1), 2),
        (world.budget, 2025): trips(world, world.budget, datetime.date(2025, 5, 1), 1),
        (finance_fund, 2024): trips(world, finance_fund, datetime.date(2024, 9, 1), 3, english=False),
        # 19 trips of 1,250.50 kr: more than the network's 23,000 kr in 2024.
        (network, 2024): trips(world, network, datetime.date(2024, 1, 10), 19, english=False),
    }
    later = trips(world, finance_fund, datetime.date(2026, 2, 1), 1)  # the next election period
    unbudgeted = trips(world, world.budget, datetime.date(2024, 4, 1), 1)
    with publication_guard_suspended():
        TripReportPage.objects.filter(translation_key=unbudgeted[0].translation_key).update(budget=None)
    # Never counted: a draft, a report waiting for the committee, a rejected one (all of 2025, same budget).
    create_draft_report(
        world, title="Kladde", slug="kladde", start_date=datetime.date(2025, 6, 1), end_date=datetime.date(2025, 6, 9)
    )
    waiting = create_draft_report(
        world, title="Venter", slug="venter", start_date=datetime.date(2025, 6, 2), end_date=datetime.date(2025, 6, 9)
    )
    waiting.get_workflow().start(waiting, world.users["editor"])
    rejected = create_draft_report(
        world, title="Afvist", slug="afvist", start_date=datetime.date(2025, 6, 3), end_date=datetime.date(2025, 6, 9)
    )
    state = rejected.get_workflow().start(rejected, world.users["editor"]).current_task_state.specific
    state.task.specific.on_action(state, world.users["finance-member"], "reject", comment="Mangler bilag")
    return {
        "budgets": [world.budget, finance_fund, children, network],
        "counted": counted,
        "unbudgeted": unbudgeted,
        "later": later,
    }


def expected_years(budget, counted):
    """The budget's years in 2022–2025, computed here from the expense lines of the reports created for it."""
    rows, carried = [], Decimal(0)
    for year in PERIOD:
        reports = counted.get((budget, year), [])
        spent = sum((line.amount for line in ExpenseLine.objects.filter(page__in=reports)), Decimal(0))
        carried_in = carried if budget.carries_over else Decimal(0)
        available = budget.yearly_amount + carried_in
        rows.append(
            {"year": year, "amount": budget.yearly_amount, "carried": carried_in, "available": available,
             "spent": spent, "remaining": available - spent}
        )  # fmt: skip
        carried = available - spent
    return rows


def money(text, language):
    """ "23.759,50 kr." or "DKK 23,759.50" (either with a minus) as a Decimal."""
    text = text.replace("\xa0", " ").strip()
    if language == "da":
        assert text.endswith(" kr."), text
        return Decimal(text.removesuffix(" kr.").replace(".", "").replace(",", "."))
    assert text.startswith("DKK "), text
    return Decimal(text.removeprefix("DKK ").replace(",", ""))


COLUMNS = {
    "da": {"År": "year", "Årligt beløb": "amount", "Overført": "carried", "Til rådighed": "available",
           "Forbrugt": "spent", "Tilbage": "remaining"},
    "en": {"Year": "year", "Yearly amount": "amount", "Carried over": "carried", "Available": "available",
           "Spent": "spent", "Remaining": "remaining"},
}  # fmt: skip
OVERSPENT = {"da": "overforbrug", "en": "overspent"}


def read_table(table, language):
    """A table's rows as dicts of figures (the year an int, amounts Decimals), and which rows say "overspent"."""
    names = [COLUMNS[language][th.get_text(strip=True)] for th in table.thead.find_all("th")]
    rows, overspent = [], []
    for tr in table.tbody.find_all("tr"):
        cells = tr.find_all(["th", "td"])
        row = {"year": int(cells[0].get_text(strip=True))}
        for name, cell in zip(names[1:], cells[1:], strict=True):
            row[name] = money(cell.select_one(".money").get_text(), language)
        if tr.find("strong", string=OVERSPENT[language]):
            overspent.append(row["year"])
        rows.append(row)
    return rows, overspent


def table_captioned(soup, caption):
    tables = [
        t for t in soup.select("main table") if t.caption and t.caption.get_text(" ", strip=True).startswith(caption)
    ]
    assert len(tables) == 1, [t.caption.get_text() for t in soup.select("main table") if t.caption]
    return tables[0]


def page(client, url):
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["da", "en"])
def test_overview__each_budget__shows_the_figures_of_its_counted_reports(client, world, spending, language):
    soup = page(client, {"da": DA, "en": EN}[language] + "?period=2022")
    for budget in spending["budgets"]:
        caption = budget.name if language == "da" else (budget.name_en or budget.name)
        rows, overspent = read_table(table_captioned(soup, caption), language)
        expected = expected_years(budget, spending["counted"])
        assert rows == expected, caption
        assert overspent == [row["year"] for row in expected if row["remaining"] < 0]

    network = {"da": "Netværk for lærere", "en": "Network for teachers"}[language]
    assert read_table(table_captioned(soup, network), language)[1] == [2024]  # overspent, said in words
    children = {"da": "Børne- og Skoleudvalgets", "en": "The Children and Schools"}[language]
    # No trips at all: the whole amount carries over, year after year.
    assert [row["remaining"] for row in read_table(table_captioned(soup, children), language)[0]] == [
        Decimal(65000) * n for n in (1, 2, 3, 4)
    ]


@pytest.mark.parametrize("language", ["da", "en"])
def test_overview__a_committee__sums_the_budgets_it_manages(client, world, spending, language):
    soup = page(client, {"da": DA, "en": EN}[language] + "?period=2022")
    name = {"da": "Økonomiudvalget: alle budgetter tilsammen", "en": "Finance Committee: all budgets together"}
    rows, _ = read_table(table_captioned(soup, name[language]), language)
    parts = [expected_years(budget, spending["counted"]) for budget in spending["budgets"][:2]]
    for row, first, second in zip(rows, *parts, strict=True):
        assert row == {key: first[key] + second[key] if key != "year" else first[key] for key in first}
    headings = [h3.get_text(strip=True) for h3 in soup.select("section.spending-group h3")]
    central = {"da": "Det centrale internationale budget", "en": "The central international budget"}[language]
    committees = {
        "da": ["Børne- og Skoleudvalget", "Økonomiudvalget"],
        "en": ["Children and Schools Committee", "Finance Committee"],
    }
    assert headings == [*committees[language], central]


def test_overview__never_counts_drafts_waiting_rejected_or_translations(client, world, spending):
    """The page's total of 2025 is the one counted trip; the English copies and the three 2025 reports
    that are not approved would each change it."""
    soup = page(client, DA + "?period=2022")
    rows, _ = read_table(table_captioned(soup, "Økonomiudvalgets rejsebudget"), "da")
    assert rows[3]["spent"] == TRIP_COST
    per_year = table_captioned(soup, "Udgift pr. deltager")
    cells = [td.get_text(strip=True) for td in per_year.tbody.find_all("tr")[3].find_all("td")]
    assert cells[:2] == ["1", "2"]  # 2025: one trip, its two participants
    assert TripReportPage.objects.filter(start_date__year=2025).count() == 5  # Danish, English, three not approved


@pytest.mark.parametrize("language", ["da", "en"])
def test_overview__cost_per_participant_and_categories__include_trips_without_a_budget(
    client, world, spending, language
):
    soup = page(client, {"da": DA, "en": EN}[language] + "?period=2022")
    caption = {"da": "Udgift pr. deltager", "en": "Cost per participant"}[language]
    rows = per_year_rows(table_captioned(soup, caption), language)
    every = [r for reports in spending["counted"].values() for r in reports] + spending["unbudgeted"]
    for year, trips_, participants, cost, per_participant in rows:
        of_year = [r for r in every if r.start_date.year == year]
        lines = ExpenseLine.objects.filter(page__in=of_year)
        people = Participant.objects.filter(page__in=of_year).count()
        total = sum((line.amount for line in lines), Decimal(0))
        assert (trips_, participants, cost) == (len(of_year), people, total)
        assert per_participant == ((total / people).quantize(Decimal("0.01")) if people else None)
    caption = {"da": "Forbrug fordelt på udgiftstyper", "en": "Spending by expense category"}[language]
    categories = table_captioned(soup, caption)
    total = money(categories.tfoot.select_one(".money").get_text(), language)
    assert total == TRIP_COST * len(every)


def per_year_rows(table, language):
    rows = []
    for tr in table.tbody.find_all("tr"):
        cells = tr.find_all(["th", "td"])
        per = cells[4].select_one(".money")
        rows.append(
            (int(cells[0].get_text()), int(cells[1].get_text()), int(cells[2].get_text()),
             money(cells[3].get_text(), language), money(per.get_text(), language) if per else None)
        )  # fmt: skip
    return rows


@pytest.mark.parametrize("language", ["da", "en"])
def test_chart__bars_and_labels__show_the_figures_of_the_table_next_to_it(client, world, spending, language):
    soup = page(client, {"da": DA, "en": EN}[language] + "?period=2022")
    figure = soup.select_one("figure.spending-chart")
    svg = figure.select_one("svg")
    assert svg["role"] == "img"
    assert {svg.title["id"], svg.desc["id"]} == set(svg["aria-labelledby"].split())
    rows, overspent = read_table(figure.table, language)

    # The scale: the axis' amounts are written at their heights.
    ticks = sorted((float(t["y"]), money(t.get_text(), language)) for t in svg.select(".spending-chart__tick"))
    (top_y, top_value), (baseline, zero) = ticks[0], ticks[-1]
    assert zero == 0
    per_pixel = top_value / Decimal(str(baseline - top_y))
    bars = {int(g["data-year"]): g for g in svg.select("g.spending-chart__year-bars")}
    assert sorted(bars) == [row["year"] for row in rows] == PERIOD
    for row in rows:
        for kind in ("available", "spent"):
            rect = bars[row["year"]].select_one(f"rect.spending-chart__{kind}")
            assert abs(float(rect["y"]) + float(rect["height"]) - baseline) < 0.2  # bars stand on the axis
            drawn = Decimal(rect["height"]) * per_pixel
            assert abs(drawn - max(row[kind], 0)) <= per_pixel / 10, (row, kind, drawn)
    assert [y for y, g in bars.items() if g.select_one(".spending-chart__overspent")] == overspent

    # And the chart's table is every budget together.
    parts = [expected_years(budget, spending["counted"]) for budget in spending["budgets"]]
    for row, *of_budgets in zip(rows, *parts, strict=True):
        for key in ("available", "spent", "remaining"):
            assert row[key] == sum(part[key] for part in of_budgets)


def test_chart__draws_with_classes_and_attributes_only__no_script_no_style(client, world, spending):
    response = client.get(DA + "?period=2022")
    soup = BeautifulSoup(response.content, "html.parser")
    main = soup.select_one("main")
    assert not main.select("[style]") and not main.select("script") and not main.select("style")
    assert "script-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.parametrize(
    "query",
    [
        "abc",
        "99999",
        "-1",
        "2022.0",
        "２０２２",
        "2022 ",
        "1e3",
        "x" * 3000,
        "99999999999999999999999",
        "' OR 1=1",
        "%00",
    ],
)
def test_overview__malformed_period__is_ignored_with_a_note(client, world, spending, query):
    soup = page(client, f"{DA}?period={query}")
    note = soup.select_one("main .alert")
    assert note and "blev ikke forstået" in note.get_text()
    assert soup.select_one("nav.spending-periods a[aria-current]")


def test_overview__repeated_or_empty_period__the_last_value_counts(client, world, spending):
    soup = page(client, DA + "?period=abc&period=2022")
    assert not soup.select_one("main .alert")
    assert soup.select_one("nav.spending-periods a[aria-current]")["href"] == "?period=2022"
    soup = page(client, DA + "?period=")
    assert not soup.select_one("main .alert")


@pytest.mark.parametrize(
    ("today", "shown"),
    [(datetime.date(2025, 6, 1), "2022"), (datetime.date(2026, 1, 1), "2026"), (datetime.date(2040, 1, 1), "2026")],
)
def test_overview__by_default__shows_the_period_of_today(client, world, monkeypatch, today, shown):
    monkeypatch.setattr("reports.overview.timezone.localdate", lambda: today)
    soup = page(client, DA)
    assert soup.select_one("nav.spending-periods a[aria-current]")["href"] == f"?period={shown}"
    assert not soup.select_one("main .alert")


def test_overview__another_period__counts_only_its_trips(client, world, spending, monkeypatch):
    monkeypatch.setattr("reports.overview.timezone.localdate", lambda: datetime.date(2030, 1, 1))  # all years begun
    soup = page(client, DA + "?period=2026")
    rows, _ = read_table(table_captioned(soup, "Økonomiudvalgets studiepulje"), "da")
    assert [row["year"] for row in rows] == [2026, 2027, 2028, 2029]
    assert [row["spent"] for row in rows] == [TRIP_COST, 0, 0, 0]
    carrying, _ = read_table(table_captioned(soup, "Økonomiudvalgets rejsebudget"), "da")
    assert carrying[0]["carried"] == 0  # 2025 left 256,248.50 kr; nothing crosses into the new period


def test_overview__titles_links_and_alternates__in_both_languages(client, world, spending):
    danish, english = page(client, DA), page(client, EN)
    assert danish.title.get_text().startswith("Forbrug og budgetter ·")
    assert danish.h1.get_text() == "Forbrug og budgetter"
    assert english.title.get_text().startswith("Spending and budgets ·")
    assert english.h1.get_text() == "Spending and budgets"
    for soup, own, other, other_code in [(danish, DA, EN, "en"), (english, EN, DA, "da")]:
        assert soup.select_one(f'link[rel=alternate][hreflang="{other_code}"]')["href"].endswith(other)
        assert soup.select_one("link[rel=canonical]")["href"].endswith(own)
        assert soup.select_one(f'.site-languages a[hreflang="{other_code}"]')["href"] == other
        assert soup.select_one('.breadcrumbs [aria-current="page"]').get_text(strip=True) == soup.h1.get_text()
    # From the list to the overview and back.
    assert page(client, "/da/rejserapporter/").select_one(f'main a[href="{DA}"]')
    assert page(client, "/en/trip-reports/").select_one(f'main a[href="{EN}"]')
    assert danish.select_one('main a[href="/da/rejserapporter/"]')
    assert english.select_one('main a[href="/en/trip-reports/"]')


@pytest.mark.parametrize("path", ["/da/rejserapporter/spending/", "/en/trip-reports/forbrug/"])
def test_overview__the_other_languages_address__is_not_found(client, world, path):
    assert client.get(path).status_code == HTTPStatus.NOT_FOUND


def test_overview__median_days_to_publication(client, world, spending):
    assert "Ingen offentliggjorte rapporter" in page(client, DA + "?period=2026").select_one(".spending-median").text
    reports = [report for key, reports in spending["counted"].items() if key[1] == 2023 for report in reports]
    reports.append(spending["counted"][world.budget, 2025][0])
    with publication_guard_suspended():
        for report, days in zip(reports, [12, 30, 70], strict=True):
            published = datetime.datetime.combine(report.end_date, datetime.time(12), tzinfo=datetime.UTC)
            TripReportPage.objects.filter(pk=report.pk).update(first_published_at=published + datetime.timedelta(days))
    text = page(client, DA + "?period=2022").select_one(".spending-median").get_text(" ", strip=True)
    assert re.search(r"\b30 dage\b", text), text


# Pinned query counts for an anonymous visitor; the same with 5 and with 500 reports. A change needs a reason.
# Routing and the view restrictions (none: the site, the home page, the index and that the site has no view
# restriction come from the process memo), the page
# frame (one query), the periods, one grouped query of spending, the budgets, the categories, the publication
# dates. English runs one more: its reports are the Danish index's (looked up).
OVERVIEW_QUERIES = {"da": 7, "en": 8}


def count_queries(client, url, django_assert_num_queries, expected):
    warm(client, url)
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == HTTPStatus.OK


@pytest.mark.no_page_cache  # the count is of the render, not of a page cache hit
def test_overview__query_count__is_the_same_for_5_and_500_reports(client, world, django_assert_num_queries):
    many_published_reports(world, 5, english=True)
    for language, url in (("da", DA), ("en", EN)):
        count_queries(client, url + "?period=2022", django_assert_num_queries, OVERVIEW_QUERIES[language])
    many_published_reports(world, 495, english=True, start=5)
    assert TripReportPage.objects.live().count() == 1000
    for language, url in (("da", DA), ("en", EN)):
        count_queries(client, url + "?period=2022", django_assert_num_queries, OVERVIEW_QUERIES[language])


def test_overview__years_to_come__are_not_shown_as_balances(client, world, spending, monkeypatch):
    """On 1 December 2026 the period 2026–2029 has one year begun: 2027–2029 have no figures yet."""
    monkeypatch.setattr("reports.overview.timezone.localdate", lambda: datetime.date(2026, 12, 1))
    soup = page(client, DA + "?period=2026")

    tables = soup.select("main table.spending-table")
    assert tables
    for table in tables:
        years = [row["year"] for row in read_table(table, "da")[0]]
        assert years == [2026], table.caption.get_text()
    note = soup.select_one(".spending-years-note").get_text(" ", strip=True)
    assert "2026 er ikke slut endnu" in note
    assert "Årene 2027–2029 er ikke begyndt" in note
    assert [int(bars["data-year"]) for bars in soup.select("svg .spending-chart__year-bars")] == [2026]


def test_overview__a_period_that_has_not_begun__says_so(client, world, spending, monkeypatch):
    monkeypatch.setattr("reports.overview.timezone.localdate", lambda: datetime.date(2025, 6, 1))
    soup = page(client, DA + "?period=2026")

    assert not soup.select("main table.spending-table")
    assert "Valgperioden er ikke begyndt endnu." in soup.get_text()


def test_overview__a_past_period__has_no_note_about_years_to_come(client, world, spending, monkeypatch):
    monkeypatch.setattr("reports.overview.timezone.localdate", lambda: datetime.date(2026, 12, 1))
    soup = page(client, DA + "?period=2022")

    assert not soup.select(".spending-years-note")
    assert [row["year"] for row in read_table(soup.select("main table.spending-table")[0], "da")[0]] == [
        2022,
        2023,
        2024,
        2025,
    ]
