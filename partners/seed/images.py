"""Demo images, drawn with Pillow (no text in them) and stored through Django's storage API (S3 too)."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

SIZE = (1440, 810)


def _skyline(draw, accent):
    """A row of simple blocks standing on the ground."""
    width, height = SIZE
    ground = int(height * 0.72)
    x, step = 40, 0
    while x < width - 40:
        block_width = 70 + (step * 37) % 90
        block_height = 120 + (step * 71) % 260
        draw.rectangle((x, ground - block_height, x + block_width, ground), fill=accent)
        x += block_width + 18
        step += 1
    draw.rectangle((0, ground, width, height), fill=accent)


def _landscape(draw, accent):
    """A sun over rolling hills and a river: a different motif, so a city's two images never look alike."""
    width, height = SIZE
    draw.ellipse((width - 360, 90, width - 160, 290), fill="white")
    draw.ellipse((-300, int(height * 0.55), int(width * 0.7), int(height * 1.6)), fill=accent)
    draw.ellipse((int(width * 0.35), int(height * 0.62), width + 300, int(height * 1.7)), fill=accent)
    draw.polygon(
        [
            (int(width * 0.45), height),
            (int(width * 0.58), int(height * 0.7)),
            (int(width * 0.62), int(height * 0.7)),
            (int(width * 0.7), height),
        ],
        fill="white",
    )


def _draw_card(colour, accent, variant):
    """A calm illustration without any text (a name baked into pixels would be in one language only)."""
    canvas = PILImage.new("RGB", SIZE, colour)
    (_landscape if variant % 2 else _skyline)(ImageDraw.Draw(canvas), accent)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def demo_image(title, colour, accent, variant=0):
    """The image with this title, drawn and stored on the first run, reused afterwards."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    slug = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")
    image = Image(title=title)
    image.file = ImageFile(io.BytesIO(_draw_card(colour, accent, variant)), name=f"{slug}.png")
    image.save()
    return image
