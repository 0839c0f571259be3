"""Demo trips of the election period 2022–2025 (fictional people, programmes and amounts)."""

import datetime

from home.seed.demo_report import DemoReport

TRIPS = [
    DemoReport(
        title=("Økonomiudvalgets studietur til Prag 10", "The Finance Committee's study trip to Prague 10"),
        slug=("studietur-prag-10-2025", "study-trip-prague-10-2025"),
        committee="Økonomiudvalget",
        budget="Økonomiudvalgets kursus- og rejsebudget",
        dates=(datetime.date(2025, 4, 7), datetime.date(2025, 4, 9)),
        city_slug="prag-10",
        place=(("Prag 10", "Prague 10"), ("Tjekkiet", "Czech Republic")),
        purpose=(
            "At se, hvordan vores venskabsby Prag 10 har samlet borgerservice og skoleadministration digitalt, "
            "og at aftale næste skridt i samarbejdet om elevudveksling.",
            "To see how our twin town Prague 10 has brought citizen services and school administration "
            "together online, and to agree the next steps in the pupil exchange.",
        ),
        outcome=(
            "Udvalget tager idéen om en fælles digital indgang for forældre med hjem til forvaltningen, og de to "
            "byer har aftalt en udveksling for to skoleklasser i foråret 2026.",
            "The committee brings home the idea of a single online entrance for parents, and the two towns have "
            "agreed an exchange for two school classes in spring 2026.",
        ),
        participants=[
            ("Lene Holm", ("formand for Økonomiudvalget", "chair of the Finance Committee")),
            ("Jonas Berg", ("medlem af Økonomiudvalget", "member of the Finance Committee")),
            ("Sara Nørgaard", ("international koordinator", "international coordinator")),
        ],
        programme=[
            (
                datetime.date(2025, 4, 7),
                ("Ankomst og møde på rådhuset", "Arrival and meeting at the town hall"),
                (
                    "Borgmesteren i Prag 10 viste den nye digitale borgerservice frem.",
                    "The mayor of Prague 10 presented the new online citizen services.",
                ),
            ),
            (
                datetime.date(2025, 4, 8),
                ("Skolebesøg", "School visits"),
                (
                    "Besøg på to skoler, der allerede har elever i udveksling med Ballerup.",
                    "Visits to two schools that already exchange pupils with Ballerup.",
                ),
            ),
        ],
        expenses=[
            ("transport", ("Fly København–Prag, tre personer", "Flights Copenhagen–Prague, three people"), "9840.00"),
            ("accommodation", ("Hotel, to nætter", "Hotel, two nights"), "12600.00"),
            ("meals", ("Forplejning", "Meals"), "4350.50"),
            ("other", ("Lokal transport", "Local transport"), "1200.00"),
        ],
        meeting_date=datetime.date(2025, 5, 6),
        focus_areas=(1, 4),
        approver="finance-member",
    ),
    DemoReport(
        title=("Børne- og Skoleudvalget i East Kilbride", "The Children and Schools Committee in East Kilbride"),
        slug=("boerne-og-skoleudvalget-east-kilbride-2025", "children-and-schools-committee-east-kilbride-2025"),
        committee="Børne- og Skoleudvalget",
        budget="Børne- og Skoleudvalgets kursus- og rejsebudget",
        dates=(datetime.date(2025, 9, 22), datetime.date(2025, 9, 25)),
        city_slug="east-kilbride",
        place=(("East Kilbride", "East Kilbride"), ("Skotland", "Scotland")),
        purpose=(
            "At lære af South Lanarkshires arbejde med inklusion i folkeskolen og at styrke venskabet mellem "
            "skolerne i de to byer.",
            "To learn from South Lanarkshire's work on inclusion in schools and to strengthen the friendship "
            "between the schools of the two towns.",
        ),
        outcome=(
            "Tre skoler i Ballerup og tre skoler i East Kilbride starter et fælles projekt om trivsel, og "
            "udvalget har bedt forvaltningen om et oplæg om inklusionsvejledere.",
            "Three schools in Ballerup and three in East Kilbride start a joint project on pupils' well-being, "
            "and the committee has asked the administration for a proposal on inclusion advisers.",
        ),
        participants=[
            ("Mette Dahl", ("formand for Børne- og Skoleudvalget", "chair of the Children and Schools Committee")),
            ("Ali Hassan", ("medlem af Børne- og Skoleudvalget", "member of the Children and Schools Committee")),
        ],
        programme=[
            (
                datetime.date(2025, 9, 23),
                ("Møde med skoleforvaltningen", "Meeting with the education department"),
                (
                    "Oplæg om South Lanarkshires model for inklusion.",
                    "A presentation of South Lanarkshire's model for inclusion.",
                ),
            ),
            (
                datetime.date(2025, 9, 24),
                ("Besøg på Calderglen High School", "Visit to Calderglen High School"),
                ("Samtaler med elever og lærere.", "Conversations with pupils and teachers."),
            ),
        ],
        expenses=[
            ("transport", ("Fly og tog, to personer", "Flights and trains, two people"), "7420.00"),
            ("accommodation", ("Hotel, tre nætter", "Hotel, three nights"), "8910.00"),
            ("meals", ("Forplejning", "Meals"), "3150.00"),
        ],
        meeting_date=datetime.date(2025, 10, 28),
        focus_areas=(1, 3),
        approver="children-member",
    ),
    DemoReport(
        title=(
            "Kommunalbestyrelsen besøger Brandenburg an der Havel",
            "The City Council visits Brandenburg an der Havel",
        ),
        slug=("kommunalbestyrelsen-brandenburg-2025", "city-council-brandenburg-2025"),
        committee="Kommunalbestyrelsen",
        budget="Kommunalbestyrelsens kursus- og rejsebudget",
        dates=(datetime.date(2025, 6, 16), datetime.date(2025, 6, 18)),
        city_slug="brandenburg-an-der-havel",
        place=(("Brandenburg an der Havel", "Brandenburg an der Havel"), ("Tyskland", "Germany")),
        purpose=(
            "At markere partnerskabet med Brandenburg an der Havel og at udveksle erfaringer om klimatilpasning "
            "langs søer og vandløb.",
            "To mark the partnership with Brandenburg an der Havel and to share experience of climate "
            "adaptation along lakes and rivers.",
        ),
        outcome=(
            "Byerne udveksler fagfolk inden for klimatilpasning i 2026, og sportsklubber fra begge byer mødes til "
            "et fælles stævne.",
            "The towns will exchange climate adaptation specialists in 2026, and sports clubs from both towns "
            "will meet for a joint tournament.",
        ),
        participants=[
            ("Peter Krogh", ("borgmester", "mayor")),
            ("Hanne Lind", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
        ],
        programme=[
            (
                datetime.date(2025, 6, 17),
                ("Rundtur ved Havel", "Tour along the Havel"),
                ("Byens klimaprojekter ved floden.", "The town's climate projects by the river."),
            ),
        ],
        expenses=[
            (
                "transport",
                ("Tog København–Brandenburg, to personer", "Train Copenhagen–Brandenburg, two people"),
                "5200.00",
            ),
            ("accommodation", ("Hotel, to nætter", "Hotel, two nights"), "6480.00"),
            ("meals", ("Forplejning", "Meals"), "2100.00"),
            ("fees", ("Gave til værtsbyen", "Gift for the host town"), "450.00"),
        ],
        meeting_date=datetime.date(2025, 8, 26),
        focus_areas=(3, 4),
        approver="council-member",
    ),
    DemoReport(
        title=("Direktionen i Wuxi med Bycirklen", "Executive Management in Wuxi with Bycirklen"),
        slug=("direktionen-wuxi-2025", "executive-management-wuxi-2025"),
        committee="Direktionen",
        budget="Rejser og aktiviteter i det internationale samarbejde",
        dates=(datetime.date(2025, 11, 3), datetime.date(2025, 11, 7)),
        city_slug="wuxi",
        place=(("Wuxi", "Wuxi"), ("Kina", "China")),
        purpose=(
            "At følge op på Bycirklens fælles strategi for erhvervssamarbejde med Kina sammen med Egedal og "
            "Frederikssund kommuner.",
            "To follow up on Bycirklen's joint strategy for business cooperation with China, together with "
            "Egedal and Frederikssund municipalities.",
        ),
        outcome=(
            "To virksomheder fra Ballerup deltager i en messe i Wuxi næste år, og elevudvekslingen fortsætter.",
            "Two Ballerup companies will take part in a trade fair in Wuxi next year, and the pupil exchange "
            "continues.",
        ),
        participants=[("Ole Winther", ("kommunaldirektør", "chief executive"))],
        programme=[
            (
                datetime.date(2025, 11, 4),
                ("Møde i Wuxis investeringskontor", "Meeting at Wuxi's investment office"),
                ("Status på Bycirklens aftaler.", "Progress on Bycirklen's agreements."),
            ),
        ],
        expenses=[
            ("transport", ("Fly København–Shanghai", "Flight Copenhagen–Shanghai"), "8650.00"),
            ("accommodation", ("Hotel, fire nætter", "Hotel, four nights"), "4800.00"),
            ("meals", ("Forplejning", "Meals"), "1900.00"),
        ],
        meeting_date=datetime.date(2025, 12, 9),
        focus_areas=(1, 2),
        approver="management-member",
    ),
]
