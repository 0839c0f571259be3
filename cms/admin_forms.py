"""Admin forms that replace Wagtail's where Wagtail leaves an interface string untranslatable."""

from django.contrib.auth.forms import AuthenticationForm
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    """Wagtail's login form: its password field has no label, so Django shows the English field name.

    It gets Django's own (translated) label back.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = AuthenticationForm.base_fields["password"].label
