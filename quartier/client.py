"""The client's address, as far as the deployment lets us know it."""

from django.conf import settings


def client_address(request) -> str:
    """REMOTE_ADDR, or — behind `QUARTIER_TRUSTED_PROXIES` proxies — the right-most
    X-Forwarded-For entry that none of our own proxies added (the left ones are the client's
    word and can be forged)."""
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = getattr(settings, "QUARTIER_TRUSTED_PROXIES", 0)
    if trusted <= 0:
        return remote
    forwarded = [
        entry.strip()
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    # The last proxy's own address is REMOTE_ADDR; the other trusted proxies appended theirs.
    chain = [*forwarded, remote]
    return chain[-(trusted + 1)] if len(chain) > trusted else chain[0]
