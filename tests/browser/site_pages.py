"""The public pages of the seeded demo, found in the database, not listed by hand.

When another app adds a page type and seeds demo pages of it, the browser tests check those pages
too, in both languages.
"""

from collections import defaultdict

from wagtail.models import Page

NOT_FOUND_PATHS = ["/da/findes-ikke/", "/en/does-not-exist/"]
# The search page in each language: empty, with results (more than one page of them), with none.
SEARCH_PATHS = ["/da/soeg/", "/da/soeg/?q=venskabsbyer", "/da/soeg/?q=kaenguru", "/en/search/?q=Ballerup"]
OTHER_LANGUAGE = {"da": "en", "en": "da"}


def live_pages():
    """Every live page of the site (the tree's root is not one), Danish and English."""
    return Page.objects.live().filter(depth__gt=1).select_related("locale").order_by("path")


def public_paths():
    """The path of every live page, both languages."""
    paths = [page.get_url() for page in live_pages()]
    return [path for path in paths if path]


def translated_paths():
    """(path, language, translation's path, its language) for every live page with a live translation."""
    paths_by_key = defaultdict(dict)
    for page in live_pages():
        paths_by_key[page.translation_key][page.locale.language_code] = page.get_url()
    return [
        (paths[language], language, paths[other], other)
        for paths in paths_by_key.values()
        for language, other in OTHER_LANGUAGE.items()
        if paths.get(language) and paths.get(other)
    ]
