"""The demo's placeholder images: no text baked in, and a city's gallery never shows the same picture twice."""

import hashlib

import pytest

from partners.seed.images import _draw_card

pytestmark = pytest.mark.django_db


def test_a_drawing_carries_no_text():
    """Only colours and the motif go into a drawing, so no name in any language can be in its pixels."""
    import inspect

    assert list(inspect.signature(_draw_card).parameters) == ["colour", "accent", "variant"]
    source = inspect.getsource(__import__("partners.seed.images", fromlist=["x"]))
    assert ".text(" not in source and "ImageFont" not in source


def test_each_city_gallery_shows_different_pictures(seeded):
    from partners.models import PartnerCityPage

    cities = PartnerCityPage.objects.live()
    assert cities.count() >= 8  # four cities in two languages
    for city in cities:
        images = [item.image for item in city.images.all()]
        assert len(images) >= 2, city.url
        digests = set()
        for image in images:
            with image.file.open("rb") as handle:
                digests.add(hashlib.sha256(handle.read()).hexdigest())
        assert len(digests) == len(images), f"{city.url} repeats a picture"
        # The motifs differ, not just the colours: the second is no colour swap of the first.
        alts = [item.alt_text for item in city.images.all()]
        assert len(set(alts)) == len(alts)


def test_the_lead_and_gallery_motifs_differ_beyond_their_colours():
    from io import BytesIO

    from PIL import Image

    skyline = Image.open(BytesIO(_draw_card("#000000", "#ffffff", 0))).convert("1")
    landscape = Image.open(BytesIO(_draw_card("#000000", "#ffffff", 1))).convert("1")
    inverted_landscape = Image.open(BytesIO(_draw_card("#ffffff", "#000000", 1))).convert("1")
    assert skyline.tobytes() != landscape.tobytes()
    assert skyline.tobytes() != inverted_landscape.tobytes()
