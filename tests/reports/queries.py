"""The query counts the report index is pinned at (shared by the page and the filter tests).

Routing (site, locale, home page, index: four), the view restrictions and the page frame (one each); the
filter form's choices add four queries (the reports' years and destinations; committees; budgets; focus
areas), the totals one aggregate, which also gives the paginator its count (one COUNT fewer), the shown
page's rows one, `public()` one, and the link to the spending overview looks up the index's locale once.
"""

INDEX_QUERIES = 15

INDEX_QUERIES_EN = 16  # routing finds the English home page from the Danish site root (one more)
