"""The site's own page types (home, strategy and standard pages) and the footer's contact details."""

from home.models.contact import ContactDetails
from home.models.home_page import HomePage
from home.models.standard import StandardPage
from home.models.strategy import StrategyPage

__all__ = ["ContactDetails", "HomePage", "StandardPage", "StrategyPage"]
