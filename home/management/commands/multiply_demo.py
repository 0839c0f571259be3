"""`manage.py multiply_demo --factor N`: after `seed_demo`, N times the demo's trip reports and partner cities.

For the benchmark: each live Danish report and city gets N−1 copies (new slug, title and dates, the same
approval, accounts, participants, focus areas and images), each with a copy of its live English
translation. Written with bulk inserts (no revisions, signals or search index entries), so a factor of
100 takes seconds. Copies that exist already are skipped: running it twice changes nothing.
"""

import uuid
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Page

from partners.models import PartnerCityImage, PartnerCityPage
from reports.models import ExpenseLine, Participant, ReportAttachment, TripReportPage

PAGE_FIELDS = ("title", "draft_title", "seo_title", "search_description", "show_in_menus", "content_type_id")


class Command(BaseCommand):
    help = "Add (factor - 1) copies of every live demo report and partner city, in both languages."

    def add_arguments(self, parser):
        parser.add_argument("--factor", type=int, default=10, help="the content multiplier (default 10)")

    def handle(self, *args, factor, **options):
        if factor < 1:
            raise CommandError("--factor must be 1 or more.")
        with transaction.atomic():
            cities = Copier(PartnerCityPage, children=[PartnerCityImage], m2m=["focus_areas"]).run(factor)
            reports = Copier(
                TripReportPage, children=[Participant, ExpenseLine, ReportAttachment], m2m=["focus_areas"]
            ).run(factor)
        self.stdout.write(f"Added {cities} partner city pages and {reports} trip report pages.")


class Copier:
    """Copies the live Danish pages of one model, and their live translations, below the same parents."""

    def __init__(self, model, children, m2m):
        self.model = model
        self.children = children
        self.m2m = m2m

    def run(self, factor):
        originals = list(self.model.objects.live().filter(locale__language_code="da").exclude(slug__contains="-kopi-"))
        keys = [page.translation_key for page in originals]
        family = {}  # translation key -> the Danish page and its live translations
        for page in self.model.objects.live().filter(translation_key__in=keys).exclude(slug__contains="-kopi-"):
            family.setdefault(page.translation_key, []).append(page)
        plan = []  # (original, copy number, the copy's translation key)
        for number in range(2, factor + 1):
            for original in originals:
                new_key = uuid.uuid4()
                plan += [(page, number, new_key) for page in family[original.translation_key]]
        return self.insert(plan)

    def insert(self, plan):
        parent_paths = {page.path[: -Page.steplen] for page, _, _ in plan}
        parents = {parent.path: parent for parent in Page.objects.filter(path__in=parent_paths)}
        pages_by_parent = {}
        for page, number, key in plan:
            parent = parents[page.path[: -Page.steplen]]
            pages_by_parent.setdefault(parent.pk, (parent, []))[1].append((page, number, key))
        new_pages, sources = [], []
        for parent, items in pages_by_parent.values():
            taken = set(parent.get_children().values_list("slug", flat=True))
            last = parent.get_last_child()
            step = Page._str2int(last.path[-Page.steplen :]) if last else 0
            added = 0
            for page, number, key in items:
                slug = f"{page.slug}-kopi-{number}"
                if slug in taken:
                    continue
                step += 1
                added += 1
                title = f"{page.title} ({number})"
                new_pages.append(
                    Page(
                        **{name: getattr(page, name) for name in PAGE_FIELDS},
                        slug=slug,
                        path=Page._get_path(parent.path, parent.depth + 1, step),
                        depth=parent.depth + 1,
                        numchild=0,
                        url_path=f"{parent.url_path}{slug}/",
                        locale_id=page.locale_id,
                        translation_key=key,
                        live=True,
                        first_published_at=page.first_published_at,
                        last_published_at=page.last_published_at,
                    )
                )
                new_pages[-1].title = new_pages[-1].draft_title = title
                sources.append((page, number))
            Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + added)
        Page.objects.bulk_create(new_pages, batch_size=500)
        concrete = self.model._meta.local_concrete_fields
        specifics = []
        for new, (page, number) in zip(new_pages, sources, strict=True):
            fields = {f.attname: getattr(page, f.attname) for f in concrete if f.attname != "page_ptr_id"}
            shift(fields, number)
            specifics.append(self.model(page_ptr_id=new.pk, **fields))
        for start in range(0, len(specifics), 500):
            self.model.objects._insert(specifics[start : start + 500], fields=concrete, raw=True)
        self.copy_relations([(page.pk, new.pk) for new, (page, _) in zip(new_pages, sources, strict=True)])
        return len(new_pages)

    def copy_relations(self, pairs):
        """The child rows (participants, lines, images …) and focus areas of each source, for its copy."""
        copies_of = {}
        for source, new in pairs:
            copies_of.setdefault(source, []).append(new)
        for child_model in self.children:
            rows = []
            for row in child_model.objects.filter(page_id__in=copies_of):
                for new in copies_of[row.page_id]:
                    copy = child_model(
                        **{f.attname: getattr(row, f.attname) for f in child_model._meta.concrete_fields}
                    )
                    copy.pk = None
                    copy.page_id = new
                    if hasattr(copy, "translation_key"):
                        copy.translation_key = uuid.uuid4()
                    rows.append(copy)
            child_model.objects.bulk_create(rows, batch_size=500)
        for name in self.m2m:
            through = getattr(self.model, name).through
            column = f"{self.model._meta.model_name}_id"
            rows = [
                through(**{column: new, "focusarea_id": row.focusarea_id})
                for row in through.objects.filter(**{f"{column}__in": list(copies_of)})
                for new in copies_of[getattr(row, column)]
            ]
            through.objects.bulk_create(rows, batch_size=500)


def shift(fields, number):
    """A copy's trip lies `number` − 1 years before the original's (its approval likewise); a copied city
    lies a little further north or south, so the map's markers do not cover each other."""
    years = number - 1
    for name in ("start_date", "end_date", "approved_on"):
        if fields.get(name):
            day = fields[name]
            fields[name] = day.replace(year=day.year - years, day=min(day.day, 28))
    if fields.get("since"):
        fields["since"] = max(1900, fields["since"] - years)
    if fields.get("latitude") is not None:
        offset = Decimal((number * 7) % 11 - 5) / 2
        fields["latitude"] = max(Decimal(-60), min(Decimal(75), fields["latitude"] + offset))
