"""The site's own page types: home, strategy and standard pages."""

from home.models.home_page import HomePage
from home.models.standard import StandardPage
from home.models.strategy import StrategyPage

__all__ = ["HomePage", "StandardPage", "StrategyPage"]
