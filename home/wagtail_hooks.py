"""Admin for the home app: the footer's contact details as a translatable snippet."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import ContactDetails


class ContactDetailsViewSet(SnippetViewSet):
    model = ContactDetails
    icon = "mail"
    menu_label = _("Contact details")
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["name", "phone", "email"]


register_snippet(ContactDetailsViewSet)
