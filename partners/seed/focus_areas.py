"""The strategy's four focus areas, as translatable snippets in Danish with English translations."""

from wagtail.models import Locale

from partners.models import FocusArea
from partners.seed.texts import Texts
from partners.seed.translation import translate

# (order, Danish name, English name, Danish description, English description)
FOCUS_AREAS = [
    (
        1,
        "Børne- og ungeområdet",
        "Children and young people",
        "Udveksling for elever og lærere, skoleprojekter og internationale koordinatorer på skolerne.",
        "Exchanges for pupils and teachers, school projects and international coordinators at every school.",
    ),
    (
        2,
        "Erhvervsområdet",
        "Business",
        "Internationale relationer, der hjælper virksomheder og trækker investeringer og arbejdskraft til.",
        "International ties that help local businesses and attract investment and skilled staff.",
    ),
    (
        3,
        "Mellemfolkelige relationer",
        "People-to-people relations",
        "Foreninger og borgere, der mødes på tværs af grænser: idræt, kultur og venskabsbyforeninger.",
        "Associations and citizens meeting across borders: sport, culture and twin-town associations.",
    ),
    (
        4,
        "Tværgående indsatser",
        "Cross-cutting efforts",
        "Partnerskaber med regionale og nationale aktører, studierejser og service for internationale borgere.",
        "Partnerships with regional and national bodies, study trips and services for international citizens.",
    ),
]


def seed_focus_areas():
    """Create or update the Danish focus areas and translate each into English. Returns them by order."""
    danish = Locale.objects.get(language_code="da")
    areas = {}
    for order, name_da, name_en, description_da, description_en in FOCUS_AREAS:
        texts = Texts()
        area = FocusArea.objects.filter(locale=danish, sort_order=order).first() or FocusArea(
            locale=danish, sort_order=order
        )
        area.name = texts(name_da, name_en)
        area.description = texts(description_da, description_en)
        area.save()
        translate(area, "en", texts.english)
        areas[order] = area
    return areas
