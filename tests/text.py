"""What a reader sees of a page: its text without the markup around it."""

import re

from bs4 import BeautifulSoup


def text_of(html):
    """The text of `html` (or a response's content) with its tags taken out and each run of spaces one space:
    "den <time …>12. marts 2025</time>" reads "den 12. marts 2025"."""
    if isinstance(html, bytes):
        html = html.decode()
    return re.sub(r"\s+", " ", BeautifulSoup(html, "html.parser").get_text())
