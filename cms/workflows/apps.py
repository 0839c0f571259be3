from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowsConfig(AppConfig):
    """The site's review policy: ordinary pages pass an editorial review, translations are submitted for it."""

    name = "cms.workflows"
    label = "workflows"
    verbose_name = _("Review workflows")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms.workflows import publication  # noqa: F401 - connects the publication guard
