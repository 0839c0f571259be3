"""The sitemap: every live, public page of every language, each with its translations as hreflang alternates.

Pages say which addresses they have through Wagtail's `Page.get_sitemap_urls`, so a page type may
list more than its own (a RoutablePage its routes). The n-th address a page lists is an alternate
of the n-th address each of its translations lists. Django's sitemap template writes the XML.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from partners.serving import public


class TranslatedPagesSitemap(Sitemap):
    """Wagtail's sitemap over the site's root page and its translations, with alternates per address."""

    # Like the page head: the Danish page is also the alternate for visitors of any other language.
    x_default = True

    def items(self):
        site = self.get_wagtail_site()
        roots = Page.objects.live().filter(translation_key=site.root_page.translation_key)
        trees = Q(pk__in=[])
        for root in roots:
            trees |= Page.objects.descendant_of_q(root, inclusive=True)
        # A page's translations side by side: the alternates are found among the same sitemap page.
        return (
            public(Page.objects.live())
            .filter(trees)
            .order_by("translation_key", "path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        locales = Locale.objects.in_bulk()
        languages = {pk: locale.language_code for pk, locale in locales.items()}
        rank = {code: number for number, (code, _name) in enumerate(settings.LANGUAGES)}
        listed = {}
        translations = defaultdict(list)
        for item in pages:
            item.locale = locales[item.locale_id]  # a page that lists a route asks for its language
            listed[item.pk] = item.get_sitemap_urls(self.request)
            translations[item.translation_key].append(item)
        for siblings in translations.values():
            siblings.sort(key=lambda item: rank.get(languages[item.locale_id], len(rank)))

        urls = []
        for item in pages:
            for position, url_info in enumerate(listed[item.pk]):
                alternates = [
                    {"lang_code": languages[sibling.locale_id], "location": listed[sibling.pk][position]["location"]}
                    for sibling in translations[item.translation_key]
                    if len(listed[sibling.pk]) > position
                ]
                url_info.setdefault("alternates", alternates + self._x_default(alternates))
                urls.append(url_info)

        last_mods = [url_info.get("lastmod") for url_info in urls]
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _x_default(self, alternates):
        default = [alternate for alternate in alternates if alternate["lang_code"] == settings.LANGUAGE_CODE]
        if not self.x_default or not default:
            return []
        return [{"lang_code": "x-default", "location": default[0]["location"]}]
