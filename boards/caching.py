"""Whole public pages cached per URL, language, day and content version, with ETags.

A page changes when the data changes (the content version goes up on every save), when the
day changes ("today" is marked), or when the code does (fingerprint). Keys carry all three,
so invalidation needs no bookkeeping and works across app servers sharing one cache.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.translation import get_language

from offers.services import content_version
from quartier import safe_cache
from quartier.fingerprint import code_fingerprint

PAGE_SECONDS = 60 * 60


def _etag(request, parts) -> str:
    raw = "|".join(
        map(
            str,
            (
                *parts,
                request.get_full_path(),
                get_language(),
                timezone.localdate(),
                content_version(),
                code_fingerprint(),
            ),
        )
    )
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def cached_page(request, parts, render) -> HttpResponse:
    """`render()`'s response, from the cache when nothing it depends on has changed."""
    if not settings.QUARTIER["PAGE_CACHE"]:
        return render()
    etag = _etag(request, parts)
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
