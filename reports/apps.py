from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Trip reports")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # publication and signals connect handlers, checks registers the system checks
        from reports import admin_fields, checks, publication, signals  # noqa: F401

        admin_fields.register()
