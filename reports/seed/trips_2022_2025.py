"""Demo trips of the election period 2022–2025 (fictional people, programmes and amounts)."""

import datetime

from reports.seed.demo_report import DemoReport

TRIPS = [
    DemoReport(
        title=("Økonomiudvalget i Stockholm", "The Finance Committee in Stockholm"),
        slug=("oekonomiudvalget-stockholm-2022", "finance-committee-stockholm-2022"),
        committee="Økonomiudvalget",
        budget="Økonomiudvalgets kursus- og rejsebudget",
        dates=(datetime.date(2022, 5, 16), datetime.date(2022, 5, 17)),
        city_slug="",
        place=(("Stockholm", "Stockholm"), ("Sverige", "Sweden")),
        purpose=(
            "At høre, hvordan forstæderne til Stockholm bruger data til at planlægge skoler og ældrepleje, og at "
            "møde mulige nordiske partnere.",
            "To hear how the suburbs of Stockholm use data to plan schools and care for the elderly, and to meet "
            "possible Nordic partners.",
        ),
        outcome=(
            "Forvaltningen afprøver et fælles overblik over pladser i skoler og daginstitutioner, og Ballerup er "
            "med i et nordisk netværk om data i kommuner.",
            "The administration is trying out a shared overview of places in schools and day care, and Ballerup "
            "has joined a Nordic network on data in municipalities.",
        ),
        participants=[
            ("Lene Holm", ("formand for Økonomiudvalget", "chair of the Finance Committee")),
            ("Jonas Berg", ("medlem af Økonomiudvalget", "member of the Finance Committee")),
            ("Sara Nørgaard", ("international koordinator", "international coordinator")),
        ],
        programme=[
            (
                datetime.date(2022, 5, 16),
                ("Seminar om data i velfærden", "Seminar on data in public services"),
                (
                    "Fem nordiske kommuner fortalte om deres planlægningsværktøjer.",
                    "Five Nordic municipalities presented their planning tools.",
                ),
            ),
        ],
        expenses=[
            (
                "transport",
                ("Tog København–Stockholm, tre personer", "Train Copenhagen–Stockholm, three people"),
                "4680.00",
            ),
            ("accommodation", ("Hotel, én nat", "Hotel, one night"), "4050.00"),
            ("meals", ("Forplejning", "Meals"), "1860.00"),
            ("fees", ("Seminargebyr", "Seminar fee"), "3600.00"),
        ],
        meeting_date=datetime.date(2022, 6, 13),
        focus_areas=(4,),
        approver="finance-member",
    ),
    DemoReport(
        title=("Kommunalbestyrelsen genbesøger Prag 10", "The City Council visits Prague 10 again"),
        slug=("kommunalbestyrelsen-prag-10-2022", "city-council-prague-10-2022"),
        committee="Kommunalbestyrelsen",
        budget="Kommunalbestyrelsens kursus- og rejsebudget",
        dates=(datetime.date(2022, 9, 5), datetime.date(2022, 9, 8)),
        city_slug="prag-10",
        place=(("Prag 10", "Prague 10"), ("Tjekkiet", "Czech Republic")),
        purpose=(
            "At genoptage venskabsbysamarbejdet med Prag 10 efter årene med corona og at aftale en plan for "
            "valgperioden.",
            "To resume the twin-town cooperation with Prague 10 after the pandemic years and to agree a plan for "
            "the election period.",
        ),
        outcome=(
            "Byerne har underskrevet en handlingsplan med skoleudveksling, en kulturuge og erfaringsudveksling om "
            "ældrepleje.",
            "The towns have signed an action plan with school exchanges, a culture week and an exchange of "
            "experience on care for the elderly.",
        ),
        participants=[
            ("Peter Krogh", ("borgmester", "mayor")),
            ("Hanne Lind", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Tobias Friis", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Camilla Strand", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Anders Mølgaard", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Sara Nørgaard", ("international koordinator", "international coordinator")),
        ],
        programme=[
            (
                datetime.date(2022, 9, 6),
                ("Møde i byrådet i Prag 10", "Meeting of the Prague 10 council"),
                ("Drøftelse af handlingsplanen.", "Discussion of the action plan."),
            ),
            (
                datetime.date(2022, 9, 7),
                ("Besøg på et plejecenter", "Visit to a care home"),
                ("Personalet viste deres velfærdsteknologi.", "The staff showed their care technology."),
            ),
        ],
        expenses=[
            ("transport", ("Fly København–Prag, seks personer", "Flights Copenhagen–Prague, six people"), "17400.00"),
            ("accommodation", ("Hotel, tre nætter", "Hotel, three nights"), "21600.00"),
            ("meals", ("Forplejning", "Meals"), "8400.00"),
            ("other", ("Lokal transport og tolk", "Local transport and interpreter"), "4400.00"),
        ],
        meeting_date=datetime.date(2022, 9, 27),
        focus_areas=(1, 3),
        approver="council-member",
    ),
    DemoReport(
        title=(
            "Kommunalbestyrelsen til idrætsdag i East Kilbride",
            "The City Council at a sports day in East Kilbride",
        ),
        slug=("kommunalbestyrelsen-east-kilbride-2023", "city-council-east-kilbride-2023"),
        committee="Kommunalbestyrelsen",
        budget="Kommunalbestyrelsens kursus- og rejsebudget",
        dates=(datetime.date(2023, 6, 12), datetime.date(2023, 6, 15)),
        city_slug="east-kilbride",
        place=(("East Kilbride", "East Kilbride"), ("Skotland", "Scotland")),
        purpose=(
            "At deltage i venskabsbyernes fælles idrætsdag og at drøfte, hvordan flere unge kan komme med i "
            "udvekslingen.",
            "To take part in the twin towns' joint sports day and to discuss how more young people can join the "
            "exchange.",
        ),
        outcome=(
            "Idrætsforeningerne i de to byer planlægger et ungdomsstævne i Ballerup, og South Lanarkshire sender "
            "en gruppe unge ledere på besøg.",
            "The sports clubs of the two towns are planning a youth tournament in Ballerup, and South Lanarkshire "
            "will send a group of young leaders on a visit.",
        ),
        participants=[
            ("Peter Krogh", ("borgmester", "mayor")),
            ("Hanne Lind", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Tobias Friis", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Camilla Strand", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Anders Mølgaard", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Nadia Petersen", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Sara Nørgaard", ("international koordinator", "international coordinator")),
        ],
        programme=[
            (
                datetime.date(2023, 6, 13),
                ("Idrætsdag for venskabsbyerne", "Sports day of the twin towns"),
                (
                    "Hold fra fire byer mødtes i fodbold og atletik.",
                    "Teams from four towns met in football and athletics.",
                ),
            ),
            (
                datetime.date(2023, 6, 14),
                ("Møde med ungdomsrådet", "Meeting with the youth council"),
                (
                    "De unge fortalte, hvad der skal til for at flere rejser.",
                    "The young people said what it takes for more to travel.",
                ),
            ),
        ],
        expenses=[
            (
                "transport",
                ("Fly København–Glasgow, syv personer", "Flights Copenhagen–Glasgow, seven people"),
                "20300.00",
            ),
            ("accommodation", ("Hotel, tre nætter", "Hotel, three nights"), "25200.00"),
            ("meals", ("Forplejning", "Meals"), "9100.00"),
            ("fees", ("Deltagelse i idrætsdagen", "Sports day entry"), "4900.00"),
        ],
        meeting_date=datetime.date(2023, 6, 27),
        focus_areas=(1, 3),
        approver="council-member",
    ),
    DemoReport(
        title=(
            "EU-projekt om grøn omstilling i skolen, Bruxelles",
            "EU project on the green transition in schools, Brussels",
        ),
        slug=("eu-projekt-groen-skole-bruxelles-2023", "eu-project-green-schools-brussels-2023"),
        committee="Direktionen",
        budget="Rejser og aktiviteter i det internationale samarbejde",
        dates=(datetime.date(2023, 10, 16), datetime.date(2023, 10, 18)),
        city_slug="",
        place=(("Bruxelles", "Brussels"), ("Belgien", "Belgium")),
        purpose=(
            "At forberede en ansøgning til et EU-projekt om grøn omstilling i undervisningen sammen med partnere "
            "fra tre lande.",
            "To prepare an application for an EU project on the green transition in teaching, together with "
            "partners from three countries.",
        ),
        outcome=(
            "Ansøgningen blev sendt i december. Rapporten blev først godkendt i januar, fordi direktionens møder "
            "i efteråret blev aflyst.",
            "The application was sent in December. The report was approved only in January, because the "
            "management's autumn meetings were cancelled.",
        ),
        participants=[
            ("Rasmus Vinding", ("projektleder", "project manager")),
            ("Sara Nørgaard", ("international koordinator", "international coordinator")),
        ],
        programme=[
            (
                datetime.date(2023, 10, 17),
                ("Partnermøde", "Partner meeting"),
                ("Arbejdsplan og budget for projektet.", "Work plan and budget for the project."),
            ),
        ],
        expenses=[
            (
                "transport",
                ("Fly København–Bruxelles, to personer", "Flights Copenhagen–Brussels, two people"),
                "5600.00",
            ),
            ("accommodation", ("Hotel, to nætter", "Hotel, two nights"), "5280.00"),
            ("meals", ("Forplejning", "Meals"), "1620.00"),
        ],
        # Late: approved three months after the trip, published more than 60 days after it ended.
        meeting_date=datetime.date(2024, 1, 22),
        focus_areas=(1, 4),
        approver="management-member",
    ),
    DemoReport(
        title=(
            "Økonomiudvalget hos erhvervskontoret i Brandenburg",
            "The Finance Committee at Brandenburg's business office",
        ),
        slug=("oekonomiudvalget-brandenburg-2024", "finance-committee-brandenburg-2024"),
        committee="Økonomiudvalget",
        budget="Økonomiudvalgets kursus- og rejsebudget",
        dates=(datetime.date(2024, 3, 11), datetime.date(2024, 3, 13)),
        city_slug="brandenburg-an-der-havel",
        place=(("Brandenburg an der Havel", "Brandenburg an der Havel"), ("Tyskland", "Germany")),
        purpose=(
            "At høre, hvordan Brandenburg an der Havel tiltrækker virksomheder og medarbejdere fra udlandet.",
            "To hear how Brandenburg an der Havel attracts companies and staff from abroad.",
        ),
        outcome=(
            "De to byers erhvervsafdelinger udveksler erfaringer om at tage imod internationale medarbejdere, og "
            "Ballerup forbedrer sine engelske sider for tilflyttere.",
            "The business departments of the two towns share experience of welcoming international staff, and "
            "Ballerup is improving its English pages for newcomers.",
        ),
        participants=[
            ("Lene Holm", ("formand for Økonomiudvalget", "chair of the Finance Committee")),
            ("Jonas Berg", ("medlem af Økonomiudvalget", "member of the Finance Committee")),
            ("Eva Kjær", ("erhvervskonsulent", "business adviser")),
        ],
        programme=[
            (
                datetime.date(2024, 3, 12),
                ("Møde på erhvervskontoret", "Meeting at the business office"),
                ("Byens velkomstpakke for nye virksomheder.", "The town's welcome package for new companies."),
            ),
        ],
        expenses=[
            (
                "transport",
                ("Tog København–Brandenburg, tre personer", "Train Copenhagen–Brandenburg, three people"),
                "7950.00",
            ),
            ("accommodation", ("Hotel, to nætter", "Hotel, two nights"), "8100.00"),
            ("meals", ("Forplejning", "Meals"), "2640.00"),
        ],
        meeting_date=datetime.date(2024, 4, 15),
        focus_areas=(2,),
        approver="finance-member",
    ),
    DemoReport(
        title=("Kommunalbestyrelsen med Bycirklen i Wuxi", "The City Council with Bycirklen in Wuxi"),
        slug=("kommunalbestyrelsen-wuxi-2024", "city-council-wuxi-2024"),
        committee="Kommunalbestyrelsen",
        budget="Kommunalbestyrelsens kursus- og rejsebudget",
        dates=(datetime.date(2024, 4, 8), datetime.date(2024, 4, 13)),
        city_slug="wuxi",
        place=(("Wuxi", "Wuxi"), ("Kina", "China")),
        purpose=(
            "At rejse med Bycirklens delegation sammen med Egedal og Frederikssund og at styrke kontakten til "
            "byens skoler og virksomheder.",
            "To travel with Bycirklen's delegation together with Egedal and Frederikssund and to strengthen the "
            "ties with the city's schools and companies.",
        ),
        outcome=(
            "Bycirklen og Wuxi holder en fælles handelsdag, og to skoler i Ballerup får venskabsskoler i Wuxi.",
            "Bycirklen and Wuxi will hold a joint trade day, and two schools in Ballerup get partner schools in Wuxi.",
        ),
        participants=[
            ("Peter Krogh", ("borgmester", "mayor")),
            ("Hanne Lind", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Tobias Friis", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Ole Winther", ("kommunaldirektør", "chief executive")),
            ("Eva Kjær", ("erhvervskonsulent", "business adviser")),
        ],
        programme=[
            (
                datetime.date(2024, 4, 9),
                ("Bycirklens møde med byens ledelse", "Bycirklen's meeting with the city's leaders"),
                ("Aftale om en fælles handelsdag.", "Agreement on a joint trade day."),
            ),
            (
                datetime.date(2024, 4, 11),
                ("Skolebesøg", "School visits"),
                ("To skoler vil gerne samarbejde med Ballerup.", "Two schools would like to work with Ballerup."),
            ),
        ],
        expenses=[
            (
                "transport",
                ("Fly København–Shanghai, fem personer", "Flights Copenhagen–Shanghai, five people"),
                "47000.00",
            ),
            ("accommodation", ("Hotel, fem nætter", "Hotel, five nights"), "19500.00"),
            ("meals", ("Forplejning", "Meals"), "6250.00"),
            ("other", ("Visum, fem personer", "Visas, five people"), "5200.00"),
        ],
        meeting_date=datetime.date(2024, 5, 28),
        focus_areas=(1, 2),
        approver="council-member",
    ),
    DemoReport(
        # With the trip to Wuxi, this conference takes the City Council's 2024 spending past its budget, even
        # after what 2022 and 2023 left unspent.
        title=("Nordisk konference om klimatilpasning i Oslo", "Nordic conference on climate adaptation in Oslo"),
        slug=("klimatilpasning-oslo-2024", "climate-adaptation-oslo-2024"),
        committee="Kommunalbestyrelsen",
        budget="Kommunalbestyrelsens kursus- og rejsebudget",
        dates=(datetime.date(2024, 9, 23), datetime.date(2024, 9, 24)),
        city_slug="",
        place=(("Oslo", "Oslo"), ("Norge", "Norway")),
        purpose=(
            "At lære af Oslos arbejde med regnvand i byens gader og at møde andre nordiske forstadskommuner.",
            "To learn from Oslo's work with rainwater in its streets and to meet other Nordic suburban "
            "municipalities.",
        ),
        outcome=(
            "Kommunalbestyrelsen har bedt forvaltningen undersøge regnbede ved to skoler.",
            "The City Council has asked the administration to look into rain gardens at two schools.",
        ),
        participants=[
            ("Hanne Lind", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Camilla Strand", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Anders Mølgaard", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
            ("Nadia Petersen", ("medlem af Kommunalbestyrelsen", "member of the City Council")),
        ],
        programme=[
            (
                datetime.date(2024, 9, 23),
                ("Konference og byvandring", "Conference and town walk"),
                ("Regnbede og åbne kanaler i tre bydele.", "Rain gardens and open channels in three districts."),
            ),
        ],
        expenses=[
            ("transport", ("Fly København–Oslo, fire personer", "Flights Copenhagen–Oslo, four people"), "8800.00"),
            ("accommodation", ("Hotel, én nat", "Hotel, one night"), "6400.00"),
            ("meals", ("Forplejning", "Meals"), "3200.00"),
            ("fees", ("Konferencegebyr", "Conference fee"), "6800.00"),
        ],
        meeting_date=datetime.date(2024, 10, 29),
        focus_areas=(4,),
        approver="council-member",
    ),
    DemoReport(
        title=("Nordiske skolepartnere i Göteborg", "Nordic school partners in Gothenburg"),
        slug=("skolepartnere-goeteborg-2024", "school-partners-gothenburg-2024"),
        committee="Børne- og Skoleudvalget",
        budget="Børne- og Skoleudvalgets kursus- og rejsebudget",
        dates=(datetime.date(2024, 11, 4), datetime.date(2024, 11, 5)),
        city_slug="",
        place=(("Göteborg", "Gothenburg"), ("Sverige", "Sweden")),
        purpose=(
            "At finde en nordisk partner til vores skoler, som strategien lægger op til, og at besøge to skoler "
            "med en sprogprofil.",
            "To find a Nordic partner for our schools, as the strategy proposes, and to visit two schools with a "
            "language profile.",
        ),
        outcome=(
            "En skole i Göteborg og en skole i Ballerup laver et fælles klimaprojekt for 7. klasse.",
            "A school in Gothenburg and a school in Ballerup are running a joint climate project for year 7.",
        ),
        participants=[
            ("Mette Dahl", ("formand for Børne- og Skoleudvalget", "chair of the Children and Schools Committee")),
            ("Ali Hassan", ("medlem af Børne- og Skoleudvalget", "member of the Children and Schools Committee")),
        ],
        programme=[
            (
                datetime.date(2024, 11, 4),
                ("Besøg på to skoler", "Visits to two schools"),
                ("Samtaler med skoleledere om et fælles projekt.", "Talks with head teachers about a joint project."),
            ),
        ],
        expenses=[
            (
                "transport",
                ("Tog København–Göteborg, to personer", "Train Copenhagen–Gothenburg, two people"),
                "3900.00",
            ),
            ("accommodation", ("Hotel, én nat", "Hotel, one night"), "3600.00"),
            ("meals", ("Forplejning", "Meals"), "1300.00"),
        ],
        meeting_date=datetime.date(2024, 12, 3),
        focus_areas=(1,),
        approver="children-member",
    ),
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
    DemoReport(
        title=(
            "Økonomiudvalget på investeringskonference i Hamborg",
            "The Finance Committee at an investment conference in Hamburg",
        ),
        slug=("oekonomiudvalget-hamborg-2025", "finance-committee-hamburg-2025"),
        committee="Økonomiudvalget",
        budget="Økonomiudvalgets kursus- og rejsebudget",
        dates=(datetime.date(2025, 10, 13), datetime.date(2025, 10, 14)),
        city_slug="",
        place=(("Hamborg", "Hamburg"), ("Tyskland", "Germany")),
        purpose=(
            "At deltage i en konference om investeringsfremme i Nordeuropa og at præsentere Ballerup som erhvervsby.",
            "To take part in a conference on investment promotion in Northern Europe and to present Ballerup as "
            "a place for business.",
        ),
        outcome=(
            "Tre virksomheder har bedt om et møde med erhvervsafdelingen om at slå sig ned i Ballerup.",
            "Three companies have asked the business department for a meeting about setting up in Ballerup.",
        ),
        participants=[
            ("Lene Holm", ("formand for Økonomiudvalget", "chair of the Finance Committee")),
            ("Eva Kjær", ("erhvervskonsulent", "business adviser")),
        ],
        programme=[
            (
                datetime.date(2025, 10, 13),
                ("Konferencens første dag", "First day of the conference"),
                ("Ballerup præsenterede sig på en fælles stand.", "Ballerup presented itself at a shared stand."),
            ),
        ],
        expenses=[
            ("transport", ("Tog København–Hamborg, to personer", "Train Copenhagen–Hamburg, two people"), "4200.00"),
            ("accommodation", ("Hotel, én nat", "Hotel, one night"), "3400.00"),
            ("meals", ("Forplejning", "Meals"), "1150.00"),
            ("fees", ("Konferencegebyr", "Conference fee"), "5490.00"),
        ],
        meeting_date=datetime.date(2025, 11, 10),
        focus_areas=(2,),
        approver="finance-member",
    ),
]
