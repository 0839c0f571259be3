"""What the bench requests: one page of each public page type in each language, the routes that are
not pages of their own, the files, and the 404 page; with the queries each costs uncached and cached."""

from dataclasses import dataclass, field


@dataclass
class Target:
    label: str
    path: str
    queries: int = 0
    cached_queries: int = 0
    kept: dict = field(default_factory=dict)  # way → whether that cache answers the page itself


def public_targets():
    targets = [Target(label, path) for label, path in pages() + routes()]
    for target in targets:
        target.queries, target.cached_queries = count_queries(target.path)
    return targets


def pages():
    """The first live page of each page type in each language."""
    from wagtail.models import Page

    seen = {}
    live = Page.objects.live().filter(depth__gt=1).select_related("locale", "content_type").order_by("path")
    for page in live:
        key = f"{page.content_type.model_class()._meta.verbose_name} ({page.locale.language_code})"
        if key not in seen and page.get_url():
            seen[key] = page.get_url()
    return sorted(seen.items())


def routes():
    from reports.models import Committee, TripReportIndexPage

    found = []
    finance = Committee.objects.filter(name_da="Økonomiudvalget").first()
    for index in TripReportIndexPage.objects.live().select_related("locale").order_by("path"):
        language = index.locale.language_code
        if finance is not None:
            found.append(
                (f"report list, filtered ({language})", f"{index.get_url()}?committee={finance.pk}&year=2025")
            )
        found.append((f"report list, page 2 ({language})", f"{index.get_url()}?page=2"))
        found.append((f"spending overview ({language})", index.spending_url()))
    found += [
        ("search (da)", "/da/soeg/?q=partnerskab"),
        ("feed (da)", "/da/feeds/rejserapporter.rss"),
        ("sitemap", "/sitemap.xml"),
        ("open data trips.csv", "/open-data/trips.csv"),
        ("404 (da)", "/da/findes-ikke/"),
    ]
    return found


def count_queries(path):
    """(queries of a render with the page cache off, queries of a request the page cache answers).

    Each after a warm-up request, so the first figure is a cache miss's steady state, not a cold process's.
    """
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(HTTP_HOST="127.0.0.1")

    def queries_of_second_request():
        for _ in range(2):
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
                if response.streaming:
                    b"".join(response.streaming_content)
        return len(queries)

    with override_settings(PAGE_CACHE_ENABLED=False):
        uncached = queries_of_second_request()
    return uncached, queries_of_second_request()
