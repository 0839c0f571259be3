"""A StreamField post whose counts, types or keys do not match is a bad request.

The StreamField editor posts "<name>-count" and, for each block, its type, order and deleted flag;
Wagtail reads them with int() and data[...]. A count that is no number or larger than the blocks
sent, or an unknown block type, can only come from a crafted post.
"""

from django.core.exceptions import BadRequest
from wagtail.blocks.base import BlockField, BlockWidget


class CheckedBlockWidget(BlockWidget):
    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (KeyError, ValueError, TypeError) as error:
            raise BadRequest(f"{name}: malformed StreamField data") from error


class CheckedBlockField(BlockField):
    """Wagtail's StreamField form field with CheckedBlockWidget (registered in cms.apps)."""

    def __init__(self, block=None, **kwargs):
        kwargs.setdefault("widget", CheckedBlockWidget(block))
        super().__init__(block=block, **kwargs)
