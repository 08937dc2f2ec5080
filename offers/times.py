"""Times of day as clerks type them: one routine for the admin form and the import.

    10  ·  10 Uhr  ·  9 h  ·  9.30  ·  9:30  ·  09:30  ·  930  ·  um 9:30
    10-13  ·  10–13  ·  10 bis 13 Uhr  ·  von 9.30 bis 12  ·  ۱۰:۳۰  ·  ١٠-١٣

A range ("10-13") gives a start and an end. Persian and Arabic digits are read as Latin ones
(`offers.text.to_latin_digits`). Anything else is a ValueError whose German message says
what is wrong and gives an example. Pure functions, no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from offers.text import to_latin_digits

DISPLAY_FORMAT = "%H:%M"
EXAMPLE = "z. B. 9:30 oder 10-13"
EXAMPLE_SINGLE = "z. B. 9:30"

# One clock time: "9", "9:30", "9.30", "9h30", "930", "0930"; seconds ("09:30:00", as the
# admin's "Jetzt" writes them) are dropped; "Uhr" or "h" may follow.
_CLOCK = (
    r"(?:(?P<{n}h>\d{{1,2}})(?:\s*(?:[:.]|h(?=\s*\d))\s*(?P<{n}m>\d{{2}})(?::\d{{2}})?)?"
    r"|(?P<{n}hm>\d{{3,4}}))"
    r"(?:\s*(?:uhr|h))?"
)
_DASHES = "-–—‑−"  # hyphen, en dash, em dash, non-breaking hyphen, minus sign
_RANGE = re.compile(
    rf"(?:(?:von|ab|um)\s*)?{_CLOCK.format(n='start')}"
    rf"(?:\s*(?:[{_DASHES}]|bis\b)\s*{_CLOCK.format(n='end')})?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TimeRange:
    start: time
    end: time | None = None


def _clock(match: re.Match, which: str, example: str) -> time | None:
    hours, minutes, both = match[f"{which}h"], match[f"{which}m"], match[f"{which}hm"]
    if hours is None and both is None:
        return None
    if both is not None:
        hours, minutes = both[:-2], both[-2:]
    hour, minute = int(hours), int(minutes or 0)
    if hour > 23 or minute > 59:
        typed = f"{hours}:{minutes}" if minutes else hours
        limit = "Stunden gehen von 0 bis 23" if hour > 23 else "Minuten gehen von 00 bis 59"
        raise ValueError(f"Die Uhrzeit „{typed}“ gibt es nicht: {limit}. Bitte {example} eingeben.")
    return time(hour, minute)


def _parse(text: str, example: str) -> TimeRange:
    typed = " ".join(to_latin_digits(text or "").split())
    match = _RANGE.fullmatch(typed)
    if not match:
        raise ValueError(f"„{(text or '').strip()}“ ist keine Uhrzeit. Bitte {example} eingeben.")
    return TimeRange(_clock(match, "start", example), _clock(match, "end", example))


def parse_time_range(text: str) -> TimeRange:
    """A start time, or a start and an end ("10-13"), from what a person typed."""
    result = _parse(text, EXAMPLE)
    if result.end is not None and result.end <= result.start:
        raise ValueError("Das Ende muss nach dem Beginn liegen. Bitte z. B. 10-13 eingeben.")
    return result


def parse_time(text: str) -> time:
    """One time of day ("9.30", "10 Uhr"); a range here is an error."""
    result = _parse(text, EXAMPLE_SINGLE)
    if result.end is not None:
        raise ValueError(f"Hier bitte nur eine Uhrzeit angeben, {EXAMPLE_SINGLE}.")
    return result.start


def format_time(value: time | None) -> str:
    """Hours and minutes ("09:30"), as the admin shows and the import writes them."""
    return value.strftime(DISPLAY_FORMAT) if value else ""
