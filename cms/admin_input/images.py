"""An image upload Pillow cannot read, or refuses to decode, is a form error on the file.

Wagtail checks an upload's pixel count (WAGTAILIMAGES_MAX_IMAGE_PIXELS) by decoding it, and that
is where Pillow raises: DecompressionBombError for a picture far above its own limit (a
20000x20000 PNG), OSError for a truncated file. WAGTAILIMAGES_IMAGE_FORM_BASE points here.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image
from wagtail.images.forms import BaseImageForm

UNREADABLE = (OSError, SyntaxError)


class ImageForm(BaseImageForm):
    def full_clean(self):
        try:
            super().full_clean()
        except Image.DecompressionBombError as error:
            self._refuse_file(error, _("The image has too many pixels to be read safely."))
        except UNREADABLE as error:
            self._refuse_file(error, self.fields["file"].error_messages["invalid_image"])

    def _refuse_file(self, error, message):
        if "file" not in self.fields:
            raise error
        # Cleaning stopped at the file: the form is invalid, and says why on the file field.
        self.add_error("file", ValidationError(message, code="invalid_image"))
