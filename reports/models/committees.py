"""Committees (who travel and who approve) and the budgets trips are paid from."""

from django.contrib.auth.models import Group, Permission
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Committee(index.Indexed, models.Model):
    """A committee, the City Council or the administration: one row, named in both languages."""

    class Kind(models.TextChoices):
        COMMITTEE = "committee", _("Committee")
        COUNCIL = "council", _("Council")
        ADMINISTRATION = "administration", _("Administration (management group)")

    name_da = models.CharField(_("name in Danish"), max_length=120, unique=True)
    name_en = models.CharField(_("name in English"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.COMMITTEE)
    # Created with the committee and never chosen in a form: whoever could pick the group could pick the approvers.
    approvers = models.OneToOneField(
        Group,
        verbose_name=_("approvers"),
        on_delete=models.PROTECT,
        related_name="approving_committee",
        editable=False,
        null=True,
        help_text=_("The members of this group approve the committee's trip reports."),
    )
    yearly_budget = models.DecimalField(
        _("yearly travel budget (DKK)"),
        max_digits=12,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0)],
    )

    panels = [FieldPanel("name_da"), FieldPanel("name_en"), FieldPanel("kind"), FieldPanel("yearly_budget")]
    search_fields = [index.SearchField("name_da"), index.SearchField("name_en"), index.AutocompleteField("name_da")]

    class Meta:
        verbose_name = _("committee")
        verbose_name_plural = _("committees")
        ordering = ["name_da"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        with transaction.atomic():
            if self.approvers_id is None:
                self.approvers = self._create_approver_group()
            super().save(*args, **kwargs)

    @property
    def name(self):
        """The name in the active language."""
        return self.name_en if (get_language() or "da").startswith("en") else self.name_da

    def _create_approver_group(self):
        group, _created = Group.objects.get_or_create(name=self.name_da)
        group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
        return group


class Budget(index.Indexed, models.Model):
    """A budget line a trip is paid from, so spend against budget can be computed; named in both languages."""

    name = models.CharField(_("name in Danish"), max_length=160, unique=True)
    name_en = models.CharField(_("name in English"), max_length=160)
    owner = models.CharField(_("owner"), max_length=160, help_text=_("Who manages the budget, e.g. a committee."))
    yearly_amount = models.DecimalField(
        _("yearly amount (DKK)"), max_digits=12, decimal_places=2, validators=[MinValueValidator(0)]
    )

    panels = [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("owner"), FieldPanel("yearly_amount")]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("name_en"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("budget")
        verbose_name_plural = _("budgets")
        ordering = ["name"]

    def __str__(self):
        return self.localized_name

    @property
    def localized_name(self):
        """The name in the active language; the Danish one until an English name is given."""
        if (get_language() or "da").startswith("en") and self.name_en:
            return self.name_en
        return self.name
