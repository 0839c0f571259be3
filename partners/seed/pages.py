"""Helpers to create or update demo pages idempotently, keyed by slug under a parent."""

from wagtail.models import Site


def site_root():
    """The default site's root page: where the demo goes unless told otherwise (the Danish home page here)."""
    return Site.objects.get(is_default_site=True).root_page.specific


def upsert_child(parent, page_class, slug, **fields):
    """Create the child with this slug under `parent`, or update it; publish the result."""
    existing = page_class.objects.child_of(parent).filter(slug=slug).first()
    if existing is None:
        page = page_class(slug=slug, **fields)
        parent.add_child(instance=page)
    else:
        page = existing
        for name, value in fields.items():
            setattr(page, name, value)
    page.save_revision().publish()
    return page


def publish_fields(page, **fields):
    """Set fields on an existing page and publish them as a new revision."""
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page
