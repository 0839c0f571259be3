"""The sign-ins django-axes refuses right now, and lifting one of them (the administrators' unlock screen).

With AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"] axes counts the failures of an account (from
any address) and of an address (to any account) separately, and refuses either once its count within
the cool-off reaches the limit. Its AccessAttempt rows are per account, address and browser, so a lockout
is read here as axes reads it: the rows of one account, or of one address, added up.
"""

from dataclasses import dataclass, field
from datetime import datetime

from axes.helpers import get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from axes.utils import reset
from django.utils import timezone

ACCOUNT = "account"
ADDRESS = "address"


@dataclass
class Lockout:
    """An account or an address that may not sign in until `ends_at` (None: until it is unlocked)."""

    kind: str  # ACCOUNT or ADDRESS
    value: str  # the username or the address
    failures: int
    last_attempt: datetime
    ends_at: datetime | None
    # For an account the addresses it was tried from; for an address the accounts tried from it.
    others: list[str] = field(default_factory=list)

    @property
    def username(self):
        return self.value if self.kind == ACCOUNT else ", ".join(self.others)

    @property
    def address(self):
        return self.value if self.kind == ADDRESS else ", ".join(self.others)


def current_lockouts(request):
    """Every account and address locked out now, the most recent failure first (one query)."""
    cool_off = get_cool_off(request)
    attempts = AccessAttempt.objects.only("username", "ip_address", "failures_since_start", "attempt_time")
    if cool_off is not None:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    by_account, by_address = {}, {}
    for attempt in attempts.order_by("-attempt_time"):
        if attempt.username:
            by_account.setdefault(attempt.username, []).append(attempt)
        if attempt.ip_address:
            by_address.setdefault(attempt.ip_address, []).append(attempt)
    limit = get_failure_limit(request, None)
    lockouts = [
        lockout
        for kind, groups in ((ACCOUNT, by_account), (ADDRESS, by_address))
        for value, rows in groups.items()
        if (lockout := lockout_of(kind, value, rows, limit, cool_off)) is not None
    ]
    return sorted(lockouts, key=lambda lockout: lockout.last_attempt, reverse=True)


def lockout_of(kind, value, rows, limit, cool_off):
    """The lockout `rows` (newest first) add up to, or None while under the limit.

    The lock lasts while the failures still inside the cool-off reach the limit: it ends when the row that
    brings the newest failures up to the limit falls out of the cool-off.
    """
    total = 0
    for row in rows:
        total += row.failures_since_start
        if total >= limit:
            break
    else:
        return None
    failures = sum(r.failures_since_start for r in rows)
    others = sorted({(r.ip_address if kind == ACCOUNT else r.username) or "" for r in rows} - {""})
    ends_at = row.attempt_time + cool_off if cool_off is not None else None
    return Lockout(kind, value, failures, rows[0].attempt_time, ends_at, others)


def unlock(kind, value):
    """Lift the lock on an account or an address with axes' own reset; the number of attempts removed.

    Only that account's (or address's) attempts go: axes' reset with neither would remove every one.
    """
    if not value:
        raise ValueError("An account or an address to unlock is needed.")
    if kind == ACCOUNT:
        return reset(username=value)
    if kind == ADDRESS:
        return reset(ip=value)
    raise ValueError(f"Not a kind of lockout: {kind!r}")
