"""Whole public pages cached per page, language, day and content version, with ETags.

A page changes when the data changes (the content version goes up on every save), when the
day changes ("today" is marked), or when the code does (fingerprint). Keys carry all three,
so invalidation needs no bookkeeping and works across app servers sharing one cache.

Keys are built from the path (which the URL patterns already constrain) and the parameters
the view has validated, never from the raw query string: `?utm_source=1` or any other junk
maps to the plain page's entry and costs no render. The page's own links (language switch,
previous/next week, og:url) use the same validated parameters, so a cached body never
carries one visitor's junk to the next.

Most visits ask for a page with no query string at all (a QR code, a bookmark, a link on the
board). `PlainPageMiddleware` keeps those finished responses, headers and a compressed body
included, and serves them before sessions, locale, URL resolution and the view run: one query
(the content version) and one cache read, which is what made a cached board cost 2–3 times
`/healthz` (docs/performance.md).
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified, QueryDict
from django.middleware.gzip import GZipMiddleware
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.regex_helper import _lazy_re_compile
from django.utils.text import compress_string
from django.utils.translation import get_language

from offers import selectors
from quartier import safe_cache
from quartier.versioned import etag_matches, versioned_key

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
    return versioned_key(
        request.path, request.page_query.urlencode(), get_language(), timezone.localdate(), vary
    )


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
    # Nothing but the path, the day, the content and the code shapes this page when the
    # view adds no `vary`: `PlainPageMiddleware` may keep it for requests without a query.
    request.plain_page = not vary
    etag = _etag(request, vary)
    headers = {"ETag": f'"{etag}"', "Cache-Control": "no-cache"}
    if etag_matches(request, etag):
        return HttpResponseNotModified(headers=headers)
    cached = safe_cache.get(f"page:{etag}")
    if cached is None:
        response = render()
        if response.status_code != 200:  # an error page is never kept
            return response
        cached = (response.content, response["Content-Type"])
        safe_cache.set(f"page:{etag}", cached, PAGE_SECONDS)
    content, content_type = cached
    return HttpResponse(content, content_type=content_type, headers=headers)


# --- Plain pages: served before the middleware stack and the view -------------------------

_ACCEPTS_GZIP = _lazy_re_compile(r"\bgzip\b")
# Set again for each answer, or describing the body as it is stored.
_NOT_KEPT = {"content-length", "content-encoding", "set-cookie", "date"}


def plain_key(path: str) -> str:
    """The plain page's key: the path (which holds the language) and what `_etag` adds to
    it for a page without parameters and without `vary`."""
    return "plain:" + versioned_key(path, timezone.localdate())


@dataclass(frozen=True)
class PlainPage:
    """A finished response as the view and the middleware inside ours left it, with its body
    compressed once (Django's gzip pads each answer against BREACH; these pages are the same
    for everyone and hold no secret, so one padding per stored page is enough)."""

    headers: tuple
    content: bytes
    compressed: bytes

    @classmethod
    def of(cls, response) -> "PlainPage":
        headers = tuple(
            (name, value) for name, value in response.items() if name.lower() not in _NOT_KEPT
        )
        compressed = compress_string(
            response.content, max_random_bytes=GZipMiddleware.max_random_bytes
        )
        return cls(headers, response.content, compressed)

    def response(self, request) -> HttpResponse:
        gzip = len(self.compressed) < len(self.content) and _ACCEPTS_GZIP.search(
            request.META.get("HTTP_ACCEPT_ENCODING", "")
        )
        headers = dict(self.headers)
        etag = headers.get("ETag", "")
        if etag and etag_matches(request, etag):
            response = HttpResponseNotModified()
        else:
            response = HttpResponse(self.compressed if gzip else self.content)
        for name, value in headers.items():
            response[name] = value
        if gzip and response.status_code == 200:
            # What GZipMiddleware would have done: it leaves an encoded answer alone.
            response["Content-Encoding"] = "gzip"
            if etag.startswith('"'):
                response["ETag"] = "W/" + etag
        if response.status_code == 200:
            response["Content-Length"] = str(len(response.content))
        patch_vary_headers(response, ("Accept-Encoding",))
        return response


def keeps_plain_page(request, response) -> bool:
    """Whether `response` may answer every later plain request for this path today: the
    view said so through `cached_page`, and nothing personal is in it."""
    return (
        getattr(request, "plain_page", False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Content-Encoding")
        and "cookie" not in response.get("Vary", "").lower()
    )


def join_state(slug: str, now) -> str:
    """What an offer page's join link looks like at `now` (aware), as a `vary` for
    `cached_page`: "" for an offer that is not online, "closed", or "open:<opening instant>"
    of the date whose link shows. The key changes exactly when the link appears or goes.

    The windows of all online offers near today are read once per content version and day."""
    key = "join-windows:" + versioned_key(timezone.localdate())
    windows = safe_cache.get_or_set(
        key, lambda: selectors.join_windows(timezone.localdate()), PAGE_SECONDS
    )
    if slug not in windows:
        return ""
    opened = [opens for opens, closes in sorted(windows[slug]) if opens <= now < closes]
    return f"open:{opened[0].isoformat()}" if opened else "closed"
