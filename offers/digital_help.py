"""Reads for help with phone and internet (issue 13): the digital anchor places by district
and their next help hours, for `/<lang>/digital/` and the "Digitaler Ankerort" box of a
place page. Help hours are offers marked `digital_help`, at the place, expanded by the same
schedule code as the board; everything passes `offers.public`. A constant number of queries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from offers import public
from offers.models import District, Offer, Place
from offers.selectors import (
    Entry,
    _as_prefetched,
    _exceptions_between,
    _listed,
    _occurrences,
    active_districts,
)

# How far ahead help hours are looked for, and how many are shown per place.
HELP_HOURS_WEEKS = 4
HELP_HOURS_SHOWN = 3


@dataclass
class AnchorPlace:
    place: Place
    help_hours: list[Entry] = field(default_factory=list)


@dataclass
class DistrictAnchors:
    district: District
    places: list[AnchorPlace]


def _help_hours(today: date, place: Place | None = None) -> dict[int, list[Entry]]:
    """{place id: its next help hours that take place, soonest first}."""
    end = today + timedelta(weeks=HELP_HOURS_WEEKS)
    queryset = Offer.objects.prefetch_related(
        _listed("rules"), _listed("exceptions", _exceptions_between(today, end))
    )
    offers = _as_prefetched(public.offers(queryset, place=place, digital_help=True))
    found = defaultdict(list)
    for offer, occurrence in _occurrences(offers, today, end):
        if offer.place_id and not occurrence.is_cancelled:
            found[offer.place_id].append(Entry(offer, occurrence))
    for entries in found.values():
        entries.sort(key=lambda e: (e.occurrence.day, e.occurrence.start, e.offer.title))
        del entries[HELP_HOURS_SHOWN:]
    return found


def anchors_by_district(today: date) -> list[DistrictAnchors]:
    """Every active district with its digital anchor places (by name) and their next help
    hours; districts without one are left out."""
    districts = list(active_districts())
    places = public.places(Place.objects.order_by("name"), digital_anchor=True)
    hours = _help_hours(today)
    by_district = defaultdict(list)
    for place in places:
        by_district[place.district_id].append(AnchorPlace(place, hours.get(place.pk, [])))
    return [
        DistrictAnchors(district, by_district[district.pk])
        for district in districts
        if by_district[district.pk]
    ]


def help_hours_at(place: Place, today: date) -> list[Entry]:
    """The next help hours at `place` (a place page's "Digitaler Ankerort" box)."""
    return _help_hours(today, place=place).get(place.pk, [])
