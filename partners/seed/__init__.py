"""The partners demo: the strategy's focus areas, the partner city index and the four partner cities."""
