"""A page mixin that serves a public page in fewer queries, with Wagtail's own semantics.

Put it before `Page` in a page model's bases (after `RoutablePageMixin`, whose routes come first).
"""

from functools import cache

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.http import Http404
from wagtail.models import PageViewRestriction


def public(pages):
    """`pages.public()` in the pages' own query: none at or below a page with a view restriction.

    Wagtail's `public()` first fetches every restriction (one query per call, several per page view);
    here a NOT EXISTS subquery asks the same: is one of the page's ancestors (or the page) restricted?
    """
    # A restricted page is an ancestor of (or is) the page when its path is the page's path's prefix.
    at_or_above = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return pages.exclude(Exists(at_or_above))


class FewerQueriesPageMixin:
    @classmethod
    @cache
    def single_child_model(cls):
        """The one concrete page model allowed below this one (e.g. a city below the city index), or None."""
        models = [model for model in cls.allowed_subpage_models() if not model._meta.abstract]
        return models[0] if len(models) == 1 else None

    @classmethod
    @cache
    def child_page_links(cls):
        """{model: its parent link's name on Page} for the allowed child models that extend Page directly: a
        child of any of them comes with its own fields in the routing query (one join each)."""
        from wagtail.models import Page

        return {
            model: model._meta.get_ancestor_link(Page).remote_field.get_accessor_name()
            for model in cls.allowed_subpage_models()
            if not model._meta.abstract and model._meta.get_parent_list() == [Page]
        }

    def child_route_queryset(self, queryset):
        """The child lookup while routing: a subclass adds what the child's page shows (select_related, …)."""
        return queryset

    def route(self, request, path_components):
        """Wagtail's route, but the child is found with its own fields (and locale) in one query; Wagtail runs
        two, the base page, then its specific row."""
        if not path_components:
            return super().route(request, path_components)
        model = self.single_child_model()
        if model is None:
            child = self._any_child(path_components[0])
        else:
            queryset = self.child_route_queryset(model.objects.child_of(self).select_related("locale"))
            try:
                child = queryset.get(slug=path_components[0])
            except model.DoesNotExist:
                # No such child, or one of another type (moved here before the rule): Wagtail decides.
                return super().route(request, path_components)
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])

    def _any_child(self, slug):
        """The specific child page with this slug, in one query when its type is among `child_page_links`."""
        try:
            child = self._children_with_their_rows().get(slug=slug)
        except ObjectDoesNotExist as error:
            raise Http404 from error
        return self._specific_child(child)

    def specific_children(self):
        """Every child page (live or not), each as its specific page, in one query when their types are among
        `child_page_links` (one more for each child of another type)."""
        children = []
        for child in self._children_with_their_rows():
            child = self._specific_child(child)
            child._cached_parent_obj = self
            children.append(child)
        return children

    def _children_with_their_rows(self):
        from wagtail.models import Page

        return Page.objects.child_of(self).select_related("locale", *self.child_page_links().values())

    def _specific_child(self, child):
        link = self.child_page_links().get(child.specific_class)
        return getattr(child, link) if link else child.specific

    # A host that knows, for the request being served, that no page of the site has a view restriction may
    # say so (`page.view_restrictions_known = []`): the check then needs no query. Left None, it asks.
    view_restrictions_known = None

    def get_view_restrictions(self):
        """The restrictions of this page and its ancestors in one query (Wagtail fetches the ancestors first).

        As in Wagtail, an alias counts its source page's restrictions instead of its own: a restriction
        applies if it is on a page of the chain that is no alias, or on the source of an alias in the chain.
        """
        if self.view_restrictions_known is not None:
            return self.view_restrictions_known
        paths = [self.path[: depth * self.steplen] for depth in range(1, self.depth + 1)]
        on_chain = Q(page__path__in=paths, page__alias_of__isnull=True)
        on_source_of_alias = Q(page__aliases__path__in=paths)
        return PageViewRestriction.objects.filter(on_chain | on_source_of_alias).distinct()
