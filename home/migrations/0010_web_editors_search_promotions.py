"""Web editors pin pages to search queries (Promoted search results): add, change and remove pins."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Web editors"
APP = "wagtailsearchpromotions"
CODENAMES = ("add_searchpromotion", "change_searchpromotion", "delete_searchpromotion")


def permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label=APP, codename__in=CODENAMES)


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure these exist now.
    promotions = apps.get_app_config(APP)
    promotions.models_module = True
    create_permissions(promotions, apps=apps, verbosity=0)
    group = apps.get_model("auth", "Group").objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.add(*permissions(apps))


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.remove(*permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0009_web_editors_contact_details"),
        (APP, "0008_query_verbose_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
