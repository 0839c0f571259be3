"""The public search page: live, public pages of the visitor's language, the editors' promoted pages first."""

import re
from collections import defaultdict

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import F
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Locale, Page

from cms.search.backend import backend_for_language, search_config_for_language
from cms.search.excerpt import excerpt, query_terms, search_text, stemmed_matches

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 100  # characters; a longer query is cut, and the visitor told so
# Control characters (NUL among them: PostgreSQL refuses it in text) are no part of any word.
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean_query(raw):
    """The query as searched, and whether it had to be cut to MAX_QUERY_LENGTH."""
    text = " ".join(CONTROL.sub(" ", raw).split())
    return text[:MAX_QUERY_LENGTH].strip(), len(text) > MAX_QUERY_LENGTH


def searchable_pages(locale):
    """What an anonymous visitor may find: live, public pages of one language (the tree's root is none)."""
    return Page.objects.live().public().filter(locale=locale, depth__gt=1)


def promoted_pages(query, pages):
    """The pages editors pinned to this query, in their order, of those in `pages` only."""
    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query), page__in=pages)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    return [promotion.page for promotion in promotions]


def specific_in_order(pages):
    """The specific pages (their own fields are the excerpt's text) in the order given: one query per page type
    among them (the base rows are the results already)."""
    by_type = defaultdict(list)
    for page in pages:
        by_type[page.specific_class or Page].append(page.pk)
    by_pk = {}
    for model, pks in by_type.items():
        by_pk.update(model.objects.in_bulk(pks))
    return [by_pk[page.pk] for page in pages if page.pk in by_pk]


def record_hit(query):
    """Count the query for the promotions' "popular searches": the text and a daily count, nothing of the visitor.

    Only queries that found something are kept, so a visitor's stray personal details are not stored.
    """
    # The steady state (a query already counted today) in one UPDATE; Wagtail's way (three queries) otherwise.
    known_today = QueryDailyHits.objects.filter(
        query__query_string=normalise_query_string(query), date=timezone.now().date()
    )
    if not known_today.update(hits=F("hits") + 1):
        Query.get(query).add_hit()


def search_page_addresses():
    """The search page's address in each language."""
    addresses = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            addresses[code] = reverse("search")
    return addresses


# Never from the page cache or the front cache: every query that finds something is counted for the
# promotions' "popular searches", and queries are endless (each would take a cache entry of its own).
@cache_control(no_cache=True)
@require_safe
def search(request):
    language = get_language()
    query, shortened = clean_query(request.GET.get("q", ""))
    terms = query_terms(query)
    context = {
        "search_query": query,
        "shortened": shortened,
        "has_words": bool(terms),
        "max_length": MAX_QUERY_LENGTH,
        # The language switcher leads to the search page of the other language (not its home page).
        "language_alternates": search_page_addresses(),
    }
    if terms:
        locale = Locale.objects.get(language_code=language)
        pages = searchable_pages(locale)
        promoted = promoted_pages(query, pages)
        # Only the query's words reach the backend: quotes, operators and symbols cannot change its meaning.
        results = backend_for_language(language).search(
            " ".join(terms), pages.exclude(pk__in=[page.pk for page in promoted])
        )
        paginator = Paginator(results, RESULTS_PER_PAGE)
        results_page = paginator.get_page(request.GET.get("page"))
        shown = specific_in_order(([*promoted] if results_page.number == 1 else []) + list(results_page))
        texts = {page.pk: search_text(page) for page in shown}
        stemmed = stemmed_matches(texts.values(), terms, search_config_for_language(language))
        promoted_pks = {page.pk for page in promoted}
        context.update(
            results_page=results_page,
            total=paginator.count + len(promoted),
            results=[
                {
                    "page": page,
                    "url": page.get_url(request),
                    "excerpt": excerpt(texts[page.pk], terms, stemmed),
                    "promoted": page.pk in promoted_pks,
                }
                for page in shown
            ],
        )
        if context["total"] and results_page.number == 1:
            record_hit(query)
    return render(request, "search/search.html", context)
