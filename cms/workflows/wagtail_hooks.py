"""Admin wiring of the review policy: submitting translations for review, syncing them without publishing."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from cms.workflows import views
from cms.workflows.translations import can_be_submitted


@hooks.register("register_admin_urls", order=-100)
def register_admin_urls():
    return [
        # Same address as wagtail-localize's view; order=-100 puts it first, so this one answers.
        path(
            "localize/update/<int:translation_source_id>/",
            views.UpdateTranslationsView.as_view(),
            name="workflows_update_translations",
        ),
        path(
            "translations/<int:page_id>/review/",
            views.submit_translation_for_review,
            name="workflows_submit_translation_for_review",
        ),
    ]


def translation_review_button(page, user, view_name=None, next_url=None):
    if can_be_submitted(page) and page.permissions_for_user(user).can_submit_for_moderation():
        yield ListingButton(
            _("Submit translation for review"),
            reverse("workflows_submit_translation_for_review", args=[page.pk]),
            priority=61,
            icon_name="resubmit",
        )


hooks.register("register_page_header_buttons", translation_review_button)
hooks.register("register_page_listing_more_buttons", translation_review_button)
