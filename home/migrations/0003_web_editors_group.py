"""The "Web editors" group: admin access, pages under the home pages, images and documents."""

from django.db import migrations

GROUP = "Web editors"


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))

    for home in Page.objects.filter(depth=2, content_type__app_label="home"):
        for codename in ("add_page", "change_page"):
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)

    root_collection = Collection.objects.get(depth=1)
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for action in ("add", "change", "choose"):
            permission = Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_create_home_pages"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
