"""Demo trips of the election period 2026–2029 (fictional people, programmes and amounts)."""

import datetime

from reports.seed.demo_report import DemoReport

TRIPS = [
    DemoReport(
        title=(
            "Klimafolk fra Ballerup i Brandenburg an der Havel",
            "Climate specialists from Ballerup in Brandenburg an der Havel",
        ),
        slug=("klimatilpasning-brandenburg-2026", "climate-adaptation-brandenburg-2026"),
        committee="Direktionen",
        budget="Studierejsepuljen for medarbejdere",
        dates=(datetime.date(2026, 3, 16), datetime.date(2026, 3, 18)),
        city_slug="brandenburg-an-der-havel",
        place=(("Brandenburg an der Havel", "Brandenburg an der Havel"), ("Tyskland", "Germany")),
        purpose=(
            "At følge op på aftalen fra 2025 om at udveksle fagfolk inden for klimatilpasning og at se byens nye "
            "bassiner til regnvand.",
            "To follow up on the 2025 agreement to exchange climate adaptation specialists and to see the town's "
            "new rainwater basins.",
        ),
        outcome=(
            "Medarbejderne bruger erfaringerne fra Brandenburg i kommunens næste plan for klimatilpasning.",
            "The staff will use what they learnt in Brandenburg in the municipality's next climate adaptation plan.",
        ),
        participants=[
            ("Bo Kristiansen", ("klimaspecialist", "climate specialist")),
            ("Louise Hald", ("ingeniør", "engineer")),
            ("Rasmus Vinding", ("projektleder", "project manager")),
        ],
        programme=[
            (
                datetime.date(2026, 3, 17),
                ("Besøg ved regnvandsbassinerne", "Visit to the rainwater basins"),
                ("Byens ingeniører viste anlæg og måledata.", "The town's engineers showed the works and their data."),
            ),
        ],
        expenses=[
            (
                "transport",
                ("Tog København–Brandenburg, tre personer", "Train Copenhagen–Brandenburg, three people"),
                "7200.00",
            ),
            ("accommodation", ("Hotel, to nætter", "Hotel, two nights"), "7560.00"),
            ("meals", ("Forplejning", "Meals"), "2400.00"),
        ],
        meeting_date=datetime.date(2026, 4, 13),
        focus_areas=(4,),
        approver="management-member",
    ),
    DemoReport(
        title=("Forberedelse af elevudvekslingen med Wuxi", "Preparing the pupil exchange with Wuxi"),
        slug=("elevudveksling-wuxi-2026", "pupil-exchange-wuxi-2026"),
        committee="Børne- og Skoleudvalget",
        budget="Tilskud til elevudveksling med Wuxi",
        dates=(datetime.date(2026, 4, 13), datetime.date(2026, 4, 18)),
        city_slug="wuxi",
        place=(("Wuxi", "Wuxi"), ("Kina", "China")),
        purpose=(
            "At besøge partnerskolerne i Wuxi og aftale program, værtsfamilier og sikkerhed for de elever, der "
            "skal på udveksling.",
            "To visit the partner schools in Wuxi and agree the programme, host families and safety for the "
            "pupils who will go on the exchange.",
        ),
        outcome=(
            "Tolv elever fra 8. klasse rejser til Wuxi i efteråret 2027, og en gruppe elever fra Wuxi kommer til "
            "Ballerup i foråret 2027.",
            "Twelve pupils from year 8 will travel to Wuxi in autumn 2027, and a group of pupils from Wuxi will "
            "come to Ballerup in spring 2027.",
        ),
        participants=[
            ("Mette Dahl", ("formand for Børne- og Skoleudvalget", "chair of the Children and Schools Committee")),
            ("Kasper Holt", ("lærer", "teacher")),
            ("Amira Saleh", ("lærer", "teacher")),
            ("Sara Nørgaard", ("international koordinator", "international coordinator")),
        ],
        programme=[
            (
                datetime.date(2026, 4, 14),
                ("Besøg på partnerskolerne", "Visit to the partner schools"),
                ("Aftaler om undervisning og værtsfamilier.", "Agreements on lessons and host families."),
            ),
        ],
        expenses=[
            (
                "transport",
                ("Fly København–Shanghai, fire personer", "Flights Copenhagen–Shanghai, four people"),
                "36800.00",
            ),
            ("accommodation", ("Hotel, fem nætter", "Hotel, five nights"), "15600.00"),
            ("meals", ("Forplejning", "Meals"), "5200.00"),
            ("other", ("Visum, fire personer", "Visas, four people"), "4160.00"),
        ],
        meeting_date=datetime.date(2026, 5, 12),
        focus_areas=(1,),
        approver="children-member",
    ),
    DemoReport(
        title=("Den nye kommunalbestyrelse i Prag 10", "The new City Council in Prague 10"),
        slug=("kommunalbestyrelsen-prag-10-2026", "city-council-prague-10-2026"),
        committee="Kommunalbestyrelsen",
        budget="Kommunalbestyrelsens kursus- og rejsebudget",
        dates=(datetime.date(2026, 5, 4), datetime.date(2026, 5, 6)),
        city_slug="prag-10",
        place=(("Prag 10", "Prague 10"), ("Tjekkiet", "Czech Republic")),
        purpose=(
            "At præsentere den nye kommunalbestyrelse for venskabsbyen og at forny samarbejdsaftalen for "
            "valgperioden 2026–2029.",
            "To introduce the new City Council to the twin town and to renew the cooperation agreement for the "
            "election period 2026–2029.",
        ),
        outcome=(
            "Den nye aftale lægger vægt på skoleudveksling og ældrepleje, og Prag 10 besøger Ballerup i 2027.",
            "The new agreement puts weight on school exchanges and care for the elderly, and Prague 10 will "
            "visit Ballerup in 2027.",
        ),
        participants=[
            ("Peter Krogh", ("borgmester", "mayor")),
            ("Hanne Lind", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Mikkel Søgaard", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Ingrid Lykke", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
        ],
        programme=[
            (
                datetime.date(2026, 5, 5),
                ("Underskrift af samarbejdsaftalen", "Signing of the cooperation agreement"),
                ("Borgmestrene underskrev aftalen på rådhuset.", "The mayors signed the agreement at the town hall."),
            ),
        ],
        expenses=[
            ("transport", ("Fly København–Prag, fire personer", "Flights Copenhagen–Prague, four people"), "12400.00"),
            ("accommodation", ("Hotel, to nætter", "Hotel, two nights"), "11520.00"),
            ("meals", ("Forplejning", "Meals"), "4880.00"),
            ("other", ("Lokal transport", "Local transport"), "2200.00"),
        ],
        meeting_date=datetime.date(2026, 6, 23),
        focus_areas=(1, 3),
        approver="council-member",
    ),
    DemoReport(
        title=(
            "Økonomiudvalget om lærepladser i East Kilbride",
            "The Finance Committee on apprenticeships in East Kilbride",
        ),
        slug=("oekonomiudvalget-east-kilbride-2026", "finance-committee-east-kilbride-2026"),
        committee="Økonomiudvalget",
        budget="Økonomiudvalgets kursus- og rejsebudget",
        dates=(datetime.date(2026, 8, 24), datetime.date(2026, 8, 26)),
        city_slug="east-kilbride",
        place=(("East Kilbride", "East Kilbride"), ("Skotland", "Scotland")),
        purpose=(
            "At høre, hvordan South Lanarkshire samarbejder med virksomheder om lærepladser til unge.",
            "To hear how South Lanarkshire works with companies on apprenticeships for young people.",
        ),
        outcome=(
            "Økonomiudvalget har bedt om et forslag til et partnerskab med lokale virksomheder om lærepladser.",
            "The Finance Committee has asked for a proposal for a partnership with local companies on "
            "apprenticeships.",
        ),
        participants=[
            ("Lene Holm", ("formand for Økonomiudvalget", "chair of the Finance Committee")),
            ("Mikkel Søgaard", ("medlem af Økonomiudvalget", "member of the Finance Committee")),
            ("Eva Kjær", ("erhvervskonsulent", "business adviser")),
        ],
        programme=[
            (
                datetime.date(2026, 8, 25),
                ("Besøg hos en virksomhed med lærlinge", "Visit to a company with apprentices"),
                (
                    "Lærlinge og mestre fortalte om deres forløb.",
                    "Apprentices and their masters told of their training.",
                ),
            ),
        ],
        expenses=[
            (
                "transport",
                ("Fly København–Glasgow, tre personer", "Flights Copenhagen–Glasgow, three people"),
                "10200.00",
            ),
            ("accommodation", ("Hotel, to nætter", "Hotel, two nights"), "9180.00"),
            ("meals", ("Forplejning", "Meals"), "2950.00"),
        ],
        meeting_date=datetime.date(2026, 9, 21),
        focus_areas=(1, 2),
        approver="finance-member",
    ),
    DemoReport(
        # Overdue: the trip ended in September and the report still waits for the management's approval.
        title=("Studietur om digital borgerservice i Helsinki", "Study trip on online citizen services in Helsinki"),
        slug=("digital-borgerservice-helsinki-2026", "online-citizen-services-helsinki-2026"),
        committee="Direktionen",
        budget="Studierejsepuljen for medarbejdere",
        dates=(datetime.date(2026, 9, 7), datetime.date(2026, 9, 9)),
        city_slug="",
        place=(("Helsinki", "Helsinki"), ("Finland", "Finland")),
        purpose=(
            "At se, hvordan Helsinki hjælper borgere, der ikke bruger de digitale løsninger.",
            "To see how Helsinki helps citizens who do not use the online services.",
        ),
        outcome=("Rapporten venter på direktionens godkendelse.", "The report awaits the management's approval."),
        participants=[
            ("Ole Winther", ("kommunaldirektør", "chief executive")),
            ("Rasmus Vinding", ("projektleder", "project manager")),
        ],
        programme=[],
        expenses=[
            (
                "transport",
                ("Fly København–Helsinki, to personer", "Flights Copenhagen–Helsinki, two people"),
                "4300.00",
            ),
            ("accommodation", ("Hotel, to nætter", "Hotel, two nights"), "4800.00"),
            ("fees", ("Konferencegebyr", "Conference fee"), "3900.00"),
        ],
        state="waiting",
        translate=False,
        focus_areas=(4,),
    ),
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
