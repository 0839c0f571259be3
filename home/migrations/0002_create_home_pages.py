"""Create both locales and the linked Danish and English home pages, and point the site at them.

Structure that must exist on every install lives here, not in the demo seed command.
"""

import uuid

from django.db import migrations

HOME_PAGES = [
    # (language, title, slug)
    ("da", "Ballerup Kommune internationalt", "forside"),
    ("en", "Ballerup Municipality International", "home"),
]


def _child_path(parent, position):
    """Treebeard path of the parent's child at a 1-based position (steplen 4, base 36)."""
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    value, encoded = position, ""
    while value:
        value, remainder = divmod(value, 36)
        encoded = digits[remainder] + encoded
    return parent.path + encoded.rjust(4, "0")


def create_home_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("home", "HomePage")

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code, _t, _s in HOME_PAGES}
    root = Page.objects.get(depth=1)

    # Wagtail's placeholder "Welcome" page is replaced by ours, but only if nobody has used it.
    Page.objects.filter(
        depth=2, slug="home", content_type__app_label="wagtailcore", content_type__model="page", numchild=0
    ).delete()

    content_type, _ = ContentType.objects.get_or_create(app_label="home", model="homepage")
    last_child = Page.objects.filter(depth=2, path__startswith=root.path).order_by("-path").first()
    position = int(last_child.path[-4:], 36) if last_child else 0
    translation_key = uuid.uuid4()
    pages = {}
    for language, title, slug in HOME_PAGES:
        position += 1
        pages[language] = HomePage.objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type,
            path=_child_path(root, position),
            depth=2,
            numchild=0,
            url_path=f"/{slug}/",
            locale=locales[language],
            translation_key=translation_key,
            live=True,
        )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])

    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = site.hostname or "localhost"
    site.port = site.port or 80
    site.site_name = "Ballerup International"
    site.root_page_id = pages["da"].pk
    site.save()


def remove_home_pages(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    Site = apps.get_model("wagtailcore", "Site")
    Site.objects.filter(root_page__content_type__app_label="home").delete()
    Page.objects.filter(content_type__app_label="home", content_type__model="homepage").delete()
    root = Page.objects.get(depth=1)
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Locale.objects.filter(language_code="en", page__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_home_pages, remove_home_pages)]
