"""Partner cities and the focus areas of the international strategy."""

from partners.models.cities import PartnerCityImage, PartnerCityIndexPage, PartnerCityPage
from partners.models.focus_areas import FocusArea, in_locale, localize_focus_areas, localized_focus_areas

__all__ = [
    "FocusArea",
    "PartnerCityImage",
    "PartnerCityIndexPage",
    "PartnerCityPage",
    "in_locale",
    "localize_focus_areas",
    "localized_focus_areas",
]
