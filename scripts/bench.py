#!/usr/bin/env python
"""`make bench`: response times and query counts of every public page type, on a fresh demo site.

Migrates a temporary SQLite database, loads the demo (`seed_demo`), then requests one page of each
page type in each language (and the 404 page) through Django's test client: the whole middleware
stack and template rendering, without a network. Prints median and 95th-percentile times over N
requests and the number of database queries per request. Speed is measured here, never asserted
in the tests (the tests pin query counts instead).

    scripts/bench.py                 # 50 timed requests per page
    scripts/bench.py --requests 200
"""

import argparse
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
WARM_UP = 3


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50, help="timed requests per page (default 50)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ballerup-bench-") as directory:
        setup_django(Path(directory))
        load_demo()
        rows = [measure(target, args.requests) for target in targets()]
    print_table(rows, args.requests)


def setup_django(directory):
    """Test settings (DEBUG off, demo seeding allowed) on a throwaway SQLite file."""
    sys.path.insert(0, str(BASE_DIR))
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{directory / 'bench.sqlite3'}"
    os.environ["TEST_MEDIA_ROOT"] = str(directory / "media")
    # A throwaway password, so the seed does not write the project's .demo-password file.
    os.environ["DEMO_PASSWORD"] = secrets.token_urlsafe(12)
    import django

    django.setup()


def load_demo():
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    print(f"Migrated and seeded a fresh SQLite database in {time.perf_counter() - started:.1f} s.")


def targets():
    """(page type, language, path): the first live page of each type in each language, then the 404 page."""
    from wagtail.models import Page

    seen = {}
    pages = Page.objects.live().filter(depth__gt=1).select_related("locale", "content_type").order_by("path")
    for page in pages:
        key = (page.content_type.model_class().__name__, page.locale.language_code)
        if key not in seen:
            seen[key] = page.get_url()
    found = [(page_type, language, path) for (page_type, language), path in seen.items() if path]
    found.sort(key=lambda target: (target[0], target[1]))
    return found + routes() + [("404", "da", "/da/findes-ikke/"), ("404", "en", "/en/does-not-exist/")]


def routes():
    """What is not a page of its own: the filtered report list, the spending overview, the open data."""
    from reports.models import Committee, TripReportIndexPage

    found = []
    finance = Committee.objects.filter(name_da="Økonomiudvalget").first()
    for index in TripReportIndexPage.objects.live().select_related("locale").order_by("path"):
        language = index.locale.language_code
        if finance is not None:
            found.append(("report list, filtered", language, f"{index.get_url()}?committee={finance.pk}&year=2025"))
        found.append(("spending overview", language, index.spending_url()))
    found += [("open data", "-", f"/open-data/{name}") for name in ("trips.csv", "trips.json", "expenses.csv")]
    return found


def measure(target, requests):
    """Time `requests` GETs of one path after a warm-up; count the queries of one more."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    page_type, language, path = target
    client = Client()
    for _ in range(WARM_UP):
        client.get(path)
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(path)
        if response.streaming:
            b"".join(response.streaming_content)
        timings.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return {
        "type": page_type,
        "language": language,
        "path": path,
        "status": response.status_code,
        "queries": len(queries),
        "median": statistics.median(timings),
        "p95": percentile(timings, 95),
    }


def percentile(values, percent):
    """The nearest-rank percentile: the value below which `percent` % of the values lie."""
    ordered = sorted(values)
    rank = max(1, round(percent / 100 * len(ordered)))
    return ordered[rank - 1]


def print_table(rows, requests):
    print(f"\n{requests} requests per page (Django test client, SQLite, DEBUG off)\n")
    header = f"{'page type':<22} {'lang':<4} {'path':<44} {'status':>6} {'queries':>7} {'median ms':>9} {'p95 ms':>7}"
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row['type']:<22} {row['language']:<4} {row['path']:<44} {row['status']:>6} "
            f"{row['queries']:>7} {row['median']:>9.1f} {row['p95']:>7.1f}"
        )


if __name__ == "__main__":
    main()
