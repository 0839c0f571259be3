"""The site's base template, named by a setting, for the apps' page templates to extend."""

from partners import conf


class BaseTemplateMixin:
    """Puts `base_template` (PARTNERS_BASE_TEMPLATE) into a page's context: its template starts with
    `{% extends base_template %}`. Another app's pages override `base_template` with their own setting."""

    base_template = staticmethod(conf.base_template)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["base_template"] = self.base_template()
        return context
