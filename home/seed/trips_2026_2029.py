"""Demo trips of the election period 2026–2029 (fictional people, programmes and amounts)."""

import datetime

from home.seed.demo_report import DemoReport

TRIPS = [
    DemoReport(
        title=("Nordisk kommunekonference i Malmø", "Nordic municipal conference in Malmö"),
        slug=("nordisk-kommunekonference-malmoe-2026", "nordic-municipal-conference-malmo-2026"),
        committee="Økonomiudvalget",
        budget="Økonomiudvalgets kursus- og rejsebudget",
        dates=(datetime.date(2026, 10, 5), datetime.date(2026, 10, 6)),
        city_slug="",
        place=(("Malmø", "Malmö"), ("Sverige", "Sweden")),
        purpose=(
            "At høre, hvordan nordiske kommuner budgetterer med grøn omstilling.",
            "To hear how Nordic municipalities budget for the green transition.",
        ),
        outcome=("Rapporten afventer udvalgets møde.", "The report awaits the committee's meeting."),
        participants=[("Lene Holm", ("formand for Økonomiudvalget", "chair of the Finance Committee"))],
        programme=[],
        expenses=[
            ("transport", ("Tog over Øresund", "Train across the Øresund"), "320.00"),
            ("fees", ("Konferencegebyr", "Conference fee"), "2400.00"),
        ],
        state="waiting",
        translate=False,
        focus_areas=(4,),
    ),
    DemoReport(
        title=("Skolepartnere i Tampere", "School partners in Tampere"),
        slug=("skolepartnere-tampere-2026", "school-partners-tampere-2026"),
        committee="Børne- og Skoleudvalget",
        budget="Netværk for lærere og skoleaktører",
        dates=(datetime.date(2026, 9, 14), datetime.date(2026, 9, 16)),
        city_slug="",
        place=(("Tampere", "Tampere"), ("Finland", "Finland")),
        purpose=(
            "At finde en ny nordisk partner til vores skoler.",
            "To find a new Nordic partner for our schools.",
        ),
        outcome=("To skoler er interesserede.", "Two schools are interested."),
        participants=[
            ("Mette Dahl", ("formand for Børne- og Skoleudvalget", "chair of the Children and Schools Committee"))
        ],
        programme=[],
        expenses=[("transport", ("Fly København–Tampere", "Flight Copenhagen–Tampere"), "3100.00")],
        state="rejected",
        rejection=(
            "Regnskabet mangler udgiften til hotel og lokal transport, og programmet skal beskrive de tre dage. "
            "Ret venligst rapporten og send den igen."
        ),
        approver="children-member",
        translate=False,
        focus_areas=(1,),
    ),
]
