"""Collect Danish demo texts together with their English translations, so no segment is forgotten."""

from html import escape


class Texts:
    """Return the Danish text and remember its English translation for partners.seed.translation.translate."""

    def __init__(self):
        self.english = {}

    def __call__(self, danish, english):
        self.english[danish] = english
        return danish

    def rich(self, *paragraphs):
        """Rich text of plain paragraphs: one translation segment per paragraph."""
        return "".join(f"<p>{escape(self(danish, english), quote=False)}</p>" for danish, english in paragraphs)

    def rich_list(self, *items):
        """A bulleted list in rich text: one translation segment per item."""
        entries = "".join(f"<li>{escape(self(danish, english), quote=False)}</li>" for danish, english in items)
        return f"<ul>{entries}</ul>"
