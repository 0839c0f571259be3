"""Rich text that is no Draftail content state is a bad request.

The Draftail editor always posts its content as JSON; anything else was made by hand, and
Wagtail's converter raises on it (JSONDecodeError, TypeError, AttributeError, ...).
"""

from django.core.exceptions import BadRequest
from wagtail.admin.rich_text import DraftailRichTextArea


class CheckedDraftailRichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (ValueError, TypeError, AttributeError, KeyError) as error:
            raise BadRequest(f"{name}: not Draftail content") from error
