# This installation's part of ballerup.vcl: where the app servers are, and who may purge.
vcl 4.1;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

# The app servers' addresses: each of them purges after every change (FRONTEND_CACHE_URL).
acl purgers {
    "127.0.0.1";
    "::1";
}
