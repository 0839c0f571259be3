"""Template tags for the page frame: languages, alternates, main menu, breadcrumbs.

Each tag runs a fixed number of queries, whatever the size of the site.
"""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home.models.contact import footer_contact as cached_footer_contact

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def page_languages(context):
    """One entry per language: where the switcher leads and whether it is this page's translation.

    The switcher leads to the same page in the other language; where that page has no live
    translation, to that language's home page. One query covers both. A route of a page (a view
    below it, e.g. the report index's spending overview) puts `subpage_route` in the context: given a
    language code, its path below that language's page, or None where it has none.
    """
    request = context.get("request")
    page = context.get("page")
    subpage_route = context.get("subpage_route")
    root = _site_root(request)
    if context.get("language_alternates") and not isinstance(page, Page):
        return _view_languages(request, context["language_alternates"])
    keys = {p.translation_key for p in (page, root) if isinstance(p, Page)}
    candidates = Page.objects.live().filter(translation_key__in=keys).select_related("locale") if keys else []
    by_key_and_language = {(p.translation_key, p.locale.language_code): p for p in candidates}
    current = get_language()
    languages = []
    for code, name in settings.LANGUAGES:
        same_page = by_key_and_language.get((page.translation_key, code)) if isinstance(page, Page) else None
        subpath = ""
        if same_page and subpage_route:
            subpath = subpage_route(code)
            same_page = same_page if subpath is not None else None
        home = by_key_and_language.get((root.translation_key, code)) if root else None
        target = same_page or home
        languages.append(
            {
                "code": code,
                "name": name,
                "is_current": code == current,
                "url": target.get_url(request) + (subpath if same_page else "") if target else f"/{code}/",
                "home_url": home.get_url(request) if home else f"/{code}/",
                "alternate_url": same_page.get_full_url(request) + subpath if same_page else None,
            }
        )
    return languages


def _view_languages(request, alternates):
    """A view outside the page tree that exists in every language ({language code: its path}): the switcher
    and the hreflang alternates lead to that view in the other language."""
    current = get_language()
    # Absolute addresses from the Site record, as Wagtail builds the pages' alternates.
    site = Site.find_for_request(request) if request else None
    base = site.root_url if site else (request.build_absolute_uri("/").rstrip("/") if request else "")
    return [
        {
            "code": code,
            "name": name,
            "is_current": code == current,
            "url": alternates.get(code, f"/{code}/"),
            "home_url": f"/{code}/",
            "alternate_url": base + alternates[code] if code in alternates else None,
        }
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag
def current_home_url(languages):
    """The home page of the visitor's language, from `page_languages` (no further queries)."""
    return next((language["home_url"] for language in languages if language["is_current"]), "/")


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's live children marked "show in menus", in the visitor's language."""
    request = context.get("request")
    root = _site_root(request)
    if root is None:
        return []
    return root.localized.get_children().live().in_menu()


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """The page's ancestors below the root, home first; on a route of the page (`subpage_route`), the page too."""
    page = context.get("page")
    inclusive = bool(context.get("subpage_route"))
    if not isinstance(page, Page) or (page.depth <= 2 and not inclusive):
        return []
    return page.get_ancestors(inclusive=inclusive).filter(depth__gte=2).live()


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """`url` as an absolute address (OpenGraph wants one); an address that is absolute already stays."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request else url


@register.simple_tag
def canonical_url(languages):
    """This page's own address, from `page_languages` (no further queries); None outside a live page."""
    return next((language["alternate_url"] for language in languages if language["is_current"]), None)


@register.simple_tag
def footer_contact():
    """The contact details in the visitor's language; cached, so a page view usually runs no query."""
    return cached_footer_contact(get_language() or settings.LANGUAGE_CODE)
