from django.apps import AppConfig, apps
from django.db import models
from django.db.models.signals import pre_save


class SlugsConfig(AppConfig):
    name = "slugs"
    verbose_name = "Danish slugs"

    def ready(self):
        from wagtail.admin.forms.models import register_form_field_override

        from slugs.widgets import DanishSlugInput

        # Replaces Wagtail's own registration for slug fields (wagtail.admin.forms.models), for every admin form.
        register_form_field_override(models.SlugField, override={"widget": DanishSlugInput})
        if apps.is_installed("wagtail_localize"):
            from wagtail_localize.models import StringTranslation

            from slugs.signals import write_out_danish_letters_in_translated_slugs

            pre_save.connect(
                write_out_danish_letters_in_translated_slugs,
                sender=StringTranslation,
                dispatch_uid="slugs_translated_slugs",
            )
