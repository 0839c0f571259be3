from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LoginsConfig(AppConfig):
    """Sign-in protection: failed logins limited, two-factor codes for whoever approves or administers."""

    name = "cms.logins"
    label = "logins"
    verbose_name = _("Sign-in")
