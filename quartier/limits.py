"""Limits per client address on what costs the server work or writes a row.

django-ratelimit keeps the counters: in the cache only, under a hashed key that lives for one
window, so no address is stored anywhere. Over a limit, `enforce` raises `Ratelimited`, which
its middleware answers with our 429 page (`boards.views.too_many_requests`).
"""

import logging

from django.conf import settings
from django_ratelimit.core import is_ratelimited
from django_ratelimit.exceptions import Ratelimited

logger = logging.getLogger(__name__)


def exceeded(request, limit: str, scope: str = "") -> bool:
    """Count this request against the client's limit (a key of QUARTIER["RATES"]), separately
    per `scope` if given; True when it is over the limit."""
    rate = settings.QUARTIER["RATES"][limit]
    group = f"{limit}:{scope}" if scope else limit
    try:
        return is_ratelimited(request, group=group, key="ip", rate=rate, increment=True)
    except Exception:  # noqa: BLE001 — a cache outage lets the request through (fail open)
        logger.warning("rate limit unavailable (%s)", limit, exc_info=True)
        return False


def enforce(request, limit: str) -> None:
    """Raise `Ratelimited` (answered with 429) when the client is over `limit`."""
    if exceeded(request, limit):
        raise Ratelimited
