"""Committees (who travel and who approve) and the budgets trips are paid from."""

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
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
    # Its yearly budget is not stored here: it is the yearly amount of the budgets it manages (Budget.owner).

    panels = [FieldPanel("name_da"), FieldPanel("name_en"), FieldPanel("kind")]
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
    owner = models.ForeignKey(
        Committee,
        verbose_name=_("managed by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="budgets",
        help_text=_("The committee whose budget this is. Leave empty for a line of the central international budget."),
    )
    yearly_amount = models.DecimalField(
        _("yearly amount (DKK)"), max_digits=12, decimal_places=2, validators=[MinValueValidator(0)]
    )
    carries_over = models.BooleanField(
        _("carry-over between years"),
        default=False,
        help_text=_("What is not spent in a year may be spent in the following years of the same election period."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("owner"),
        FieldPanel("yearly_amount"),
        FieldPanel("carries_over"),
    ]
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


class ElectionPeriod(models.Model):
    """A municipal election period (valgperiode), e.g. 2022–2025: carry-over never crosses its end."""

    first_year = models.PositiveSmallIntegerField(_("first year"), unique=True)
    last_year = models.PositiveSmallIntegerField(_("last year"))

    panels = [FieldPanel("first_year"), FieldPanel("last_year")]

    class Meta:
        verbose_name = _("election period")
        verbose_name_plural = _("election periods")
        ordering = ["first_year"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(last_year__gte=models.F("first_year")), name="election_period_in_order"
            )
        ]

    def __str__(self):
        return f"{self.first_year}–{self.last_year}"

    @property
    def years(self):
        return range(self.first_year, self.last_year + 1)

    def clean(self):
        super().clean()
        if self.first_year is None or self.last_year is None:
            return
        if self.last_year < self.first_year:
            raise ValidationError({"last_year": _("The period cannot end before it begins.")})
        overlapping = ElectionPeriod.objects.filter(first_year__lte=self.last_year, last_year__gte=self.first_year)
        if overlapping.exclude(pk=self.pk).exists():
            raise ValidationError(_("This period overlaps another election period."))
