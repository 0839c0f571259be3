"""The page cache for anonymous visitors, its invalidation on every content change, and the front cache purge.

- `middleware`: serves and stores anonymous GET/HEAD responses in the `pages` cache, and says in
  `Cache-Control` how browsers and the front cache may keep them;
- `entries`: what is kept of a response (the generation it was rendered under, status, headers, body);
- `redis`: Django's Redis backend with one client per process instead of one per call;
- `generation`: the number every entry carries; bumping it empties the page cache at once on
  every app server sharing the cache;
- `invalidation`: the one place that hears content changes (pages, snippets, images, documents …),
  bumps the generation and purges the front cache after the change is committed;
- `frontend`: the purge of the whole site from the front cache (Varnish, `deploy/varnish/`);
- `memo`: what every anonymous render looks up alike (the site, the home page in each language), kept
  in each process under the generation, so a page the page cache does not hold still skips it.
"""
