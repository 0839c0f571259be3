"""The report pages extend the base template named by REPORTS_BASE_TEMPLATE."""

from partners.templating import BaseTemplateMixin
from reports import conf


class ReportsBaseTemplateMixin(BaseTemplateMixin):
    base_template = staticmethod(conf.base_template)
