"""The apps use the site's image and document models (WAGTAILIMAGES_IMAGE_MODEL, WAGTAILDOCS_DOCUMENT_MODEL),
in their models and in their migrations, so a site with its own models can install them."""

from pathlib import Path

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import partners
import reports
from partners.models import PartnerCityImage
from reports.models import AttachedDocument, ReportAttachment

STOCK_LABELS = ("wagtailimages.image", "wagtaildocs.document", "'wagtailimages'", "'wagtaildocs'")


@pytest.mark.parametrize("app", [partners, reports])
def test_no_migration_names_the_stock_image_or_document_model(app):
    for migration in sorted((Path(app.__file__).parent / "migrations").glob("0*.py")):
        source = migration.read_text().lower()
        assert not [label for label in STOCK_LABELS if label in source], migration.name


def test_the_models_point_at_the_configured_models():
    assert PartnerCityImage._meta.get_field("image").related_model is get_image_model()
    assert ReportAttachment._meta.get_field("document").related_model is get_document_model()
    assert AttachedDocument._meta.get_field("document").related_model is get_document_model()
