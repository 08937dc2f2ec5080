"""The HTTP side of the HSDS API: parameters checked before anything else sees them, pages as
the HSDS API reference describes them, JSON answers (errors too), open to every origin."""

import json
import math
import uuid

from django.http import HttpResponse

from boards.caching import cached_page
from opendata.openapi import PER_PAGE_DEFAULT, PER_PAGE_MAX

SAFE_METHODS = ("GET", "HEAD")
FLAGS = {"true": True, "false": False, "": False}
# Parameters of the HSDS API reference this API does not implement: refused rather than
# ignored, so a client never takes an unfiltered list for a filtered one.
UNSUPPORTED = (
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "modified_after",
    "minimal",
    "postcode",
    "proximity",
)


class BadParameter(ValueError):
    """A query parameter the API does not accept; its message says why (400)."""


def json_response(data, status=200) -> HttpResponse:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    response = HttpResponse(body, status=status, content_type="application/json")
    return response


def error(status: int, message: str) -> HttpResponse:
    return json_response({"status": status, "message": message}, status=status)


def open_to_all(response) -> HttpResponse:
    """Anyone may read it from a browser script: no credentials are involved."""
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _positive(params, name, default, maximum=None) -> int:
    raw = params.get(name, "")
    if raw == "":
        return default
    if not raw.isascii() or not raw.isdigit() or int(raw) < 1:
        raise BadParameter(f"{name} must be a whole number from 1")
    if maximum is not None and int(raw) > maximum:
        raise BadParameter(f"{name} must be at most {maximum}")
    return int(raw)


def flag(params, name) -> bool:
    value = params.get(name, "").lower()
    if value not in FLAGS:
        raise BadParameter(f"{name} must be true or false")
    return FLAGS[value]


def paging(params) -> dict:
    """`page` and `per_page`, checked; filters this API does not have refused."""
    for name in UNSUPPORTED:
        if name in params:
            raise BadParameter(f"{name} is not supported by this API")
    if params.get("format", "json") != "json":
        raise BadParameter("format: only json is supported")
    return {
        "page": _positive(params, "page", 1),
        "per_page": _positive(params, "per_page", PER_PAGE_DEFAULT, PER_PAGE_MAX),
    }


class PageNotFound(LookupError):
    pass


def page_of(items: list, page: int, per_page: int) -> tuple[dict, list]:
    """The HSDS paging fields and the items on `page` (PageNotFound past the last page)."""
    total_pages = max(1, math.ceil(len(items) / per_page))
    if page > total_pages:
        raise PageNotFound
    chosen = items[(page - 1) * per_page : page * per_page]
    return {
        "total_items": len(items),
        "total_pages": total_pages,
        "page_number": page,
        "size": len(chosen),
        "first_page": page == 1,
        "last_page": page == total_pages,
        "empty": not items,
    }, chosen


def parse_id(raw: str) -> str | None:
    """A canonical UUID string, or None when `raw` is not one."""
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        return None


def endpoint(view=None, *, params=None):
    """Wraps an API view: only GET and HEAD (others 405 in JSON), parameters checked first
    (400 in JSON), the whole answer cached like the pages (`cached_page`, keyed by the path
    and the checked parameters), CORS open. `view(request, params, **kwargs)` returns the data
    (or an HttpResponse); `params(query)` returns the checked parameters."""
    if view is None:
        return lambda view: endpoint(view, params=params)
    check = params or (lambda query: {})

    def wrapped(request, **kwargs):
        if request.method not in SAFE_METHODS:
            response = error(405, "read-only API: use GET")
            response["Allow"] = ", ".join(SAFE_METHODS)
            return open_to_all(response)
        try:
            checked = check(request.GET)
        except BadParameter as problem:
            return open_to_all(error(400, str(problem)))

        def render():
            try:
                data = view(request, checked, **kwargs)
            except PageNotFound:
                return error(404, "no such page")
            return data if isinstance(data, HttpResponse) else json_response(data)

        return open_to_all(cached_page(request, render, checked))

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    wrapped.csrf_exempt = True  # read-only: a POST gets 405, not the CSRF page
    return wrapped
