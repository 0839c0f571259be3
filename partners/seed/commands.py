"""What the apps' demo seed commands share: the guard against production and the page the demo goes under."""

from django.conf import settings
from django.core.management.base import CommandError
from wagtail.models import Locale, Page

from partners.seed.pages import site_root


def refuse_unless_allowed(command):
    """Demo content and demo users never go into production: seeding needs SEED_DEMO_ALLOWED = True."""
    if not getattr(settings, "SEED_DEMO_ALLOWED", False):
        raise CommandError(
            f"{command} is switched off in these settings (SEED_DEMO_ALLOWED is False): "
            "demo content and demo users must never be loaded into production."
        )


def demo_locales():
    """The demo is Danish with English translations: both must be content languages of the site."""
    codes = [code for code, _name in getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES)]
    if not {"da", "en"} <= set(codes):
        raise CommandError(f"The demo is in Danish and English; WAGTAIL_CONTENT_LANGUAGES has {codes}.")
    for code in ("da", "en"):
        Locale.objects.get_or_create(language_code=code)


def add_parent_argument(parser, page_class):
    parser.add_argument(
        "--parent",
        type=int,
        metavar="PAGE_ID",
        help=f"The page to put the {page_class._meta.verbose_name} under (default: the default site's root page).",
    )


def demo_parent(page_id, page_class):
    """The page `page_class` goes under: the one with this id, or the default site's root page."""
    if page_id is None:
        parent = site_root()
    else:
        parent = Page.objects.filter(pk=page_id).first()
        if parent is None:
            raise CommandError(f"There is no page with id {page_id}.")
        parent = parent.specific
    if type(parent) not in page_class.allowed_parent_page_models():
        raise CommandError(
            f"A {page_class._meta.verbose_name} cannot go under {parent.title!r} ({type(parent).__name__}): "
            "name an allowed parent page with --parent."
        )
    return parent
