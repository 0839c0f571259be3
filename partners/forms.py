"""Admin forms for the partners app."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from partners.models.focus_areas import FocusArea


class PartnerCityForm(WagtailAdminPageForm):
    """Offer only the focus areas in the city page's own language, as checkboxes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if "focus_areas" in self.fields and locale_id:
            self.fields["focus_areas"].queryset = FocusArea.objects.filter(locale_id=locale_id)
            self.fields["focus_areas"].widget = forms.CheckboxSelectMultiple(
                choices=self.fields["focus_areas"].choices
            )
