"""The static ceiling: Varnish answering each page's address with that page's saved answer, no backend at all.

What the front cache's own machinery can deliver on this machine for a hit of that size, with a minimal
VCL; a page kept by the front cache (deploy/varnish/) can at best match its own ceiling. One saved page
for all would not do: the partner index, with its map, is seven times the home page's bytes, and bytes
are what a hit costs.
"""

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
        set beresp.http.Content-Type = {{"{content_type}"}};
        synthetic(std.fileread("{saved}"));
    }}"""


def write_static_vcl(folder, pages):
    """Save each page of `pages` ({path: (content type, body bytes)}) into folder, with the VCL that serves
    them at their own paths; returns the VCL's path."""
    branches = []
    for number, (path, (content_type, body)) in enumerate(pages.items()):
        if '"}' in path or '"}' in content_type:
            raise ValueError(f"cannot be written in VCL: {path!r}")
        saved = folder / f"saved-{number}"
        saved.write_bytes(body)
        keyword = "if" if number == 0 else "elsif"
        branches.append(BRANCH.format(keyword=keyword, path=path, content_type=content_type, saved=saved))
    vcl = folder / "static.vcl"
    vcl.write_text(STATIC_VCL.format(branches="\n".join(branches)))
    return vcl
