"""The footer's contact details: the municipality's public facts, in Danish with an English translation."""

from wagtail.models import Locale

from home.models import ContactDetails
from home.seed.translation import translate
from partners.seed.texts import Texts


def seed_contact_details():
    danish = Locale.objects.get(language_code="da")
    texts = Texts()
    details = ContactDetails.objects.filter(locale=danish).first() or ContactDetails(locale=danish)
    details.name = texts("Ballerup Kommune", "Ballerup Municipality")
    details.street = texts("Hold-An Vej 7", "Hold-An Vej 7")
    details.town = texts("2750 Ballerup", "DK-2750 Ballerup, Denmark")
    details.phone = texts("44 77 20 00", "+45 44 77 20 00")
    details.email = "ballerup@ballerup.dk"
    details.cvr = "58271713"
    details.save()
    translate(details, "en", texts.english)
    return details
