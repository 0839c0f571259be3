"""A result's excerpt with the searched words marked, built safely from the page's own search text.

The database backend has no highlighter. The page's indexed text is plain text already (Wagtail
strips rich text's tags and decodes its entities when it indexes); a window is cut around the first
word that matches the query, and every piece is HTML-escaped before the matching words are wrapped
in <mark>: nothing from the page or the query reaches the HTML unescaped. On PostgreSQL, words that
stem like a query term (one query per results page) are matched too: "venskabsbyerne" marks "venskabsbyer".
"""

import re

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import mark_safe
from modelsearch import index

WORD = re.compile(r"\w+")
EXCERPT_LENGTH = 240  # characters, about three lines
LEAD = 60  # characters kept before the first hit
MAX_TERMS = 20
PREFIX_MIN = 4  # a term this long also marks the words it begins ("venskab" marks "venskabsbyer")
MAX_TEXT = 20_000  # characters of a page's text looked at: long pages are cut, not scanned whole
ELLIPSIS = "…"


def query_terms(query):
    """The query's words, lower-cased, once each, in order (operators and punctuation are no words)."""
    terms = []
    for word in WORD.findall(query.casefold()):
        if word not in terms and word not in {"and", "or", "not"}:
            terms.append(word)
    return terms[:MAX_TERMS]


def search_text(page):
    """The page's indexed text other than its title, spaces collapsed: what the excerpt is cut from."""
    parts = []
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name != "title":
            value = field.get_value(page)
            parts.extend(str(item) for item in (value if isinstance(value, list | tuple) else [value]) if item)
    return " ".join(" ".join(parts).split())[:MAX_TEXT]


def stemmed_matches(texts, terms, config):
    """The words of `texts` that stem like one of `terms` under the PostgreSQL configuration `config`."""
    if connection.vendor != "postgresql" or not config or not terms:
        return set()
    words = sorted({word for text in texts for word in WORD.findall(text.casefold())})
    if not words:
        return set()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word FROM unnest(%s::text[]) AS word "
            "WHERE tsvector_to_array(to_tsvector(%s::regconfig, word)) "
            "&& tsvector_to_array(to_tsvector(%s::regconfig, %s))",
            [words, config, config, " ".join(terms)],
        )
        return {row[0] for row in cursor.fetchall()}


def is_hit(word, terms, stemmed):
    word = word.casefold()
    return word in stemmed or any(
        word == term or (len(term) >= PREFIX_MIN and word.startswith(term)) for term in terms
    )


def excerpt(text, terms, stemmed=frozenset()):
    """About EXCERPT_LENGTH characters of `text` around its first hit, escaped, hits in <mark>."""
    words = list(WORD.finditer(text))
    first = next((match for match in words if is_hit(match.group(), terms, stemmed)), None)
    start = 0
    if first and first.start() > LEAD:
        # Start at a word boundary a little before the hit, so it is read in its sentence.
        start = next((match.start() for match in words if match.end() >= first.start() - LEAD), first.start())
    end = len(text)
    if end - start > EXCERPT_LENGTH:
        end = next((match.end() for match in words if match.end() >= start + EXCERPT_LENGTH), end)
    pieces = [ELLIPSIS] if start > 0 else []
    position = start
    for match in words:
        if match.start() < start or match.end() > end:
            continue
        if is_hit(match.group(), terms, stemmed):
            pieces.append(escape(text[position : match.start()]))
            pieces.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    pieces.append(escape(text[position:end]))
    if end < len(text):
        pieces.append(ELLIPSIS)
    return mark_safe("".join(pieces))  # noqa: S308 (every piece above is escaped)
