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


def static_vcl(saved_page):
    return STATIC_VCL.format(path=saved_page)
