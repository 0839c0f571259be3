"""A demo trip report as data: the Danish texts paired with their English translation."""

import datetime
from dataclasses import dataclass, field


@dataclass
class DemoReport:
    """One demo report: Danish texts paired with their English translation."""

    title: tuple
    slug: tuple
    committee: str
    budget: str
    dates: tuple
    city_slug: str
    place: tuple  # ((Danish place, English place), (Danish country, English country)) when no partner city
    purpose: tuple
    outcome: tuple
    participants: list  # (name, (Danish role, English role))
    programme: list  # (date, (Danish heading, English heading), (Danish text, English text))
    expenses: list  # (category, (Danish description, English description), amount)
    state: str = "approved"  # approved | waiting | rejected
    meeting_date: datetime.date | None = None
    rejection: str = ""
    translate: bool = True
    approver: str = ""
    focus_areas: tuple = ()  # the strategy's focus areas by order (home.seed.focus_areas)
    strings: dict = field(default_factory=dict)
