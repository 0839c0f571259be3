"""Helpers shared by the partner and strategy tests: build pages and count queries on a GET."""

from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from partners.models import FocusArea, PartnerCityImage, PartnerCityIndexPage, PartnerCityPage
from partners.seed.images import demo_image
from tests.publishing import as_administrator
from tests.querycount import warm


def danish_index():
    return PartnerCityIndexPage.objects.get(locale__language_code="da")


def add_city(index, slug, *, live=True, latitude="50.0", longitude="14.0", country="CZ", with_image=True):
    """A partner city under `index`, published unless live=False, with an image and a focus area."""
    city = PartnerCityPage(
        title=slug.replace("-", " ").title(),
        slug=slug,
        country=country,
        relationship=PartnerCityPage.Relationship.NETWORK,
        latitude=Decimal(latitude),
        longitude=Decimal(longitude),
        live=live,
    )
    if with_image:
        image = demo_image(f"Test: {slug}", "#336699", "#223344")
        city.images = [PartnerCityImage(image=image, alt_text=f"Picture of {slug}")]
    with as_administrator():
        index.add_child(instance=city)
        city.focus_areas.set(FocusArea.objects.filter(locale=index.locale)[:2])
        revision = city.save_revision()
        if live:
            revision.publish()
    return city


def count_queries(client, url):
    """The number of queries one GET of `url` runs (after a warm-up GET that creates image renditions)."""
    assert warm(client, url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)
