"""Fixtures of the reports test host: a report index under the site root, a committee, its members, an editor."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Site

from reports.models import Budget, Committee, ExpenseLine, TripReportIndexPage, TripReportPage
from reports.workflow_setup import setup_report_workflow


@dataclass
class World:
    index: TripReportIndexPage
    finance: Committee
    children: Committee
    budget: Budget
    users: dict


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


def _editors_group(root):
    """What a host gives its editors: the admin, and adding and changing pages under its root."""
    group = Group.objects.create(name="Redaktører")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in ("add_page", "change_page"):
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.create(group=group, page=root, permission=permission)
    return group


@pytest.fixture
def world(db, django_user_model):
    root = Site.objects.get(is_default_site=True).root_page.specific
    index = root.add_child(instance=TripReportIndexPage(title="Rejserapporter", slug="rejserapporter"))
    index.save_revision().publish()
    setup_report_workflow()  # what the host runs once: `manage.py setup_report_workflow`
    finance = Committee.objects.create(name_da="Økonomiudvalget", name_en="Finance Committee")
    children = Committee.objects.create(name_da="Børneudvalget", name_en="Children's Committee")
    budget = Budget.objects.create(name="Rejsebudget", owner=finance, yearly_amount=Decimal("65000"))
    editors = _editors_group(root)
    users = {}
    for username, group in [
        ("editor", editors),
        ("finance-member", Group.objects.get(name=finance.name_da)),
        ("children-member", Group.objects.get(name=children.name_da)),
    ]:
        users[username] = django_user_model.objects.create_user(username, f"{username}@example.invalid", "x")
        users[username].groups.add(group)
    return World(TripReportIndexPage.objects.get(pk=index.pk), finance, children, budget, users)


@pytest.fixture
def draft_report(world):
    """A Danish draft report by the editor (setup only: the workflow's steps go through the admin)."""
    page = TripReportPage(
        title="Studietur til Prag",
        committee=world.finance,
        start_date=datetime.date(2025, 2, 3),
        end_date=datetime.date(2025, 2, 6),
        destination_name="Prag 10",
        destination_country="Tjekkiet",
        purpose="<p>At lære af skolesamarbejdet i Prag 10.</p>",
        outcome="<p>Aftale om elevudveksling i 2026.</p>",
        budget=world.budget,
        live=False,
    )
    page.expense_lines.add(
        ExpenseLine(category="transport", description="Fly København–Prag", amount=Decimal("4200.50")),
        ExpenseLine(category="accommodation", description="Hotel, tre nætter", amount=Decimal("5400.00")),
    )
    world.index.add_child(instance=page)
    page.save_revision(user=world.users["editor"])
    return TripReportPage.objects.get(pk=page.pk)
