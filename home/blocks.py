"""Blocks for the strategy page and standard pages."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from partners.templatetags.local_format import format_dkk


class SectionBlock(blocks.StructBlock):
    """A titled section of running text, e.g. the strategy's openness section."""

    heading = blocks.CharBlock(label=_("heading"), max_length=160)
    body = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "doc-full"
        label = _("Section")
        template = "home/blocks/section.html"


class GoalsBlock(blocks.StructBlock):
    """The strategy's goals as a list."""

    heading = blocks.CharBlock(label=_("heading"), max_length=160)
    introduction = blocks.TextBlock(label=_("introduction"), required=False)
    goals = blocks.ListBlock(blocks.TextBlock(label=_("goal")), label=_("goals"), min_num=1)

    class Meta:
        icon = "pick"
        label = _("Goals")
        template = "home/blocks/goals.html"


class FocusAreaBlock(blocks.StructBlock):
    """One focus area of the strategy and the efforts made in it."""

    focus_area = SnippetChooserBlock("partners.FocusArea", label=_("focus area"))
    efforts = blocks.RichTextBlock(label=_("efforts"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "tag"
        label = _("Focus area and efforts")
        template = "home/blocks/focus_area.html"


class ActivitiesBlock(blocks.StructBlock):
    """The kinds of activity the municipality supports: mainly, and also."""

    heading = blocks.CharBlock(label=_("heading"), max_length=160)
    introduction = blocks.TextBlock(label=_("introduction"), required=False)
    primary = blocks.ListBlock(blocks.CharBlock(label=_("activity")), label=_("mainly supported"))
    secondary = blocks.ListBlock(blocks.CharBlock(label=_("activity")), label=_("also supported"), required=False)

    class Meta:
        icon = "list-ul"
        label = _("Activities supported")
        template = "home/blocks/activities.html"


class StaffTimeRowBlock(blocks.StructBlock):
    task = blocks.CharBlock(label=_("task"), max_length=200)
    amount = blocks.CharBlock(label=_("time"), max_length=80, help_text=_("E.g. 0.5 full-time equivalent."))


class StaffTimeBlock(blocks.StructBlock):
    """Staff time set aside for the international work."""

    heading = blocks.CharBlock(label=_("heading"), max_length=160)
    rows = blocks.ListBlock(StaffTimeRowBlock(), label=_("staff time"), min_num=1)
    note = blocks.TextBlock(label=_("note"), required=False)

    class Meta:
        icon = "time"
        label = _("Staff time")
        template = "home/blocks/staff_time.html"


class BudgetLineBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("what it pays for"), max_length=250)
    amount = blocks.DecimalBlock(label=_("amount (DKK)"), min_value=0, max_digits=12, decimal_places=2)


class BudgetBlock(blocks.StructBlock):
    """A budget: a stated total and, optionally, the lines it is made of, which must add up to the total."""

    heading = blocks.CharBlock(label=_("heading"), max_length=160)
    total = blocks.DecimalBlock(label=_("total (DKK)"), min_value=0, max_digits=12, decimal_places=2)
    period = blocks.CharBlock(
        label=_("period"), max_length=120, required=False, help_text=_("E.g. per year from 2015.")
    )
    lines = blocks.ListBlock(BudgetLineBlock(), label=_("budget lines"), required=False)
    note = blocks.TextBlock(label=_("note"), required=False)

    class Meta:
        icon = "table"
        label = _("Budget")
        template = "home/blocks/budget.html"

    def clean(self, value):
        value = super().clean(value)
        lines = list(value.get("lines") or [])
        if lines:
            error = budget_mismatch(value["total"], [line["amount"] for line in lines])
            if error:
                raise StructBlockValidationError(non_block_errors=[error])
        return value


def budget_mismatch(total, amounts):
    """A ValidationError naming the difference when the amounts do not add up to the total; else None."""
    total = Decimal(total or 0)
    lines_sum = sum((Decimal(amount or 0) for amount in amounts), Decimal(0))
    difference = lines_sum - total
    if not difference:
        return None
    params = {"sum": format_dkk(lines_sum), "total": format_dkk(total), "difference": format_dkk(abs(difference))}
    # Translated now, not lazily, so the message and its amounts are in the same language.
    if difference < 0:
        message = gettext("The budget lines add up to %(sum)s: %(difference)s less than the total of %(total)s.")
    else:
        message = gettext("The budget lines add up to %(sum)s: %(difference)s more than the total of %(total)s.")
    return ValidationError(message % params, code="budget_mismatch")


class PartnerCitiesBlock(blocks.StructBlock):
    """The partner cities, listed from the live partner city pages (the page supplies them)."""

    heading = blocks.CharBlock(label=_("heading"), max_length=160)
    body = blocks.RichTextBlock(label=_("text"), required=False, features=["bold", "italic", "link"])

    class Meta:
        icon = "site"
        label = _("Partner cities")
        template = "home/blocks/partner_cities.html"


class StrategyBodyBlock(blocks.StreamBlock):
    section = SectionBlock()
    goals = GoalsBlock()
    focus_area = FocusAreaBlock()
    partner_cities = PartnerCitiesBlock()
    activities = ActivitiesBlock()
    staff_time = StaffTimeBlock()
    budget = BudgetBlock()


class StandardBodyBlock(blocks.StreamBlock):
    """The body of a standard page."""

    heading = blocks.CharBlock(
        label=_("Heading"), max_length=160, form_classname="title", template="home/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ul", "ol", "h3"],
        template="home/blocks/paragraph.html",
    )
    section = SectionBlock()
