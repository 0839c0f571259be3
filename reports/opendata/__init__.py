"""Open data: every published, approved trip and its expense lines as CSV and JSON, with a published schema.

`schema` is the one definition of the columns (names, types, descriptions, constraints), `rows` builds
the rows from the database, `freshness` answers conditional requests, `views` serves the files and
the landing page. The host site includes `reports.opendata.urls` and `reports.opendata.landing_urls`.
"""
