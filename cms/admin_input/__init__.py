"""Malformed admin posts get a form error or 400 Bad Request, never a server error.

Each module closes one path to a 500 that a crafted (or broken) post reaches in Wagtail's own code:
a chooser value that is no id, rich text that is no Draftail JSON, a StreamField whose counts do
not match what was sent, an image file Pillow cannot (or must not) read.
"""
