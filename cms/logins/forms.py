"""The code from an authenticator app, as typed."""

from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """Six digits; spaces (apps show "123 456") are ignored."""

    code = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    def __init__(self, *args, device=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not code.isdigit() or len(code) != 6:
            raise forms.ValidationError(_("Enter the six digits the app shows."))
        if not self.device.verify_is_allowed()[0]:
            raise forms.ValidationError(_("Too many wrong codes. Wait a minute and try again."))
        if not self.device.verify_token(code):
            raise forms.ValidationError(_("The code is wrong or has expired. Enter the code the app shows now."))
        return code
