"""Whole public pages cached per page, language, day and content version, with ETags.

A page changes when the data changes (the content version goes up on every save), when the
day changes ("today" is marked), or when the code does (fingerprint). Keys carry all three,
so invalidation needs no bookkeeping and works across app servers sharing one cache.

Keys are built from the path (which the URL patterns already constrain) and the parameters
the view has validated, never from the raw query string: `?utm_source=1` or any other junk
maps to the plain page's entry and costs no render. The page's own links (language switch,
previous/next week, og:url) use the same validated parameters, so a cached body never
carries one visitor's junk to the next.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified, QueryDict
from django.utils import timezone
from django.utils.translation import get_language

from offers import selectors
from offers.services import content_version
from quartier import safe_cache
from quartier.fingerprint import code_fingerprint

PAGE_SECONDS = 60 * 60


def page_query(params: dict) -> QueryDict:
    """The validated parameters as an immutable query, empty values left out, in the
    order given (one spelling per page, so one cache entry)."""
    query = QueryDict(mutable=True)
    for name, value in params.items():
        if value:
            query[name] = str(value)
    query._mutable = False
    return query


def _etag(request, vary="") -> str:
    raw = "|".join(
        map(
            str,
            (
                request.path,
                request.page_query.urlencode(),
                get_language(),
                timezone.localdate(),
                content_version(),
                code_fingerprint(),
                vary,
            ),
        )
    )
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def cached_page(request, render, params=None, vary="") -> HttpResponse:
    """`render()`'s response, from the cache when nothing it depends on has changed.

    `params`: the query parameters the page depends on, already validated; nothing else of
    the query string reaches the key or the page. `vary`: anything else the page shows that
    changes with time (e.g. the minute, for "jetzt geöffnet"), or a function that returns it
    (called only when the cache is on).
    """
    request.page_query = page_query(params or {})
    if not settings.QUARTIER["PAGE_CACHE"]:
        return render()
    if callable(vary):
        vary = vary()
    etag = _etag(request, vary)
    headers = {"ETag": f'"{etag}"', "Cache-Control": "no-cache"}
    if request.headers.get("If-None-Match", "").strip('W/" ') == etag:
        return HttpResponseNotModified(headers=headers)
    cached = safe_cache.get(f"page:{etag}")
    if cached is None:
        response = render()
        if response.status_code != 200:
            return response
        cached = (response.content, response["Content-Type"])
        safe_cache.set(f"page:{etag}", cached, PAGE_SECONDS)
    content, content_type = cached
    return HttpResponse(content, content_type=content_type, headers=headers)


def join_state(slug: str, now) -> str:
    """What an offer page's join link looks like at `now` (aware), as a `vary` for
    `cached_page`: "" for an offer that is not online, "closed", or "open:<opening instant>"
    of the date whose link shows. The key changes exactly when the link appears or goes.

    The windows of all online offers near today are read once per content version and day."""
    key = f"join-windows:{content_version()}:{timezone.localdate()}:{code_fingerprint()}"
    windows = safe_cache.get(key)
    if windows is None:
        windows = selectors.join_windows(timezone.localdate())
        safe_cache.set(key, windows, PAGE_SECONDS)
    if slug not in windows:
        return ""
    opened = [opens for opens, closes in sorted(windows[slug]) if opens <= now < closes]
    return f"open:{opened[0].isoformat()}" if opened else "closed"
