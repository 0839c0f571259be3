"""The partner city index and the four partner cities named in the strategy, in Danish and English."""

from dataclasses import dataclass
from decimal import Decimal

from partners.models import PartnerCityImage, PartnerCityIndexPage, PartnerCityPage
from partners.seed.images import demo_image
from partners.seed.pages import upsert_child
from partners.seed.texts import Texts
from partners.seed.translation import translate


@dataclass(frozen=True)
class DemoCity:
    slug: tuple  # (Danish, English)
    title: tuple
    country: str
    relationship: str
    latitude: str
    longitude: str
    focus_areas: tuple  # focus area orders
    description: tuple  # ((Danish, English), ...) paragraphs
    colours: tuple  # (background, accent) of the demo image
    website: str = ""
    through: str = ""


TWIN = PartnerCityPage.Relationship.TWIN_TOWN
PARTNERSHIP = PartnerCityPage.Relationship.PARTNERSHIP

CITIES = [
    DemoCity(
        slug=("prag-10", "prague-10"),
        title=("Prag 10", "Prague 10"),
        country="CZ",
        relationship=TWIN,
        latitude="50.06670",
        longitude="14.50000",
        focus_areas=(1, 3),
        description=(
            (
                "Prag 10 er en bydel i den østlige del af Tjekkiets hovedstad og en af Ballerups to venskabsbyer.",
                "Prague 10 is a district in the east of the Czech capital and one of Ballerup's two twin towns.",
            ),
            (
                "Samarbejdet handler især om børn og unge: skoler og foreninger besøger hinanden, og unge under "
                "25 kan søge tilskud til rejsen.",
                "The cooperation is above all about children and young people: schools and associations visit "
                "each other, and young people under 25 can apply for a travel grant.",
            ),
        ),
        colours=("#7a2e3a", "#4d1c25"),
        website="https://www.praha10.cz",
    ),
    DemoCity(
        slug=("east-kilbride", "east-kilbride"),
        title=("East Kilbride og South Lanarkshire", "East Kilbride and South Lanarkshire"),
        country="GB",
        relationship=TWIN,
        latitude="55.76440",
        longitude="-4.17700",
        focus_areas=(1, 3),
        description=(
            (
                "East Kilbride ligger i South Lanarkshire syd for Glasgow i Skotland og er Ballerups anden "
                "venskabsby.",
                "East Kilbride lies in South Lanarkshire, south of Glasgow in Scotland, and is Ballerup's other "
                "twin town.",
            ),
            (
                "Venskabsbyforeninger, skoler og idrætsklubber holder forbindelsen levende med besøg begge veje.",
                "Twin-town associations, schools and sports clubs keep the link alive with visits both ways.",
            ),
        ),
        colours=("#1f4e5f", "#12303b"),
        website="https://www.southlanarkshire.gov.uk",
    ),
    DemoCity(
        slug=("wuxi", "wuxi"),
        title=("Wuxi", "Wuxi"),
        country="CN",
        relationship=PARTNERSHIP,
        latitude="31.49120",
        longitude="120.31190",
        focus_areas=(1, 2),
        description=(
            (
                "Wuxi i Kina er Ballerups partner gennem Bycirklen, hvor Ballerup, Egedal og Frederikssund har en "
                "fælles erhvervsstrategi for Kina.",
                "Wuxi in China is Ballerup's partner through Bycirklen, in which Ballerup, Egedal and Frederikssund "
                "share a business strategy for China.",
            ),
            (
                "Ud over erhvervssamarbejdet støtter kommunen udveksling mellem skoleelever i Ballerup og Wuxi.",
                "Besides the business cooperation, the municipality supports exchanges between pupils in Ballerup "
                "and Wuxi.",
            ),
        ),
        colours=("#8a5a00", "#5c3c00"),
        website="https://www.wuxi.gov.cn",
        through="Bycirklen",
    ),
    DemoCity(
        slug=("brandenburg-an-der-havel", "brandenburg-an-der-havel"),
        title=("Brandenburg an der Havel", "Brandenburg an der Havel"),
        country="DE",
        relationship=PARTNERSHIP,
        latitude="52.41250",
        longitude="12.53160",
        focus_areas=(1, 3),
        description=(
            (
                "Brandenburg an der Havel ligger vest for Berlin i Tyskland og er en af Ballerups partnerbyer.",
                "Brandenburg an der Havel lies west of Berlin in Germany and is one of Ballerup's partner cities.",
            ),
            (
                "Partnerskabet giver især børn, unge og foreninger mulighed for at mødes med tyske jævnaldrende.",
                "The partnership gives children, young people and associations in particular a chance to meet "
                "their German peers.",
            ),
        ),
        colours=("#2f5d3a", "#1c3a24"),
        website="https://www.stadt-brandenburg.de",
    ),
]


def seed_partner_index(parent):
    texts = Texts()
    index = upsert_child(
        parent,
        PartnerCityIndexPage,
        texts("samarbejdsbyer", "partner-cities"),
        title=texts("Samarbejdsbyer", "Partner cities"),
        show_in_menus=True,
        introduction=texts.rich(
            (
                "Ballerup samarbejder med to venskabsbyer og to partnerbyer. Her kan du se, hvor de ligger, og "
                "læse om samarbejdet med hver af dem.",
                "Ballerup works with two twin towns and two partner cities. Here you can see where they are and "
                "read about the cooperation with each of them.",
            ),
        ),
    )
    translate(index, "en", texts.english)
    return index


def _images(city, texts):
    """Two drawn images per city with alt texts: a skyline to lead, a landscape in the gallery below it."""
    name_da, name_en = city.title
    background, accent = city.colours
    lead = demo_image(f"Demo: {name_en}", background, accent, variant=0)
    second = demo_image(f"Demo: {name_en} (2)", accent, background, variant=1)
    return [
        PartnerCityImage(
            image=lead,
            sort_order=0,
            alt_text=texts(
                f"Illustration: en tegnet bysilhuet ({name_da})",
                f"Illustration: a drawn city skyline ({name_en})",
            ),
        ),
        PartnerCityImage(
            image=second,
            sort_order=1,
            alt_text=texts(
                f"Illustration: et tegnet landskab med bakker og en flod ({name_da})",
                f"Illustration: a drawn landscape with hills and a river ({name_en})",
            ),
        ),
    ]


def seed_city(index, city, focus_areas):
    texts = Texts()
    existing = PartnerCityPage.objects.child_of(index).filter(slug=city.slug[0]).first()
    fields = {
        "title": texts(*city.title),
        "country": city.country,
        "relationship": city.relationship,
        "latitude": Decimal(city.latitude),
        "longitude": Decimal(city.longitude),
        "through": city.through,
        "website": city.website,
        "description": [("paragraph", texts.rich(paragraph)) for paragraph in city.description],
    }
    images = _images(city, texts)
    if existing is None or not existing.images.exists():
        # Images are added once: recreating them would give them new translation keys on every run.
        fields["images"] = images
    fields["focus_areas"] = [focus_areas[order] for order in city.focus_areas]
    page = upsert_child(index, PartnerCityPage, texts(*city.slug), **fields)
    translate(page, "en", texts.english)
    return page


def seed_partners(parent, focus_areas):
    index = seed_partner_index(parent)
    return index, [seed_city(index, city, focus_areas) for city in CITIES]
