"""The pages in Leichte Sprache (easy-read German, BITV NRW): the texts are in
templates/boards/easy/, German only, outside the language prefix (`/leichte-sprache/`).

The weekly plan reads the same `selectors.week_plan` as the board, so it shows exactly what
residents may see (approved state only) and keeps the board's query count; pages are cached
like the board's (boards/caching.py).
"""

from functools import wraps

from django.shortcuts import render
from django.urls import reverse
from django.utils import translation

from boards.caching import cached_page
from boards.weeks import board_week
from offers import selectors
from offers.models import District

# The pages besides the start page and the plan: their key (boards/easy_urls.py) and text.
PAGES = {
    "read-plan": "boards/easy/read_plan.html",
    "districts": "boards/easy/districts.html",
    "accessibility": "boards/easy/accessibility.html",
    "feedback": "boards/easy/feedback.html",
}


def german(view):
    """Leichte Sprache is German: the page is German whatever the browser asks for (the
    middleware already sets German outside the language prefix; this says so where it
    matters)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        with translation.override("de"):
            return view(request, *args, **kwargs)

    return wrapper


def _render(request, template, context=None, status=200):
    # No hreflang alternates: the pages in other languages are not translations of these.
    context = {"easy_page": True, "alternates": [], **(context or {})}
    return render(request, template, context, status=status)


@german
def index(request):
    return cached_page(request, lambda: _render(request, "boards/easy/index.html"))


@german
def page(request, page):
    return cached_page(request, lambda: _page(request, page))


def _page(request, page):
    context = {}
    if page == "districts":
        context["districts"] = selectors.active_districts()
    return _render(request, PAGES[page], context)


@german
def plan(request, district):
    return cached_page(request, lambda: _plan(request, district))


def _plan(request, district):
    try:
        district = selectors.active_districts().get(slug=district)
    except District.DoesNotExist:
        # Said in Leichte Sprache, with the way to the right page (not cached: not a 200).
        context = {"districts_url": reverse("easy:districts")}
        return _render(request, "boards/easy/no_district.html", context, status=404)
    plan = selectors.week_plan(district, board_week(None).monday)
    return _render(request, "boards/easy/plan.html", {"district": district, "plan": plan})
