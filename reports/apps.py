from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Trip reports")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from reports import admin_fields, publication, signals  # noqa: F401 - publication, signals connect handlers

        admin_fields.register()
