"""The query counts the report index is pinned at (shared by the page and the filter tests)."""

INDEX_QUERIES = 19

INDEX_QUERIES_EN = 21  # the English menu and switcher look up the Danish home page once more
