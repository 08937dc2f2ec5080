"""The client's address, the one place that decides it (rate limits use it through
django-ratelimit's RATELIMIT_IP_META_KEY).

Behind a reverse proxy every connection comes from the proxy, so REMOTE_ADDR names the proxy.
X-Forwarded-For is written by whoever sends the request, though: only the entries appended by
proxies we run can be believed. With N trusted proxies, each appends the address it was
connected from, so the N-th entry from the right is the last one no stranger could write.
"""

import ipaddress

from django.conf import settings

# When no usable address is known (a misconfigured socket), all such requests share one
# bucket: stricter for them, never an error page.
UNKNOWN = "0.0.0.0"  # noqa: S104 — a placeholder, nothing binds to it


def _valid(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_address(request) -> str:
    """The address of the visitor who sent `request`, as a normalised IP address."""
    proxies = settings.QUARTIER["TRUSTED_PROXIES"]
    remote = _valid(request.META.get("REMOTE_ADDR", "")) or UNKNOWN
    if proxies <= 0:
        return remote
    forwarded = [e for e in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if e.strip()]
    if not forwarded:
        return remote
    # Fewer entries than trusted proxies: the first proxy received the request directly.
    entry = forwarded[-proxies] if len(forwarded) >= proxies else forwarded[0]
    return _valid(entry) or UNKNOWN
