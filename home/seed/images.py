"""Demo images drawn with Pillow and stored through Django's storage API (so seeding works on S3 too)."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

SIZE = (1440, 810)


def _draw_card(text, colour, accent, variant):
    """A calm illustrative card: a coloured field, a simple skyline and the city's name."""
    width, height = SIZE
    canvas = PILImage.new("RGB", SIZE, colour)
    draw = ImageDraw.Draw(canvas)
    ground = int(height * 0.72)
    # A skyline of simple blocks, different per variant so two images of a city differ.
    x = 40
    step = 0
    while x < width - 40:
        block_width = 70 + (step * 37 + variant * 53) % 90
        block_height = 120 + (step * 71 + variant * 29) % 260
        draw.rectangle((x, ground - block_height, x + block_width, ground), fill=accent)
        x += block_width + 18
        step += 1
    draw.rectangle((0, ground, width, height), fill=accent)
    size = 96
    font = ImageFont.load_default(size=size)
    while font.getlength(text) > width - 144 and size > 32:
        size -= 4
        font = ImageFont.load_default(size=size)
    draw.text((72, height - 150), text, font=font, fill="white")
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def demo_image(title, text, colour, accent, variant=0):
    """The image with this title, drawn and stored on the first run, reused afterwards."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    slug = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")
    image = Image(title=title)
    image.file = ImageFile(io.BytesIO(_draw_card(text, colour, accent, variant)), name=f"{slug}.png")
    image.save()
    return image
