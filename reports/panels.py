"""The accounts' running total in the report editor."""

from django.utils.formats import get_format
from wagtail.admin.panels import Panel

from partners.templatetags.local_format import format_dkk, money_template
from reports.inputs import amount_examples


class AccountsTotalPanel(Panel):
    """The total of an inline panel's amounts, kept up to date while the editor types.

    The numbers are added up in the browser by reports/js/accounts-total.js, which reads each amount
    with the pattern the server reads it with (the amount inputs' data-amount-pattern) and writes
    the total the way the public page does ("1.150,50 kr.", "DKK 1,150.50").
    """

    def __init__(self, relation_name, **kwargs):
        super().__init__(**kwargs)
        self.relation_name = relation_name

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "relation_name": self.relation_name}

    class BoundPanel(Panel.BoundPanel):
        template_name = "reports/admin/accounts_total.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            lines = getattr(self.instance, self.panel.relation_name).all()
            context.update(
                {
                    "relation_name": self.panel.relation_name,
                    "total": format_dkk(sum(line.amount or 0 for line in lines)),
                    "decimal_separator": get_format("DECIMAL_SEPARATOR"),
                    "thousand_separator": get_format("THOUSAND_SEPARATOR"),
                    "money_template": money_template(),
                    "examples": amount_examples(),
                }
            )
            return context
