"""When an online offer's join link is shown: from 15 minutes before a date starts until it ends.

Pure functions over occurrences from `offers.schedules` (cancelled and moved dates are already
resolved there: a date moved away is cancelled here, the date it moved to counts). Occurrence
times are wall-clock times in the city's zone; windows are compared as instants, so a date on
the day the clocks change opens 15 real minutes before its start.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.translation import gettext

# The link shows this long before a date starts.
JOIN_LEAD = timedelta(minutes=15)
# A date without an end time keeps its link this long after its start.
DEFAULT_LENGTH = timedelta(hours=1)


def _zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def join_window(occurrence) -> tuple[datetime, datetime] | None:
    """(opens, closes) of the date's link as aware UTC instants; None for a date that does
    not take place. A date ending at or before its start time ends the next day."""
    if occurrence.is_cancelled:
        return None
    zone = _zone()
    start = datetime.combine(occurrence.day, occurrence.start, tzinfo=zone)
    if occurrence.end is None:
        end = start.astimezone(ZoneInfo("UTC")) + DEFAULT_LENGTH
    else:
        day = occurrence.day + timedelta(days=1 if occurrence.end <= occurrence.start else 0)
        end = datetime.combine(day, occurrence.end, tzinfo=zone).astimezone(ZoneInfo("UTC"))
    return start.astimezone(ZoneInfo("UTC")) - JOIN_LEAD, end


def join_link_open(occurrence, now: datetime) -> bool:
    """Whether the link of `occurrence` shows at `now` (aware): from 15 minutes before its
    start until its end (the end itself excluded)."""
    window = join_window(occurrence)
    return window is not None and window[0] <= now < window[1]


def open_occurrence(occurrences: Iterable, now: datetime):
    """The first of `occurrences` whose link shows at `now`, or None."""
    return next((occ for occ in occurrences if join_link_open(occ, now)), None)


def instruction(page_url: str) -> str:
    """What feeds, calendars and open data say instead of the link, in the active language;
    `page_url` is the offer page's absolute URL."""
    # Translators: in calendars and feeds instead of an online offer's join link.
    text = gettext("Online-Angebot: den Link finden Sie 15 Minuten vor Beginn auf %(page)s")
    return text % {"page": page_url}
