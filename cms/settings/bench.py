"""`make bench`: the production settings, plus a trivial view to compare the pages with.

Only scripts/bench.py uses this module. It serves a throwaway demo database, so it may seed it.
"""

from .production import *  # noqa: F403
from .production import os

ROOT_URLCONF = "cms.bench_urls"
SEED_DEMO_ALLOWED = True
MEDIA_ROOT = os.environ["BENCH_MEDIA_ROOT"]
