"""The open-data schema, version 1: one definition of each column, from which the Frictionless Table Schemas,
the data package descriptor and the landing page's column tables are all built.

Another municipality running the app publishes the same columns. Changing a column's name, type or
meaning is a new version (a new module beside this one), never an edit of this one.
"""

from dataclasses import dataclass, field

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

VERSION = "1.0.0"

UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
COMMITTEE_KINDS = ["committee", "council", "administration"]
EXPENSE_CATEGORIES = ["transport", "accommodation", "meals", "fees", "other"]

# How the landing page names each Table Schema type.
TYPE_LABELS = {
    "string": _("text"),
    "date": _("date (YYYY-MM-DD)"),
    "integer": _("whole number"),
    "number": _("decimal number"),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: Promise
    required: bool = False
    format: str | None = None
    constraints: dict = field(default_factory=dict)

    @property
    def type_label(self):
        return TYPE_LABELS[self.type]

    def table_schema_field(self):
        """This column as a Table Schema field (descriptions in English: the served schema has no language)."""
        descriptor = {"name": self.name, "type": self.type, "description": str(self.description)}
        if self.format:
            descriptor["format"] = self.format
        constraints = {"required": True, **self.constraints} if self.required else dict(self.constraints)
        if constraints:
            descriptor["constraints"] = constraints
        if self.type == "number":
            descriptor.update(decimalChar=".", groupChar="", bareNumber=True)
        return descriptor


TRIP_COLUMNS = [
    Column(
        "id",
        "string",
        _("The trip's stable identifier (a UUID): the same in every language and in every later version of the file."),
        required=True,
        constraints={"unique": True, "pattern": UUID_PATTERN},
    ),
    Column("title_da", "string", _("The report's title in Danish."), required=True),
    Column("title_en", "string", _("The report's title in English; empty while no English translation is published.")),
    Column("committee", "string", _("The committee that travelled, by its Danish name."), required=True),
    Column("committee_en", "string", _("The committee that travelled, by its English name.")),
    Column(
        "committee_kind",
        "string",
        _("committee, council (the City Council) or administration (the management group)."),
        required=True,
        constraints={"enum": COMMITTEE_KINDS},
    ),
    Column("start_date", "date", _("The first day of the trip (ISO 8601)."), required=True),
    Column("end_date", "date", _("The last day of the trip (ISO 8601)."), required=True),
    Column(
        "destination",
        "string",
        _("Where the trip went: the partner city's Danish name, or the place as the report names it."),
        required=True,
    ),
    Column(
        "country",
        "string",
        _(
            "The destination's country as an ISO 3166-1 alpha-2 code. For a partner city it is the city's "
            "country; otherwise the country the report names, matched against the Danish and English country "
            "names of CLDR. Empty when that name matches no country: the code is never guessed."
        ),
        constraints={"pattern": "^[A-Z]{2}$"},
    ),
    Column(
        "partner_city", "string", _("The partner city's Danish name; empty when the trip was not to a partner city.")
    ),
    Column("participants", "integer", _("How many people travelled."), required=True, constraints={"minimum": 0}),
    Column("purpose_da", "string", _("The trip's purpose in Danish, as plain text."), required=True),
    Column(
        "purpose_en",
        "string",
        _("The trip's purpose in English, as plain text; empty while no English translation is published."),
    ),
    Column(
        "total",
        "number",
        _("The sum of the trip's expense lines in Danish kroner (DKK), with a decimal point."),
        required=True,
        constraints={"minimum": 0},
    ),
    Column("budget", "string", _("The budget that paid, by its Danish name; empty when none is given.")),
    Column("budget_en", "string", _("The budget that paid, by its English name.")),
    Column("approval_date", "date", _("The date of the committee meeting that approved the report."), required=True),
    Column(
        "minutes_url",
        "string",
        _("The committee's agenda item or minutes of the approval; empty when the report does not link them."),
        format="uri",
    ),
    Column("url_da", "string", _("The Danish report on the website."), required=True, format="uri"),
    Column(
        "url_en",
        "string",
        _("The English report on the website; empty while no English translation is published."),
        format="uri",
    ),
    Column(
        "published_on",
        "date",
        _("The day the approved Danish report was first published (Danish time)."),
        required=True,
    ),
]

EXPENSE_COLUMNS = [
    Column(
        "trip_id",
        "string",
        _("The trip the expense belongs to: the id column of trips.csv."),
        required=True,
        constraints={"pattern": UUID_PATTERN},
    ),
    Column(
        "line",
        "integer",
        _("The line's position in the trip's accounts, from 1."),
        required=True,
        constraints={"minimum": 1},
    ),
    Column(
        "category",
        "string",
        _("transport, accommodation, meals, fees or other."),
        required=True,
        constraints={"enum": EXPENSE_CATEGORIES},
    ),
    Column("description", "string", _("What the money was spent on, in Danish."), required=True),
    Column(
        "amount",
        "number",
        _("The amount in Danish kroner (DKK), with a decimal point."),
        required=True,
        constraints={"minimum": 0},
    ),
]


def trips_schema():
    return {"fields": [column.table_schema_field() for column in TRIP_COLUMNS], "primaryKey": ["id"]}


def expenses_schema():
    return {
        "fields": [column.table_schema_field() for column in EXPENSE_COLUMNS],
        "primaryKey": ["trip_id", "line"],
        "foreignKeys": [{"fields": ["trip_id"], "reference": {"resource": "trips", "fields": ["id"]}}],
    }
