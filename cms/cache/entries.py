"""What the page cache keeps of a response: the generation it was made under, its status, headers and body.

A plain tuple rather than the pickled HttpResponse: it unpickles in microseconds, and its body is one
bytes object, so a hit is written to the socket at once (a feed's response holds hundreds of small
chunks, one per `write()` of the feed generator, each of which the server would send on its own).
"""

from django.http import HttpResponse


def pack(response, generation):
    """The entry of a complete (not streamed) response rendered under `generation`."""
    return (generation, response.status_code, tuple(response.items()), response.content)


def unpack(entry, generation):
    """The response kept in entry, or None when it was made under another generation than `generation`."""
    if not isinstance(entry, tuple) or len(entry) != 4:  # e.g. a pickled response of an earlier release
        return None
    made_under, status, headers, body = entry
    if made_under != generation:
        return None
    return HttpResponse(body, status=status, headers=dict(headers))
