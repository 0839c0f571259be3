"""The static ceiling: Varnish answering each page's address with that page's saved answer, no backend at all.

What the front cache's own machinery can deliver on this machine for a hit of that size, with a minimal
VCL; a page kept by the front cache (deploy/varnish/) can at best match its own ceiling. One saved page
for all would not do: the partner index, with its map, is seven times the home page's bytes, and bytes
are what a hit costs. The saved answer is the whole of what a hit sends: the body and the page's own
headers (the security headers, ETag, Vary: about 1 KB), so the two differ only in the VCL that sends them.
"""

import re

# No backend: each fetch fails into vcl_backend_error, which answers with the page's saved bytes and
# keeps them for an hour, so every later request is a hit from Varnish's memory, as a kept page is.
STATIC_VCL = """vcl 4.1;
import std;

backend default none;

sub vcl_recv {{
    return (hash);
}}

sub vcl_backend_error {{
{branches}
    set beresp.status = 200;
    set beresp.ttl = 1h;
    return (deliver);
}}
"""

BRANCH = """    {keyword} (bereq.url == {{"{path}"}}) {{
{headers}
        synthetic(std.fileread("{saved}"));
    }}"""

HEADER = """        set beresp.http.{name} = {{"{value}"}};"""

# What Varnish writes itself on every answer (or what describes one transfer, not the page).
NOT_SAVED = {
    "accept-ranges",
    "age",
    "connection",
    "content-length",
    "date",
    "transfer-encoding",
    "via",
    "x-cache",
    "x-varnish",
}
HEADER_NAME = re.compile(r"^[A-Za-z0-9-]+$")


def saved_headers(headers):
    """[(name, value)] of a hit's headers worth replaying: the page's own, not the transfer's."""
    return [(name, value) for name, value in headers.items() if name.lower() not in NOT_SAVED]


def write_static_vcl(folder, pages):
    """Save each page of `pages` ({path: ([(header, value)], body bytes)}) into folder, with the VCL that
    serves them at their own paths with their own headers; returns the VCL's path."""
    branches = []
    for number, (path, (headers, body)) in enumerate(pages.items()):
        for text in (path, *(value for _name, value in headers)):
            if '"}' in text:
                raise ValueError(f"cannot be written in VCL: {text!r}")
        if not all(HEADER_NAME.match(name) for name, _value in headers):
            raise ValueError(f"a header name cannot be written in VCL: {headers!r}")
        saved = folder / f"saved-{number}"
        saved.write_bytes(body)
        branches.append(
            BRANCH.format(
                keyword="if" if number == 0 else "elsif",
                path=path,
                headers="\n".join(HEADER.format(name=name, value=value) for name, value in headers),
                saved=saved,
            )
        )
    vcl = folder / "static.vcl"
    vcl.write_text(STATIC_VCL.format(branches="\n".join(branches)))
    return vcl
