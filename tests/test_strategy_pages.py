"""The strategy page: structured content, budgets that must add up, succession, and the pages around it."""

import datetime
import re
from decimal import Decimal
from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.blocks import BudgetBlock
from home.models import HomePage, StandardPage, StrategyPage
from tests.publishing import publish
from tests.text import text_of

pytestmark = pytest.mark.django_db


def _budget(total, *amounts):
    return BudgetBlock().to_python(
        {
            "heading": "Budget",
            "total": str(total),
            "period": "",
            "lines": [{"label": f"Line {i}", "amount": str(amount)} for i, amount in enumerate(amounts)],
            "note": "",
        }
    )


def test_budget_block_accepts_lines_that_add_up_to_the_total():
    value = BudgetBlock().clean(_budget(522000, 150000, 159000, 190000, 23000))
    assert value["total"] == Decimal("522000")


def test_budget_block_without_lines_needs_no_sum():
    assert BudgetBlock().clean(_budget(100000))["total"] == Decimal("100000")


@pytest.mark.parametrize(
    ("language", "amounts", "expected"),
    [
        ("da", (150000, 159000, 190000), "23.000\N{NO-BREAK SPACE}kr. mindre"),
        ("en", (150000, 159000, 190000), "DKK\N{NO-BREAK SPACE}23,000 less"),
        ("en", (150000, 159000, 190000, 23000, 1000), "DKK\N{NO-BREAK SPACE}1,000 more"),
    ],
)
def test_budget_block_refuses_lines_that_do_not_add_up_and_names_the_difference(language, amounts, expected):
    from django.utils import translation

    with translation.override(language), pytest.raises(StructBlockValidationError) as error:
        BudgetBlock().clean(_budget(522000, *amounts))
    with translation.override("da" if language == "en" else "en"):  # the message is fixed when raised
        messages = [str(message) for e in error.value.non_block_errors.as_data() for message in e.messages]
    assert any(expected in message for message in messages), messages


def _strategy(home=None):
    home = home or HomePage.objects.get(locale__language_code="da")
    page = StrategyPage(
        title="Teststrategi",
        slug="teststrategi",
        introduction="<p>Indledning</p>",
        approved_on=datetime.date(2014, 8, 25),
        body=[("section", {"heading": "Mål", "body": "<p>Tekst</p>"})],
        live=False,
    )
    home.add_child(instance=page)
    return publish(page)


def _edit_data(page, amounts, total=522000):
    """The strategy edit form's POST data with one budget block."""
    lines = {
        str(i): {"value": {"label": f"Line {i}", "amount": str(amount)}, "deleted": "", "order": str(i), "id": ""}
        for i, amount in enumerate(amounts)
    }
    lines["count"] = str(len(amounts))
    budget = {"heading": "Budget", "total": str(total), "period": "", "lines": lines, "note": ""}
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": rich_text("<p>Indledning</p>"),
            "approved_on": "2014-08-25",
            "superseded_by": "",
            "body": streamfield([("budget", budget)]),
            "comments": {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"},
        }
    )


def test_admin_refuses_a_budget_that_does_not_add_up_and_shows_the_difference(seeded, admin_client):
    page = _strategy()
    revisions = page.revisions.count()
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", _edit_data(page, [150000, 159000, 190000]))
    assert response.status_code == HTTPStatus.OK  # the form again, not a redirect
    html = response.content.decode()
    assert "23.000" in html  # the difference, written the Danish way in the Danish admin
    assert "mindre end totalen" in html
    assert page.revisions.count() == revisions


def test_admin_saves_a_budget_that_adds_up(seeded, admin_client):
    page = _strategy()
    revisions = page.revisions.count()
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", _edit_data(page, [150000, 159000, 190000, 23000]))
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors if response.context else ""
    assert page.revisions.count() == revisions + 1
    page.refresh_from_db()
    budget = page.get_latest_revision_as_object().body[0].value
    assert budget["total"] == sum(line["amount"] for line in budget["lines"])


def test_seeded_strategy_has_the_councils_date_and_the_budgets(seeded):
    strategy = StrategyPage.objects.get(locale__language_code="da")
    assert strategy.approved_on == datetime.date(2014, 8, 25)
    budgets = [block.value for block in strategy.body if block.block_type == "budget"]
    assert [budget["total"] for budget in budgets] == [Decimal(n) for n in ("522000", "100000", "65000", "69000")]
    assert [line["amount"] for line in budgets[0]["lines"]] == [
        Decimal(n) for n in ("150000", "159000", "190000", "23000")
    ]
    for budget in budgets:
        BudgetBlock().clean(budget)  # the seeded budgets pass the editor's validation


def test_strategy_page_shows_approval_date_budget_and_focus_areas_in_each_language(seeded, client):
    danish = client.get("/da/international-strategi/").content.decode()
    english = client.get("/en/international-strategy/").content.decode()
    assert "Godkendt af Kommunalbestyrelsen den 25. august 2014." in text_of(danish)
    assert "Approved by the City Council on 25 August 2014." in text_of(english)
    assert "522.000\N{NO-BREAK SPACE}kr." in danish
    assert "DKK\N{NO-BREAK SPACE}522,000" in english
    assert re.search(r'<table class="[^"]*\bbudget-table"', english)
    for name in ("Children and young people", "Business", "People-to-people relations", "Cross-cutting efforts"):
        assert f"<h3>{name}</h3>" in english
    assert "<h3>Børne- og ungeområdet</h3>" in danish
    assert 'href="/en/partner-cities/wuxi/">Wuxi</a>, China' in english


def test_superseded_strategy_points_to_its_successor_in_the_same_language(seeded, client):
    old = StrategyPage.objects.get(locale__language_code="da")
    newer = _strategy()
    old.superseded_by = newer
    publish(old)
    html = client.get("/da/international-strategi/").content.decode()
    assert "Denne strategi er afløst" in html
    assert 'href="/da/teststrategi/"' in html
    # The home page now leads to the newer strategy.
    assert 'href="/da/teststrategi/"' in client.get("/da/").content.decode()


def test_strategy_is_not_superseded_by_a_draft(seeded, client):
    old = StrategyPage.objects.get(locale__language_code="da")
    newer = _strategy()
    newer.unpublish()
    old.superseded_by = newer
    publish(old)
    assert "Denne strategi er afløst" not in client.get("/da/international-strategi/").content.decode()


def test_home_page_shows_introduction_focus_areas_and_partner_cities(seeded, client):
    html = client.get("/en/").content.decode()
    assert "Ballerup Municipality works with cities and partners abroad" in html
    assert 'href="/en/international-strategy/"' in html
    for name in ("Children and young people", "Cross-cutting efforts"):
        assert name in html
    for url in ("prague-10", "east-kilbride", "wuxi", "brandenburg-an-der-havel"):
        assert f'href="/en/partner-cities/{url}/"' in html
    assert "Latest trip reports" in html


def test_home_page_lists_only_published_reports_of_its_own_language(seeded, rf):
    home = HomePage.objects.get(locale__language_code="en")
    reports = list(home.get_context(rf.get("/en/"))["latest_reports"])
    assert reports
    assert all(report.live and report.locale_id == home.locale_id for report in reports)


def test_home_page_without_published_reports_shows_no_empty_heading(seeded, client):
    from reports.models import TripReportPage

    for report in TripReportPage.objects.live():
        report.unpublish()
    assert "Latest trip reports" not in client.get("/en/").content.decode()


def test_visitor_reaches_strategy_and_every_city_from_the_home_page(seeded, client):
    """Home → strategy, home → partner cities → each city, in Danish; then the switcher leads to English."""
    home = client.get("/da/").content.decode()
    assert 'href="/da/international-strategi/"' in home
    assert 'href="/da/samarbejdsbyer/"' in home
    index = client.get("/da/samarbejdsbyer/").content.decode()
    for slug, english in (
        ("prag-10", "prague-10"),
        ("east-kilbride", "east-kilbride"),
        ("wuxi", "wuxi"),
        ("brandenburg-an-der-havel", "brandenburg-an-der-havel"),
    ):
        assert f'href="/da/samarbejdsbyer/{slug}/"' in index
        city = client.get(f"/da/samarbejdsbyer/{slug}/").content.decode()
        assert f'<a href="/en/partner-cities/{english}/" lang="en"' in city
        assert client.get(f"/en/partner-cities/{english}/").status_code == HTTPStatus.OK


@pytest.mark.parametrize(
    ("path", "items"),
    [
        ("/da/", ["Den internationale strategi", "Samarbejdsbyer", "Internationale borgere"]),
        ("/en/", ["The international strategy", "Partner cities", "International citizens"]),
    ],
)
def test_main_menu_lists_the_pages_shown_in_menus_in_the_visitors_language(seeded, client, path, items):
    html = client.get(path).content.decode()
    menu = html[html.index('<ul class="mainmenu">') : html.index("</ul>", html.index('<ul class="mainmenu">'))]
    assert [item for item in items if f"<span>{item}</span>" in menu] == items


def test_main_menu_leaves_out_pages_not_shown_in_menus(seeded, client):
    page = StandardPage.objects.get(locale__language_code="da")
    page.show_in_menus = False
    publish(page)
    html = client.get("/da/").content.decode()
    assert "<span>Internationale borgere</span>" not in html
    assert "<span>Samarbejdsbyer</span>" in html


def test_main_menu_marks_the_current_section(seeded, client):
    html = client.get("/en/partner-cities/wuxi/").content.decode()
    assert '<li class="active">\n                            <a href="/en/partner-cities/"' in html


@pytest.mark.parametrize(
    ("path", "crumbs"),
    [
        (
            "/da/samarbejdsbyer/prag-10/",
            [("/da/", "Ballerup Kommune internationalt"), ("/da/samarbejdsbyer/", "Samarbejdsbyer")],
        ),
        (
            "/en/partner-cities/prague-10/",
            [("/en/", "Ballerup Municipality International"), ("/en/partner-cities/", "Partner cities")],
        ),
        ("/en/international-strategy/", [("/en/", "Ballerup Municipality International")]),
    ],
)
def test_breadcrumbs_on_inner_pages_lead_home_in_the_pages_language(seeded, client, path, crumbs):
    html = client.get(path).content.decode()
    trail = html[html.index('<nav class="breadcrumbs"') : html.index("</nav>", html.index('<nav class="breadcrumbs"'))]
    for url, title in crumbs:
        assert f'<a class="breadcrumbs__link" href="{url}">{title}</a>' in trail
    assert trail.count("breadcrumbs__link") == len(crumbs)
    assert 'aria-current="page"' in trail


def test_home_page_has_no_breadcrumbs(seeded, client):
    assert '<nav class="breadcrumbs"' not in client.get("/en/").content.decode()


def test_english_strategy_is_a_translation_of_the_danish_one(seeded):
    danish = StrategyPage.objects.get(locale__language_code="da")
    english = danish.get_translation(Locale.objects.get(language_code="en"))
    assert english.title == "The international strategy"
    assert english.approved_on == danish.approved_on
    assert english.body[0].value["heading"] == "Goals"


def test_approved_on_is_required(seeded):
    page = StrategyPage.objects.get(locale__language_code="da")
    page.approved_on = None
    with pytest.raises(ValidationError):
        page.full_clean()
