"""Admin wiring for the whole site."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_editor_js")
def translation_editor_in_the_admins_language():
    """The translation editor's texts that its script writes past the JavaScript catalog (see the script).

    wagtail-localize's editor template outputs this hook before its own catalog and script; the script
    waits for the page to load, so it runs with both in place.
    """
    return format_html('<script src="{}" defer></script>', static("js/translation-editor.js"))
