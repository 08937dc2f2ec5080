"""The join link of an online offer on its page, and the words feeds and print use instead.

The link itself shows only on the offer page, from 15 minutes before a date until its end
(offers/online.py); the page cache keys the page on that (boards.caching.join_state). Every
other channel (board, iCal, Atom, HSDS, schema.org data, print) says where to find it.
"""

from urllib.parse import urlsplit

from django.urls import reverse

from offers import online


def digital_help_url(district) -> str:
    """Where first-timers find help with phone and internet near them: the district's part of
    the digital anchor places page (its anchor places with their next help hours)."""
    return f"{reverse('boards:digital')}#digital-{district.slug}"


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
