"""The query counts the report index is pinned at (shared by the page and the filter tests).

Routing (none once the process memo, cms/cache/memo.py, is warm: the site, the home page of the visitor's
language and the index, a child of the home page, come from it; so does whether the site has any view
restriction: with none, their check needs no query), the page frame (one); the filter
form's choices come from the memo too once it is warm (REPORTS_REMEMBER; four queries when they are worked
out: the reports' years and destinations; committees; budgets; focus areas), the totals one aggregate, which
also gives the paginator its count (one COUNT fewer; the whole list's totals come from the memo too, a
filtered list's are asked), and the shown page's rows one. The view restrictions of
the listed reports are asked in the same queries (`partners.serving.public`).
"""

INDEX_QUERIES = 2

INDEX_QUERIES_EN = 2

# With a filter applied: its totals are asked.
FILTERED_QUERIES = 3
