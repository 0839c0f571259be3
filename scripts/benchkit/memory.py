"""Resident memory of a gunicorn server's workers, before and after a number of requests."""

import itertools
import re
from pathlib import Path

from benchkit.http import get


def workers_of(base_url):
    """The worker processes of the gunicorn master bound to base_url's port (found in /proc)."""
    bind = base_url.removeprefix("http://")
    processes = {}
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            cmdline = (status.parent / "cmdline").read_bytes().split(b"\0")
            text = status.read_text()
        except OSError:
            continue
        parent = int(re.search(r"^PPid:\s+(\d+)", text, re.MULTILINE).group(1))
        processes[int(status.parent.name)] = (parent, cmdline, text)
    masters = [
        pid
        for pid, (_, cmdline, _) in processes.items()
        if bind.encode() in cmdline and b"gunicorn" in b" ".join(cmdline)
    ]
    return [pid for pid, (parent, _, _) in processes.items() if parent in masters]


def rss_kib(pid):
    text = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"^VmRSS:\s+(\d+) kB", text, re.MULTILINE).group(1))


def after_requests(base_url, urls, count):
    """{worker pid: (KiB before, KiB after `count` requests cycling through urls)}."""
    before = {pid: rss_kib(pid) for pid in workers_of(base_url)}
    for url in itertools.islice(itertools.cycle(urls), count):
        get(url)
    return {pid: (kib, rss_kib(pid)) for pid, kib in before.items()}


def print_report(rss):
    print("\nMemory per worker (uncached server), before → after 1,000 requests over every page:")
    for pid, (before, after) in sorted(rss.items()):
        print(f"  worker {pid}: {before / 1024:.0f} MiB → {after / 1024:.0f} MiB")
