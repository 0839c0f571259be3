"""Build partner pages in the test host: an index and published cities, with an image each."""

from decimal import Decimal

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from partners.models import FocusArea, PartnerCityImage, PartnerCityIndexPage, PartnerCityPage


def add_index(parent, title="Samarbejdsbyer", slug="samarbejdsbyer"):
    index = PartnerCityIndexPage(title=title, slug=slug)
    parent.add_child(instance=index)
    index.save_revision().publish()
    return PartnerCityIndexPage.objects.get(pk=index.pk)


def add_city(index, title, *, live=True, latitude="50.0667", longitude="14.5", country="CZ", **fields):
    """A city under `index` with an image and a focus area, published unless live=False."""
    image = get_image_model().objects.create(title=f"Billede af {title}", file=get_test_image_file())
    area, _ = FocusArea.objects.get_or_create(name="Børn og unge", locale=index.locale)
    city = PartnerCityPage(
        title=title,
        country=country,
        relationship=fields.pop("relationship", PartnerCityPage.Relationship.TWIN_TOWN),
        latitude=Decimal(latitude),
        longitude=Decimal(longitude),
        live=live,
        **fields,
    )
    city.images = [PartnerCityImage(image=image, alt_text=f"Udsigt over {title}")]
    index.add_child(instance=city)
    city.focus_areas.set([area])
    revision = city.save_revision()
    if live:
        revision.publish()
    return PartnerCityPage.objects.get(pk=city.pk)
