"""Template helpers for the pages in Leichte Sprache (boards/easy.py) and the switch entry
that leads to them from every page."""

from django import template
from django.urls import reverse

from boards import easy_text

register = template.Library()
NO_BREAK = "\u00a0"


@register.filter
def easy_day(day):
    """`Montag, 30. November`."""
    return easy_text.day_name(day)


@register.filter
def easy_time(occurrence):
    """`von 15 Uhr bis 17 Uhr`, or `um 15 Uhr` without an end; each clock time unbroken."""
    return easy_text.time_span(occurrence.start, occurrence.end, space=NO_BREAK)


@register.simple_tag
def easy_url(district=None):
    """Where "Leichte Sprache" in the language switch leads: on a district's pages its plan
    in Leichte Sprache, elsewhere the start page. `district` is whatever the page's context
    calls so (a District on board, offer, place and print pages; nothing elsewhere)."""
    slug = getattr(district, "slug", None)
    if slug:
        return reverse("easy:plan", kwargs={"district": slug})
    return reverse("easy:index")
