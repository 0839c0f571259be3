"""The reports app's own tests, in a minimal Wagtail host (settings.py): reports, partners and slugs only.

Run with `pytest reports/tests --ds=reports.tests.settings`.
"""
