"""A demo trip report as data: the Danish texts paired with their English translation."""

import datetime
from dataclasses import dataclass, field

from slugs.text import slugify


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
    focus_areas: tuple = ()  # the strategy's focus areas by order (partners.seed.focus_areas)
    strings: dict = field(default_factory=dict)
    # The committee's minutes of the approving meeting: a fictional address unless one is given.
    minutes_url: str = ""
    # The report goes public once the approved minutes are out: by default the day after the meeting.
    published_days_after_meeting: int = 1

    def __post_init__(self):
        if self.state == "approved" and not self.minutes_url:
            committee = slugify(self.committee)
            self.minutes_url = f"https://minutes.example.org/ballerup/{committee}/{self.meeting_date:%Y-%m-%d}"

    @property
    def published_on(self):
        """The day the demo says the approved report was published (None unless approved)."""
        if self.state != "approved":
            return None
        return self.meeting_date + datetime.timedelta(days=self.published_days_after_meeting)
