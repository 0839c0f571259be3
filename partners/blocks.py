"""Blocks for a partner city's description."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HeadingBlock(blocks.CharBlock):
    """A subheading inside the description (the page title is the only h1)."""

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "partners/blocks/heading.html"


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "partners/blocks/paragraph.html"
        features = ["bold", "italic", "link", "ul", "ol"]


class FactBlock(blocks.StructBlock):
    """A short fact, e.g. "Inhabitants: 110,000"."""

    term = blocks.CharBlock(label=_("term"), max_length=80)
    detail = blocks.CharBlock(label=_("detail"), max_length=200)

    class Meta:
        icon = "list-ul"
        label = _("Fact")
        template = "partners/blocks/fact.html"


class CityDescriptionBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    fact = FactBlock()
