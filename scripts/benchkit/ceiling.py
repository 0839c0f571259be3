"""The static ceiling: Varnish answering every request with a saved page, no backend at all.

What the front cache's own machinery can deliver on this machine; a cached page can at best match it.
"""

STATIC_VCL = """vcl 4.1;
import std;

backend default none;

sub vcl_recv {{
    return (synth(200));
}}

sub vcl_synth {{
    set resp.http.Content-Type = "text/html; charset=utf-8";
    synthetic(std.fileread("{path}"));
    return (deliver);
}}
"""


def write_static_vcl(folder, page):
    """Save `page` (bytes) and the VCL that serves it into folder; returns the VCL's path."""
    saved = folder / "saved.html"
    saved.write_bytes(page)
    vcl = folder / "static.vcl"
    vcl.write_text(STATIC_VCL.format(path=saved))
    return vcl
