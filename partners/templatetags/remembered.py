"""`{% remembered_include "template.html" signature %}`: an include rendered once per process for each
signature and language, then answered from memory.

For the parts of a page whose work grows with the content (the partner map and the list of every city),
on the views the page cache does not answer (the first after a change, another query string). The
signature must name everything the included template shows, so that a change of any of it is a new
signature and a new render: nothing is ever invalidated, the oldest entries are dropped.
"""

from collections import OrderedDict
from threading import Lock

from django import template
from django.utils.translation import get_language

register = template.Library()

MAX_ENTRIES = 32
_rendered = OrderedDict()
_lock = Lock()


@register.simple_tag(takes_context=True)
def remembered_include(context, template_name, signature):
    key = (template_name, get_language(), signature)
    with _lock:
        html = _rendered.get(key)
        if html is not None:
            _rendered.move_to_end(key)
            return html
    html = context.template.engine.get_template(template_name).render(context)
    with _lock:
        _rendered[key] = html
        while len(_rendered) > MAX_ENTRIES:
            _rendered.popitem(last=False)
    return html
