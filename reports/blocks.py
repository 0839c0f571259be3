"""The programme of a trip, day by day."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from reports.inputs import LocalDateField


class LocalDateBlock(blocks.DateBlock):
    """A DateBlock whose form field reads dates the admin's language's way (reports.inputs)."""

    @cached_property
    def field(self):
        return LocalDateField(**self.field_options)


# Stored exactly as a DateBlock: migrations need not know the difference (Wagtail's own mechanism
# for naming a block class in migrations).
DECONSTRUCT_ALIASES = {LocalDateBlock: "wagtail.blocks.DateBlock"}


class ProgrammeDayBlock(blocks.StructBlock):
    """One day of the programme: its date, a heading and what happened."""

    date = LocalDateBlock(label=_("Date"))
    heading = blocks.CharBlock(label=_("Heading"), max_length=160)
    description = blocks.RichTextBlock(label=_("Description"), features=["bold", "italic", "ul", "link"])

    class Meta:
        icon = "date"
        template = "reports/blocks/programme_day.html"
        label = _("Programme day")
