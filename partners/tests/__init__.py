"""The partners app's own tests, in a minimal Wagtail host (settings.py): no project, no demo content.

Run with `pytest partners/tests --ds=partners.tests.settings`.
"""
