"""The home pages' texts: Danish source, English as its wagtail-localize translation."""

from home.seed.translation import translate
from partners.seed.pages import publish_fields, site_root

INTRODUCTION_DA = (
    "<p>Ballerup Kommune samarbejder med byer og partnere i udlandet, fordi det gør vores "
    "skoler, virksomheder og service bedre. Her kan du læse kommunens internationale strategi, "
    "møde vores venskabsbyer og partnere og se, hvad politikere og medarbejdere har fået ud "
    "af deres rejser.</p>"
)

STRINGS_EN = {
    "Ballerup Kommune internationalt": "Ballerup Municipality International",
    "forside": "home",
    (
        "Ballerup Kommune samarbejder med byer og partnere i udlandet, fordi det gør vores "
        "skoler, virksomheder og service bedre. Her kan du læse kommunens internationale strategi, "
        "møde vores venskabsbyer og partnere og se, hvad politikere og medarbejdere har fået ud "
        "af deres rejser."
    ): (
        "Ballerup Municipality works with cities and partners abroad because it makes our schools, "
        "businesses and services better. Here you can read the municipality's international "
        "strategy, meet our twin towns and partners, and see what politicians and staff have "
        "gained from their trips."
    ),
}


def seed_home_pages():
    """Give both home pages their introduction; the English one is a synced translation."""
    home = publish_fields(site_root(), introduction=INTRODUCTION_DA)
    translate(home, "en", STRINGS_EN)
    return home
