"""Wagtail's page view, with the site's home page in the visitor's language found in one query.

Wagtail routes from `site.root_page.localized.specific`: the active locale, then (for any language but the
root's) its translation of the root, then its specific row — up to three queries before the first page is
found. Here one query finds the root's translation in the active language with its own fields; the route
found is left where Wagtail's `Page.route_for_request` keeps it, and Wagtail's view serves it.
"""

from django.http import Http404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import PageViewRestriction, Site

from cms.cache import memo


def localized_root(root):
    """`root.localized.specific` in one query: the live translation of `root` in the active language, else root."""
    model = root.specific_class
    try:
        language = get_supported_content_language_variant(get_language())
    except LookupError:
        language = None
    if model is None or language is None:
        return root.localized.specific
    translation = (
        model.objects.filter(translation_key=root.translation_key, locale__language_code=language)
        .select_related("locale")
        .first()
    )
    # As Wagtail's `localized`: the root itself in its own language (live or not), a translation only if live.
    if translation is not None and (translation.pk == root.pk or translation.live):
        return translation
    return root.specific


def route_for_request(request, path):
    """What `Page.route_for_request` returns (page, args, kwargs) or None, kept on the request as Wagtail does.

    The site and the home page in the visitor's language are the same for every anonymous visitor
    until the content changes: they come from the process memo (cms.cache.memo) where it serves.
    """
    if not hasattr(request, "_wagtail_route_for_request"):
        try:
            site = find_site(request)
            components = [component for component in path.split("/") if component]
            request._wagtail_route_for_request = route_from_home(request, site, components) if site else None
        except Http404:
            request._wagtail_route_for_request = None
    return request._wagtail_route_for_request


def find_site(request):
    """`Site.find_for_request`, remembered per host and port (and kept on the request, as Wagtail does)."""
    if not hasattr(request, "_wagtail_site"):
        key = ("site", request.get_host(), request.get_port())
        request._wagtail_site = memo.remembered(request, key, lambda: Site.find_for_request(request))
    return request._wagtail_site


def home_page(request, site):
    """`localized_root(site.root_page)`, remembered per site and language."""
    key = ("home page", site.pk, get_language())
    return memo.remembered(request, key, lambda: localized_root(site.root_page))


def route_from_home(request, site, components):
    """`home.route(request, components)`. Under the memo, the home page's children come from it too, so the
    first step below the home page (a section: the partner cities, the reports, a standard page) needs no
    query; a slug it does not know is routed by the page itself, with Wagtail's own answers. And on a site
    without view restrictions, the page found is told so (its check then needs no query)."""
    home = home_page(request, site)
    if not memo.serves(request):
        return home.route(request, components)
    children = memo.remembered(request, ("home children", home.pk), lambda: children_by_slug(home))
    child = children.get(components[0]) if components else None
    route = child.route(request, components[1:]) if child is not None else home.route(request, components)
    if not any_view_restriction(request):
        route[0].view_restrictions_known = []
    return route


def any_view_restriction(request):
    """Whether any page of any site has a view restriction (a password, a login): asked once per generation,
    so on a site with none the restriction check of every page (partners.serving) needs no query."""
    return memo.remembered(request, "any view restriction", PageViewRestriction.objects.exists)


def children_by_slug(home):
    """{slug: specific child page} of every child of `home`, live or not (routing decides what a draft gets):
    one query for a home page that serves in fewer queries (`partners.serving`), as routing to one child."""
    if hasattr(home, "specific_children"):
        children = home.specific_children()
    else:
        children = list(home.get_children().specific())
        for child in children:
            child._cached_parent_obj = home
    return {child.slug: child for child in children}


def serve(request, path):
    route_for_request(request, path)
    return wagtail_views.serve(request, path)
