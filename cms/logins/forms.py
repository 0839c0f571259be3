"""The code from an authenticator app, as typed."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.logins.lockouts import ACCOUNT, ADDRESS


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


class UnlockForm(forms.Form):
    """Which lock to lift: an account by its username, or an address (the unlock screen's buttons)."""

    kind = forms.ChoiceField(choices=[(ACCOUNT, _("Account")), (ADDRESS, _("Address"))])
    value = forms.CharField(max_length=255)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == ADDRESS and cleaned.get("value"):
            try:
                cleaned["value"] = forms.GenericIPAddressField().clean(cleaned["value"])
            except forms.ValidationError as error:
                self.add_error("value", error)
        return cleaned
