"""The municipality's contact details in the site footer, kept by editors in both languages."""

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

CACHE_KEY = "footer-contact:{language}"
# Bounded, so a server process with its own memory cache (no shared Redis) is never stale for long.
CACHE_SECONDS = 300
FIELDS = ("name", "street", "town", "phone", "email", "cvr")


class ContactDetails(TranslatableMixin, models.Model):
    """One row per language (the English one a wagtail-localize translation of the Danish one)."""

    name = models.CharField(_("name"), max_length=120)
    street = models.CharField(_("street address"), max_length=120)
    town = models.CharField(_("postcode and town"), max_length=120, help_text=_("For example: 2750 Ballerup"))
    phone = models.CharField(_("phone"), max_length=40)
    email = models.EmailField(_("e-mail"))
    cvr = models.CharField(
        _("CVR number"),
        max_length=8,
        validators=[RegexValidator(r"^\d{8}$", _("A CVR number is eight digits."))],
    )

    panels = [FieldPanel(field) for field in ("name", "street", "town", "phone", "email", "cvr")]
    # The address and phone number are written differently per language; the e-mail and CVR number are facts.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("street"),
        TranslatableField("town"),
        TranslatableField("phone"),
        SynchronizedField("email"),
        SynchronizedField("cvr"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact details")
        verbose_name_plural = _("contact details")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        others = ContactDetails.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and others.exists():
            raise ValidationError(_("This language has contact details already: change those instead."))


def footer_contact(language):
    """The footer's contact details in `language` as a dict (None if there are none), cached."""
    key = CACHE_KEY.format(language=language)
    cached = cache.get(key)
    if cached is not None:
        return cached or None
    details = ContactDetails.objects.filter(locale__language_code=language).order_by("pk").first()
    value = {field: getattr(details, field) for field in FIELDS} if details else {}
    cache.set(key, value, CACHE_SECONDS)
    return value or None


@receiver(post_save, sender=ContactDetails)
@receiver(post_delete, sender=ContactDetails)
def forget_footer_contact(sender, instance, **kwargs):
    """An edit shows in the footer at once (in this process, and in every one with a shared cache)."""
    from django.conf import settings

    cache.delete_many([CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES])
