"""The partner city page's extension point: other apps add sections to it through a Wagtail hook.

A function registered for the hook `partners_city_page_sections` receives the city page and the request
and returns the sections to show on the page, each as HTML ready to insert (e.g. from render_to_string),
in order. The reports app adds "trips to this city" this way; partners knows nothing of it.
"""

from wagtail import hooks

HOOK = "partners_city_page_sections"


def city_page_sections(page, request):
    """Every registered app's sections for this city page, in the order the hooks were registered."""
    sections = []
    for section_maker in hooks.get_hooks(HOOK):
        sections.extend(section for section in section_maker(page, request) or () if section)
    return sections
