"""The join link of an online offer on its page, and the words feeds and print use instead.

The link itself shows only on the offer page, from 15 minutes before a date until its end
(offers/online.py); the page cache keys the page on that (boards.caching.join_state). Every
other channel (board, iCal, Atom, HSDS, schema.org data, print) says where to find it.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language

from offers import online


def digital_help_url(district) -> str:
    """Where first-timers find help with phone and internet near them (the district's part of
    the digital anchor places page)."""
    try:
        path = reverse("boards:digital")
    except NoReverseMatch:  # the page comes with another part of issue 13
        path = f"/{get_language()}/digital/"
    return f"{path}#{district.slug}"


def join_context(offer, occurrences, district, now) -> dict | None:
    """What the offer page shows about joining online at `now` (aware); None for an offer
    on site only. `url` is set only while a date's window is open."""
    if not offer.is_online:
        return None
    shown = online.open_occurrence(occurrences, now)
    return {
        "url": offer.online_url if shown else "",
        "host": urlsplit(offer.online_url).hostname or "",
        "occurrence": shown,
        "has_dates": bool(occurrences),
        "help_url": digital_help_url(district),
    }


def offer_instruction(offer, district) -> str:
    """`instruction` for `offer` as shown on `district`'s board."""
    return online.instruction(settings.SITE_URL + offer.url_in(district))
