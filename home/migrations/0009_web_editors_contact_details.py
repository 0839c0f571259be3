"""Web editors keep the footer's contact details up to date: they may add and change them (not delete)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Web editors"
CODENAMES = ("add_contactdetails", "change_contactdetails")


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure these exist now.
    home = apps.get_app_config("home")
    home.models_module = True
    create_permissions(home, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.add(*Permission.objects.filter(content_type__app_label="home", codename__in=CODENAMES))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="home", codename__in=CODENAMES))


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_contact_details"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
