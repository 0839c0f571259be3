from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site")

    def ready(self):
        from wagtail.admin.forms.models import register_form_field_override
        from wagtail.fields import StreamField

        from cms.admin_input.streamfield import CheckedBlockField

        # Every StreamField in the admin reads its post with CheckedBlockField (malformed: 400).
        register_form_field_override(StreamField, override={"form_class": CheckedBlockField})
