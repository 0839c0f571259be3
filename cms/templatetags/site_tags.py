"""Template tags for the page frame: languages, alternates, main menu, breadcrumbs.

All of them together run one query (the page frame, once per request), whatever the size of the site.
"""

from dataclasses import dataclass, field

from django import template
from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home.models.contact import footer_contact as cached_footer_contact

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


def _ancestor_paths(page):
    """The paths of the page's ancestors below the tree's root (home page first): computed, not queried."""
    step = page.steplen
    return [page.path[: depth * step] for depth in range(2, page.depth)]


@dataclass
class Frame:
    """What the page frame shows around a page, from one query: the pages that translate it and the site's
    root (for the switcher), the home page's menu children and the page's ancestors (for the breadcrumbs)."""

    root: Page | None
    translations: dict = field(default_factory=dict)  # (translation key, language code) -> live page
    menu: list = field(default_factory=list)
    ancestors: list = field(default_factory=list)

    @property
    def home(self):
        """The home page in the visitor's language: the root's live translation, else the root itself."""
        if self.root is None:
            return None
        return self.translations.get((self.root.translation_key, get_language())) or self.root


def _frame(context):
    """The Frame of the context's page, built once per request (the tags below all read it)."""
    request = context.get("request")
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    memo = getattr(request, "_site_frame", None)
    if memo is not None and memo[0] is page:
        return memo[1]
    frame = _load_frame(_site_root(request), page)
    if request is not None:
        request._site_frame = (page, frame)
    return frame


def _load_frame(root, page):
    if root is None:
        return Frame(root=None)
    keys = {p.translation_key for p in (page, root) if p is not None}
    ancestor_paths = _ancestor_paths(page) if page is not None else []
    # Every language's menu pages (depth below the root): few, and no query is needed to find the
    # visitor's home page first. Filtered to the right home page below.
    wanted = Q(translation_key__in=keys) | Q(depth=root.depth + 1, show_in_menus=True) | Q(path__in=ancestor_paths)
    rows = list(Page.objects.live().filter(wanted).select_related("locale").order_by("path"))
    frame = Frame(root=root)
    frame.translations = {(p.translation_key, p.locale.language_code): p for p in rows if p.translation_key in keys}
    home = frame.home
    frame.menu = [p for p in rows if p.show_in_menus and p.depth == home.depth + 1 and p.path.startswith(home.path)]
    frame.ancestors = [p for p in rows if p.path in ancestor_paths]
    return frame


@register.simple_tag(takes_context=True)
def page_languages(context):
    """One entry per language: where the switcher leads and whether it is this page's translation.

    The switcher leads to the same page in the other language; where that page has no live
    translation, to that language's home page. The page frame's one query covers both. A route of a
    page (a view below it, e.g. the report index's spending overview) puts `subpage_route` in the
    context: given a language code, its path below that language's page, or None where it has none.
    """
    request = context.get("request")
    page = context.get("page")
    subpage_route = context.get("subpage_route")
    if context.get("language_alternates") and not isinstance(page, Page):
        return _view_languages(request, context["language_alternates"])
    frame = _frame(context)
    root = frame.root
    by_key_and_language = frame.translations
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
    return _frame(context).menu


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """The page's ancestors below the root, home first; on a route of the page (`subpage_route`), the page too."""
    page = context.get("page")
    inclusive = bool(context.get("subpage_route"))
    if not isinstance(page, Page) or (page.depth <= 2 and not inclusive):
        return []
    crumbs = list(_frame(context).ancestors)
    return crumbs + [page] if inclusive and page.live else crumbs


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
