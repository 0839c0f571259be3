"""The programme of a trip, day by day."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ProgrammeDayBlock(blocks.StructBlock):
    """One day of the programme: its date, a heading and what happened."""

    date = blocks.DateBlock(label=_("Date"))
    heading = blocks.CharBlock(label=_("Heading"), max_length=160)
    description = blocks.RichTextBlock(label=_("Description"), features=["bold", "italic", "ul", "link"])

    class Meta:
        icon = "date"
        template = "reports/blocks/programme_day.html"
        label = _("Programme day")
