from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partner cities")
    # What the migrations were made with, whatever the host's DEFAULT_AUTO_FIELD (Django's default: AutoField).
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from partners import checks  # noqa: F401 - registers the system checks
