"""Admin for the partners app: the focus areas as a translatable snippet."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from partners.models import FocusArea


class FocusAreaViewSet(SnippetViewSet):
    model = FocusArea
    icon = "tag"
    menu_label = _("Focus areas")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "sort_order"]
    ordering = ["sort_order", "name"]
    search_fields = ["name"]


register_snippet(FocusAreaViewSet)
