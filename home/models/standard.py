"""A plain content page for everything that is neither strategy nor partner city."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import StandardBodyBlock
from partners.serving import FewerQueriesPageMixin
from slugs.pages import DanishSlugMixin


class StandardPage(FewerQueriesPageMixin, DanishSlugMixin, Page):
    """E.g. the services for international citizens."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(StandardBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]

    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
