"""Partner cities and the focus areas of the international strategy."""

from partners.models.cities import PartnerCityIndexPage, PartnerCityPage
from partners.models.focus_areas import FocusArea

__all__ = ["FocusArea", "PartnerCityIndexPage", "PartnerCityPage"]
