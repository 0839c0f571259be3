"""A small report world: both report indexes, two committees, their members, an editor and a moderator."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, Site

from home.seed.translation import translate
from reports.models import Budget, Committee, ExpenseLine, TripReportIndexPage, TripReportPage
from tests.publishing import as_administrator

PASSWORD = "report-test-password"


@dataclass
class World:
    index_da: TripReportIndexPage
    index_en: TripReportIndexPage
    finance: Committee
    children: Committee
    budget: Budget
    users: dict


def make_user(username, *groups):
    user = get_user_model().objects.create_user(username, f"{username}@example.invalid", PASSWORD)
    user.groups.set([Group.objects.get(name=name) for name in groups])
    return user


def build_world():
    """Both report indexes under the home pages, two committees, a budget and the people (see `world`)."""
    home_da = Site.objects.get(is_default_site=True).root_page.specific
    with as_administrator():
        index_da = home_da.add_child(instance=TripReportIndexPage(title="Rejserapporter", slug="rejserapporter"))
        index_en = translate(index_da, "en", {"Rejserapporter": "Trip reports", "rejserapporter": "trip-reports"})
    finance = Committee.objects.create(name_da="Økonomiudvalget", name_en="Finance Committee")
    children = Committee.objects.create(name_da="Børne- og Skoleudvalget", name_en="Children and Schools Committee")
    budget = Budget.objects.create(
        name="Økonomiudvalgets rejsebudget", owner=finance, yearly_amount=Decimal("65000"), carries_over=True
    )
    users = {
        "editor": make_user("editor", "Web editors"),
        "other-editor": make_user("other-editor", "Web editors"),
        "finance-member": make_user("finance-member", "Økonomiudvalget"),
        "second-finance-member": make_user("second-finance-member", "Økonomiudvalget"),
        "finance-editor": make_user("finance-editor", "Web editors", "Økonomiudvalget"),
        "children-member": make_user("children-member", "Børne- og Skoleudvalget"),
        "moderator": make_user("moderator", "Moderators"),
        "second-moderator": make_user("second-moderator", "Moderators"),
    }
    return World(index_da, index_en, finance, children, budget, users)


def create_draft_report(world, title="Studietur til Prag", author="editor", **fields):
    """A Danish draft report written by `author` (setup only: the workflow steps go through the admin)."""
    defaults = {
        "committee": world.finance,
        "start_date": datetime.date(2025, 2, 3),
        "end_date": datetime.date(2025, 2, 6),
        "destination_name": "Prag 10",
        "destination_country": "Tjekkiet",
        "purpose": "<p>At lære af skolesamarbejdet i Prag 10.</p>",
        "outcome": "<p>Aftale om elevudveksling i 2026.</p>",
        "budget": world.budget,
        "live": False,
    }
    defaults.update(fields)
    page = TripReportPage(title=title, **defaults)
    page.expense_lines.add(*_expense_lines())
    world.index_da.add_child(instance=page)
    page.save_revision(user=world.users[author])
    return TripReportPage.objects.get(pk=page.pk)


def _expense_lines():
    return [
        ExpenseLine(category="transport", description="Fly København–Prag", amount=Decimal("4200.50")),
        ExpenseLine(category="accommodation", description="Hotel, tre nætter", amount=Decimal("5400.00")),
    ]


def english_locale():
    return Locale.objects.get(language_code="en")


def live_pages():
    return Page.objects.live()
