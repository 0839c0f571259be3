#!/usr/bin/env python
"""`make bench`: requests a second of every public page type, uncached, through the page cache and
through the front cache, against a trivial view on the same server and the front cache's static ceiling.

One run on a fresh SQLite demo (BENCH_SCALE=10 or 100 first multiplies its reports and cities): gunicorn
with the production settings (2 workers) and Redis, one server with the page cache off and one with it
on, Varnish with deploy/varnish/ in front of the second, and a second Varnish answering each page's
address with that page's saved answer (no backend: the page's static ceiling). wrk loads each (page,
way) in turn, round after round, so a slow moment of the machine touches every figure alike. Prints
requests a second, p50/p99 latency, queries per request and the ratios; then the time from a committee
approval to the page being fresh through the front cache in both languages, and the memory of each
worker after 1,000 requests. Speed is measured here, never asserted in the tests (they pin query counts instead).

    scripts/bench.py                        # 3 rounds of 3 s per (page, way)
    scripts/bench.py --rounds 7 --seconds 5
    BENCH_SCALE=10 scripts/bench.py
    scripts/bench.py --peer "forside (da)=http://127.0.0.1:8100/"   # another site's page, same rounds

A peer is a comparable page of another site, already running on this machine (e.g. bakerydemo's home
for our home page): it is loaded in the same rounds as ours, and each paired page's uncached figure is
printed against it.
"""

import argparse
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from benchkit import ceiling, freshness, http, load, memory  # noqa: E402

from tests.servers import free_port, gunicorn, redis_server, varnish, varnishd  # noqa: E402

# The environment that switches the page cache off on the "uncached" server.
PAGE_CACHE_OFF = {"PAGE_CACHE_ENABLED": "0"}
WAYS = ("uncached", "page cache", "front cache")
CEILING = "static ceiling"
PEER = "peer"
# Uncached, each page is to serve at least this many times the requests a second of its peer.
PEER_GOAL = 2.0


def main():
    args = parse_args()
    if not load.wrk_available():
        sys.exit("wrk is missing: run scripts/install-system-packages.sh --bench")
    with tempfile.TemporaryDirectory(prefix="ballerup-bench-") as directory, ExitStack() as stack:
        workdir = Path(directory)
        env = bench_environment(workdir)
        env["REDIS_URL"] = stack.enter_context(redis_server())
        # The seed runs before the front cache exists (it starts empty: nothing to purge). From then on
        # every process that changes content purges it: the app servers and this one, which approves a
        # report for the freshness figure.
        prepare_site(env, args.scale)
        front_port = free_port()
        env["FRONTEND_CACHE_URL"] = f"http://127.0.0.1:{front_port}"
        setup_django(env)
        targets = collect_targets()
        uncached = stack.enter_context(gunicorn({**env, **PAGE_CACHE_OFF}))
        cached = stack.enter_context(gunicorn(env))
        front = stack.enter_context(varnish(cached, port=front_port))
        servers = {"uncached": uncached, "page cache": cached, "front cache": front}
        static = stack.enter_context(varnishd(ceiling.write_static_vcl(workdir, saved_pages(front, targets))))
        rss = memory.after_requests(uncached, [f"{uncached}{target.path}" for target in targets], 1000)
        for target in targets:
            target.kept = {way: kept_by(way, f"{base}{target.path}") for way, base in servers.items()}
        figures = measure_rounds(args, targets, servers, static)
        print_results(args, targets, figures)
        print_peers(args, targets, figures)
        memory.print_report(rss)
        freshness.print_report(freshness.approval_to_fresh(front))


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    parser.add_argument("--seconds", type=int, default=3, help="seconds of load per (page, way) and round")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--scale", type=int, default=int(os.environ.get("BENCH_SCALE", "1")))
    parser.add_argument(
        "--peer",
        action="append",
        default=[],
        type=peer_argument,
        metavar="LABEL=URL",
        help="a comparable page of another site for our page LABEL (as the results name it); repeatable",
    )
    return parser.parse_args()


def peer_argument(text):
    label, separator, url = text.partition("=")
    if not separator or not label.strip() or not url.startswith("http"):
        raise argparse.ArgumentTypeError(f"expected LABEL=URL, got {text!r}")
    return label.strip(), url


def bench_environment(workdir):
    """Production settings on a throwaway database, media and static folder, over plain HTTP."""
    (workdir / "media").mkdir()
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.bench",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "BENCH_MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "0",
        # The approval's notification e-mails go nowhere.
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "SITE_BASE_URL": "http://127.0.0.1",
        # A throwaway password, so the seed does not write the project's .demo-password file.
        "DEMO_PASSWORD": secrets.token_urlsafe(12),
        # The thousands of requests for the 404 page would each log a warning between the figures.
        "LOG_LEVEL": "ERROR",
    }


def prepare_site(env, scale):
    commands = [["migrate", "--no-input"], ["seed_demo"], ["collectstatic", "--no-input"]]
    if scale > 1:
        commands.insert(2, ["multiply_demo", "--factor", str(scale)])
    for command in commands:
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=BASE_DIR, env=env, check=True, stdout=subprocess.DEVNULL
        )
    print(f"Demo content at {scale}× on SQLite, production settings, 2 gunicorn workers per server, Redis.")


def setup_django(env):
    os.environ.update(env)
    import django

    django.setup()


def collect_targets():
    from benchkit.targets import public_targets

    return public_targets()


def kept_by(way, url):
    """Whether the way's cache answers the second GET of url itself (search, 404s and files it passes)."""
    if way == "uncached":
        return False
    for _ in range(2):
        headers, _body = http.get(url)
    if way == "page cache":
        return headers.get("X-Page-Cache") == "hit"
    return http.is_hit((headers, b""))


def saved_pages(front, targets):
    """{path: (headers, body)} of each target as the front cache answers it the second time (a hit, where it
    keeps the page): what the ceiling replays."""
    pages = {}
    for target in targets:
        for _ in range(2):
            headers, body = http.get(f"{front}{target.path}")
        pages[target.path] = (ceiling.saved_headers(headers), body)
    return pages


def measure_rounds(args, targets, servers, static):
    """{(label, way): [Measurement per round]}, interleaved: every (page, way) once per round."""
    figures = {}
    ways = {**servers, CEILING: static}
    for round_number in range(1, args.rounds + 1):
        print(f"Round {round_number} of {args.rounds} …", flush=True)
        figures.setdefault(("trivial view", ""), []).append(wrk(args, f"{servers['uncached']}/bench/trivial/"))
        for target in targets:
            for way, base in ways.items():
                figures.setdefault((target.label, way), []).append(wrk(args, f"{base}{target.path}"))
        for url in dict.fromkeys(url for _label, url in args.peer):
            figures.setdefault((url, PEER), []).append(wrk(args, url))
    return figures


def wrk(args, url):
    return load.run_wrk(url, args.seconds, args.threads, args.connections)


def median_of(measurements, field):
    return statistics.median(getattr(m, field) for m in measurements)


def print_results(args, targets, figures):
    trivial = median_of(figures[("trivial view", "")], "requests_per_second")
    print(
        f"\nMedians of {args.rounds} rounds, {args.seconds} s each, wrk {args.threads} threads × "
        f"{args.connections} connections.\nTrivial view on the same server: {trivial:,.0f}/s. Static "
        "ceiling: each page's saved answer, served by Varnish with no backend (×static is against it).\n"
    )
    header = (
        f"{'page':<34} {'way':<18} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'queries':>7} "
        f"{'×trivial':>8} {'×static':>8} {'non-2xx':>7}"
    )
    print(header)
    print("-" * len(header))
    worst = {}
    for target in targets:
        static = median_of(figures[(target.label, CEILING)], "requests_per_second")
        for way in (*WAYS, CEILING):
            runs = figures.get((target.label, way))
            if not runs:
                continue
            rate = median_of(runs, "requests_per_second")
            kept = way == CEILING or target.kept[way]
            queries = {"uncached": target.queries, "page cache": target.cached_queries}.get(way, 0)
            queries = queries if kept or way == "uncached" else target.queries
            ratios = (rate / trivial, rate / static)
            shown_way = way if kept or way == "uncached" else f"{way} (pass)"
            if kept:
                worst.setdefault(way, []).append((ratios, target.label))
            print(
                f"{target.label:<34} {shown_way:<18} {rate:>8,.0f} {median_of(runs, 'p50_ms'):>7.2f} "
                f"{median_of(runs, 'p99_ms'):>7.2f} {queries:>7} {ratios[0]:>8.2f} {ratios[1]:>8.3f} "
                f"{sum(m.errors for m in runs):>7}"
            )
    print("\n(pass): not kept by that cache on purpose (search, 404s, files streamed in constant memory).")
    for way, (goal, index, against) in {
        "page cache": (0.80, 0, "trivial view"),
        "front cache": (0.90, 1, "static ceiling"),
    }.items():
        if way in worst:
            ratio, label = min((ratios[index], label) for ratios, label in worst[way])
            verdict = "holds" if ratio >= goal else "MISSED"
            print(
                f"Through the {way}: the slowest page it keeps ({label}) at {ratio:.2f}× the {against} "
                f"(goal ≥ {goal}: {verdict})."
            )


def print_peers(args, targets, figures):
    """Each paired page uncached against its peer, measured in the same rounds."""
    if not args.peer:
        return
    labels = {target.label for target in targets}
    print(f"\nUncached against the peers (same rounds; goal ≥ {PEER_GOAL}×):")
    ratios = []
    for label, url in args.peer:
        peer = figures[(url, PEER)]
        peer_rate = median_of(peer, "requests_per_second")
        errors = sum(m.errors for m in peer)
        peer_line = f"{url}: {peer_rate:,.0f}/s (p50 {median_of(peer, 'p50_ms'):.1f} ms)" + (
            f", {errors} non-2xx" if errors else ""
        )
        if label not in labels:
            print(f"  {label:<34} (no such page here)  {peer_line}")
            continue
        rate = median_of(figures[(label, "uncached")], "requests_per_second")
        ratios.append((rate / peer_rate, label))
        print(f"  {label:<34} {rate:>6,.0f}/s  {rate / peer_rate:>5.2f}×  {peer_line}")
    if ratios:
        ratio, label = min(ratios)
        verdict = "holds" if ratio >= PEER_GOAL else "MISSED"
        print(f"Uncached, the page furthest from its peer ({label}) at {ratio:.2f}× (goal ≥ {PEER_GOAL}: {verdict}).")


if __name__ == "__main__":
    main()
