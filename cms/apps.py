from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site")

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_migrate
        from wagtail.admin.forms.models import register_form_field_override
        from wagtail.fields import StreamField

        from cms import checks  # noqa: F401 (registers the system checks)
        from cms.admin_input.streamfield import CheckedBlockField
        from cms.cache import invalidation
        from cms.site_address import update_default_site

        # Every StreamField in the admin reads its post with CheckedBlockField (malformed: 400).
        register_form_field_override(StreamField, override={"form_class": CheckedBlockField})
        # Once per migrate (wagtailcore owns the Site table), not once for every app.
        post_migrate.connect(update_default_site, sender=apps.get_app_config("wagtailcore"))
        # Every content change empties the page cache and the front cache.
        invalidation.connect()
