"""A standard page: services for international citizens (ballerup.dk/english), in Danish and English."""

from home.models import StandardPage
from home.seed.translation import translate
from partners.seed.pages import upsert_child
from partners.seed.texts import Texts


def seed_services(home):
    t = Texts()
    page = upsert_child(
        home,
        StandardPage,
        t("internationale-borgere", "international-citizens"),
        title=t("Internationale borgere", "International citizens"),
        show_in_menus=True,
        introduction=t.rich(
            (
                "Er du flyttet til Ballerup fra udlandet, eller arbejder du her? Kommunen vil gerne tage godt imod "
                "dig og hjælpe dig godt i gang.",
                "Have you moved to Ballerup from abroad, or do you work here? The municipality wants to welcome "
                "you and help you settle in.",
            ),
        ),
        body=[
            ("heading", t("Information på engelsk", "Information in English")),
            (
                "paragraph",
                t.rich(
                    (
                        "På ballerup.dk/english finder du information på engelsk om kommunens service, for "
                        "eksempel om skole, dagtilbud, bolig og sundhed.",
                        "At ballerup.dk/english you will find information in English about the municipality's "
                        "services, for example schools, childcare, housing and health.",
                    ),
                ),
            ),
            ("heading", t("Virksomheder og medarbejdere", "Companies and staff")),
            (
                "paragraph",
                t.rich(
                    (
                        "Internationale virksomheder kan følge kommunens engelsksprogede erhvervsportal og "
                        "nyhedsbrev. Kommunen taler løbende med uddannelsesinstitutioner, boligselskaber og "
                        "virksomheder om, hvordan internationale medarbejdere bliver godt modtaget.",
                        "International companies can follow the municipality's English-language business portal "
                        "and newsletter. The municipality talks regularly with schools and colleges, housing "
                        "associations and companies about how international staff are best welcomed.",
                    ),
                ),
            ),
        ],
    )
    translate(page, "en", t.english)
    return page
