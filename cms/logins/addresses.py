"""The visitor's address, as the failed-login limit counts it."""

from django.conf import settings


def client_address(request):
    """The address the request came from, behind LOGIN_TRUSTED_PROXIES proxies that add to X-Forwarded-For.

    Each proxy appends the address it was called from, so the client is the entry that many places from
    the right; entries further left were written by the client and prove nothing.
    """
    proxies = settings.LOGIN_TRUSTED_PROXIES
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")
