# Varnish in front of the app servers (README, "Caches"). Varnish 7; the app servers and the addresses
# allowed to purge are in site.vcl, found on vcl_path (edit the one beside this file, or put your own
# first on the path).
#
# - Never cached: anything but GET/HEAD, the admin (and its previews), documents (each download passes
#   its permission check), the health check, and every request of someone with a session (an editor).
# - Anonymous requests lose their cookies: public pages use none, and the app never sets one on them.
# - The TTL is the app's s-maxage (Cache-Control); the app purges the whole site on every change.
# - PURGE <path> from a purger bans every cached address of that host that starts with the path, query
#   strings included: the app purges "/", which empties the whole site (pagination and filters could
#   not be listed one by one).
vcl 4.1;

include "site.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        # The path as a regular expression that matches itself only: every metacharacter escaped.
        ban("obj.http.X-Ban-Host == " + regsub(req.http.host, ":[0-9]+$", "") +
            " && obj.http.X-Ban-Url ~ ^" + regsuball(req.url, {"([][\\.?*+^$|(){}])"}, {"\\\1"}));
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|documents)/" || req.url ~ "^/healthz" || req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # An address answers differently over http (a redirect to https) and https.
    hash_data(req.http.X-Forwarded-Proto);
    # "/" redirects by the browser's languages.
    if (req.url == "/") {
        hash_data(req.http.Accept-Language);
    }
}

sub vcl_backend_response {
    # What a ban compares with, kept on the object (so the ban lurker can evict without a request).
    set beresp.http.X-Ban-Host = regsub(bereq.http.host, ":[0-9]+$", "");
    set beresp.http.X-Ban-Url = bereq.url;
}

sub vcl_deliver {
    unset resp.http.X-Ban-Host;
    unset resp.http.X-Ban-Url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
