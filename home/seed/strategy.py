"""The international strategy (approved 25 August 2014) as a structured Danish page with its English translation.

Facts and figures come from the strategy; the wording is the demo's own.
"""

import datetime
from decimal import Decimal

from home.models import StrategyPage
from home.seed.translation import translate
from partners.seed.pages import upsert_child
from partners.seed.texts import Texts

APPROVED_ON = datetime.date(2014, 8, 25)


def _budget_line(texts, danish, english, amount):
    return {"label": texts(danish, english), "amount": Decimal(amount)}


def strategy_body(texts, focus_areas):
    """The strategy's sections in reading order (h2 sections, with h3 blocks under them)."""
    t = texts
    return [
        (
            "goals",
            {
                "heading": t("Mål", "Goals"),
                "introduction": t(
                    "Kommunens internationale engagement skal:",
                    "The municipality's international engagement is to:",
                ),
                "goals": [
                    t(
                        "understøtte kommunens kerneopgaver, først og fremmest for børn og unge",
                        "support the municipality's core services, above all for children and young people",
                    ),
                    t(
                        "styrke forståelsen mellem folk og give de kompetencer, en global verden kræver",
                        "build understanding between peoples and the skills a global world calls for",
                    ),
                    t(
                        "gavne virksomhederne og gøre kommunen synlig for internationale investorer og medarbejdere",
                        "benefit businesses and make the municipality visible to international investors and staff",
                    ),
                    t(
                        "inspirere politikere og medarbejdere til at udvikle kommunens service til gavn for borgerne",
                        "inspire politicians and staff to develop the municipality's services for its citizens",
                    ),
                ],
            },
        ),
        (
            "section",
            {
                "heading": t("Fokusområder og indsatser", "Focus areas and efforts"),
                "body": t.rich(
                    (
                        "Indsatsen samles om fire fokusområder. Under hvert område står de indsatser, "
                        "kommunen arbejder med.",
                        "The work is gathered in four focus areas. Under each are the efforts the municipality makes.",
                    ),
                ),
            },
        ),
        (
            "focus_area",
            {
                "focus_area": focus_areas[1],
                "efforts": t.rich(
                    (
                        "En særskilt international strategi og handleplan for 0-18-årige sætter rammen. Alle "
                        "skoler får en uddannet international koordinator, og eleverne deltager i udvekslinger "
                        "og fælles undervisningsprojekter.",
                        "A separate international strategy and action plan for 0 to 18-year-olds sets the frame. "
                        "Every school gets a trained international coordinator, and pupils take part in "
                        "exchanges and joint teaching projects.",
                    ),
                ),
            },
        ),
        (
            "focus_area",
            {
                "focus_area": focus_areas[2],
                "efforts": t.rich(
                    (
                        "Erhvervspolitikken og dens handleplan bestemmer, hvordan de internationale relationer "
                        "bruges til erhvervsudvikling. Sammen med Egedal og Frederikssund i Bycirklen følger "
                        "kommunen en fælles erhvervsstrategi for Kina og holder tæt kontakt med virksomheder, "
                        "der arbejder internationalt.",
                        "The business policy and its action plan decide how international ties are used for "
                        "business development. Together with Egedal and Frederikssund in Bycirklen, the "
                        "municipality follows a joint business strategy for China and keeps close contact "
                        "with companies that work internationally.",
                    ),
                ),
            },
        ),
        (
            "focus_area",
            {
                "focus_area": focus_areas[3],
                "efforts": t.rich(
                    (
                        "Foreninger og borgere kan få tilskud til internationale aktiviteter. Politikerne "
                        "bakker op om samarbejdet, blandt andet ved at deltage i besøg, der gavner borgere, "
                        "virksomheder og ansatte.",
                        "Associations and citizens can get grants for international activities. Politicians "
                        "back the cooperation, for example by taking part in visits that benefit citizens, "
                        "businesses and staff.",
                    ),
                ),
            },
        ),
        (
            "focus_area",
            {
                "focus_area": focus_areas[4],
                "efforts": t.rich(
                    (
                        "Kommunen samarbejder med blandt andre Copenhagen Capacity, KKR Hovedstaden, Region "
                        "Hovedstadens og KKR's EU-kontor og Bycirklen for at få mere ud af sit engagement.",
                        "The municipality works with partners such as Copenhagen Capacity, KKR Hovedstaden, "
                        "the Capital Region's and KKR's EU office, and Bycirklen, to get more out of its "
                        "engagement.",
                    ),
                    (
                        "Medarbejdere kan søge kommunens studierejsefond, og de stående udvalg har eget budget "
                        "til studierejser. Internationale borgere, virksomheder og ansatte får information og "
                        "service på ballerup.dk/english.",
                        "Staff can apply to the municipality's study-trip fund, and the standing committees "
                        "have their own budget for study trips. International citizens, companies and staff "
                        "find information and services at ballerup.dk/english.",
                    ),
                ),
            },
        ),
        (
            "partner_cities",
            {
                "heading": t("Faste samarbejdspartnere", "Standing partners"),
                "body": t.rich(
                    (
                        "Ballerup samarbejder gennem netværk, partnerskaber og by til by-relationer. Et "
                        "samarbejde skal give udbytte til begge parter og skabe værdi for kommunens "
                        "fokusområder, særligt for børn og unge. Kommunen leder efter nye nordiske partnere, "
                        "så flere skoler kan få en nordisk samarbejdsskole.",
                        "Ballerup cooperates through networks, partnerships and city-to-city ties. A "
                        "cooperation must benefit both sides and add value to the municipality's focus "
                        "areas, especially for children and young people. The municipality is looking for "
                        "new Nordic partners so that more schools can have a Nordic partner school.",
                    ),
                ),
            },
        ),
        (
            "activities",
            {
                "heading": t("Aktiviteter, kommunen støtter", "Activities the municipality supports"),
                "introduction": t(
                    "Aktiviteterne foregår i projekter, netværk og by til by-samarbejder og skal bidrage til "
                    "strategiens mål.",
                    "The activities take place in projects, networks and city-to-city cooperation and must "
                    "help meet the strategy's goals.",
                ),
                "primary": [
                    t(
                        "Elev- og lærerudvekslinger og skoleprojekter",
                        "Pupil and teacher exchanges and school projects",
                    ),
                    t("Erhvervsudvikling og investeringsfremme", "Business development and investment promotion"),
                    t(
                        "Mellemfolkelige udvekslinger, idræts- og kulturarrangementer",
                        "People-to-people exchanges, sports and cultural events",
                    ),
                ],
                "secondary": [
                    t(
                        "Studiebesøg og erfaringsudveksling for medarbejdere og politikere",
                        "Study visits and experience exchange for staff and politicians",
                    ),
                    t("EU-projekter og andre internationale projekter", "EU and other international projects"),
                    t(
                        "Service for internationale borgere, virksomheder og ansatte",
                        "Services for international citizens, companies and staff",
                    ),
                ],
            },
        ),
        (
            "section",
            {
                "heading": t("Tilskud og finansiering", "Grants and funding"),
                "body": t.rich(
                    (
                        "Kommunen har et centralt budget til internationale aktiviteter og derudover budgetter "
                        "til studierejser. Kontingentet til Bycirklen dækker Bycirkel-aktiviteter og rejser "
                        "til Wuxi. Fonds- og udviklingsmidler søges, hvor det giver mening, men må ikke alene "
                        "styre, hvad kommunen går ind i.",
                        "The municipality has a central budget for international activities and separate "
                        "budgets for study trips. The Bycirklen membership fee covers Bycirklen activities "
                        "and trips to Wuxi. Foundation and development funding is sought where it makes "
                        "sense, but must never on its own decide what the municipality takes part in.",
                    ),
                ),
            },
        ),
        (
            "budget",
            {
                "heading": t(
                    "Centralt budget til internationale aktiviteter", "Central budget for international activities"
                ),
                "total": Decimal("522000"),
                "period": t("om året fra 2015", "a year from 2015"),
                "lines": [
                    _budget_line(
                        t,
                        "Tilskud til børn og unge under 25 år til rejser til samarbejdsbyerne og til "
                        "venskabsbyforeningerne",
                        "Grants to children and young people under 25 for travel to the partner cities, and "
                        "to the twin-town associations",
                        150000,
                    ),
                    _budget_line(
                        t,
                        "Tilskud til skoleelevers udveksling med Wuxi",
                        "Grants for pupils' exchange with Wuxi",
                        159000,
                    ),
                    _budget_line(
                        t,
                        "Rejser og aktiviteter i det internationale samarbejde, herunder rejser til Wuxi uden for "
                        "Bycirklen",
                        "Travel and activities in the international cooperation, including trips to Wuxi "
                        "outside Bycirklen",
                        190000,
                    ),
                    _budget_line(
                        t,
                        "Netværk for lærere og andre på skoleområdet",
                        "Network for teachers and others in the schools",
                        23000,
                    ),
                ],
                "note": "",
            },
        ),
        (
            "budget",
            {
                "heading": t("Studierejsefonden", "The study-trip fund"),
                "total": Decimal("100000"),
                "period": t("om året (højst)", "a year (at most)"),
                "lines": [],
                "note": t(
                    "Medarbejdere kan søge fonden til studierejser i udlandet.",
                    "Staff can apply to the fund for study trips abroad.",
                ),
            },
        ),
        (
            "budget",
            {
                "heading": t(
                    "De stående udvalg og Økonomiudvalget", "The standing committees and the Finance Committee"
                ),
                "total": Decimal("65000"),
                "period": t("om året til hvert udvalg", "a year for each committee"),
                "lines": [],
                "note": t(
                    "Til kurser, konferencer og studieture. Ubrugte midler kan overføres mellem årene i valgperioden.",
                    "For courses, conferences and study trips. Unspent money can be carried over between "
                    "the years of the election period.",
                ),
            },
        ),
        (
            "budget",
            {
                "heading": t("Kommunalbestyrelsen", "The City Council"),
                "total": Decimal("69000"),
                "period": t("om året", "a year"),
                "lines": [],
                "note": t(
                    "Til kurser, konferencer og studieture. Ubrugte midler kan overføres mellem årene i valgperioden.",
                    "For courses, conferences and study trips. Unspent money can be carried over between "
                    "the years of the election period.",
                ),
            },
        ),
        (
            "staff_time",
            {
                "heading": t("Medarbejdertid", "Staff time"),
                "rows": [
                    {
                        "task": t("Central koordination og support", "Central coordination and support"),
                        "amount": t("0,5 årsværk", "0.5 full-time equivalent"),
                    },
                    {
                        "task": t(
                            "Koordination og support på børne- og ungeområdet",
                            "Coordination and support for children and young people",
                        ),
                        "amount": t("0,25 årsværk", "0.25 full-time equivalent"),
                    },
                    {
                        "task": t(
                            "De internationale koordinatorers netværksmøder",
                            "The international coordinators' network meetings",
                        ),
                        "amount": t("10 timer om året", "10 hours a year"),
                    },
                ],
                "note": t(
                    "Hertil kommer medarbejdernes tid i de internationale projekter, kommunen deltager i.",
                    "On top of this comes staff time in the international projects the municipality joins.",
                ),
            },
        ),
        (
            "section",
            {
                "heading": t("Åbenhed og dokumentation", "Openness and documentation"),
                "body": t.rich(
                    (
                        "Politikernes og administrationens rejser til udlandet offentliggøres med program og "
                        "regnskab, så alle kan se, hvad rejserne er brugt til.",
                        "Politicians' and the administration's trips abroad are published with their "
                        "programme and accounts, so everyone can see what the trips were for.",
                    ),
                    (
                        "Udvalgene skriver en rapport om hver udlandsrejse med rejsens mål og udbytte. Udvalget "
                        "godkender rapporten, før den offentliggøres.",
                        "The committees write a report on each trip abroad, stating its goals and outcome. The "
                        "committee approves the report before it is published.",
                    ),
                ),
            },
        ),
    ]


def seed_strategy(home, focus_areas):
    """The strategy page under the Danish home page, shown in the menu, and its English translation."""
    texts = Texts()
    strategy = upsert_child(
        home,
        StrategyPage,
        texts("international-strategi", "international-strategy"),
        title=texts("Den internationale strategi", "The international strategy"),
        show_in_menus=True,
        approved_on=APPROVED_ON,
        introduction=texts.rich(
            (
                "Ballerup Kommune har længe været engageret internationalt. Strategien samler indsatsen om "
                "det, der giver mest værdi for borgere, skoler og virksomheder i Ballerup.",
                "Ballerup Municipality has long been engaged internationally. The strategy focuses that "
                "work on what brings the most value to citizens, schools and businesses in Ballerup.",
            ),
        ),
        body=strategy_body(texts, focus_areas),
    )
    translate(strategy, "en", texts.english)
    return strategy
