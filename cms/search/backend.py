"""Wagtail's database search backend, with each page stemmed by the rules of its own language on PostgreSQL.

The stock PostgreSQL backend takes one text-search configuration for every object. This one indexes
an object that has a locale with that language's configuration (LANGUAGE_SEARCH_CONFIGS, e.g. Danish
pages with "danish", English pages with "english") and everything else with SEARCH_CONFIG; a search
asks `backend_for_language()` for a backend that parses the query with the same language's rules.
On SQLite (no stemming) it is the stock database backend.
"""

import copy
from collections import defaultdict

from django.db import connection
from modelsearch.backends import get_search_backend
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend


def language_configs(params):
    return params.get("LANGUAGE_SEARCH_CONFIGS", {})


class LanguagePostgresIndex(PostgresIndex):
    """Writes each object's index entry with the configuration of its language."""

    def add_items(self, model, objs):
        languages = self.backend.locale_languages()
        by_config = defaultdict(list)
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None))
            by_config[self.backend.configs.get(language, self.backend.config)].append(obj)
        for config, group in by_config.items():
            # The stock index reads the configuration from its backend: give it one with this language's.
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguagePostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.configs = language_configs(params)

    def with_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend

    @staticmethod
    def locale_languages():
        from wagtail.models import Locale

        return dict(Locale.objects.values_list("pk", "language_code"))


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    return database_backend(params)


def search_config_for_language(language_code, backend_name="default"):
    """The text-search configuration the index uses for `language_code` (None when stemming is off)."""
    from django.conf import settings

    params = settings.WAGTAILSEARCH_BACKENDS[backend_name]
    return language_configs(params).get(language_code, params.get("SEARCH_CONFIG"))


def backend_for_language(language_code, backend_name="default"):
    """A search backend that parses queries with the rules `language_code`'s pages are indexed with."""
    return get_search_backend(backend_name, SEARCH_CONFIG=search_config_for_language(language_code, backend_name))
