"""Dates and times as the weekly plan in Leichte Sprache writes them (docs/translations.md).

Leichte Sprache writes times in words around digits ("von 15 Uhr bis 17 Uhr"), never "15–17"
or "15:30": a dash and a colon are signs many readers do not know. Days are written out
("Montag, 30. November"). German only: these pages are not translated. Pure functions.
"""

from datetime import date, time

from offers.enums import WEEKDAY_NAMES

MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def clock(value: time, space: str = " ") -> str:
    """`15 Uhr`, `15 Uhr 30`, `9 Uhr 5` (no leading zero: "09" is one more thing to read).
    Pages pass a no-break space, so that "11 Uhr 30" never breaks apart on a phone."""
    if value.minute:
        return f"{value.hour}{space}Uhr{space}{value.minute}"
    return f"{value.hour}{space}Uhr"


def time_span(start: time, end: time | None = None, space: str = " ") -> str:
    """`von 15 Uhr bis 17 Uhr`; without an end `um 15 Uhr`."""
    if end is None:
        return f"um {clock(start, space)}"
    return f"von {clock(start, space)} bis {clock(end, space)}"


def day_name(day: date) -> str:
    """`Montag, 30. November`."""
    return f"{WEEKDAY_NAMES[day.weekday()]}, {day.day}. {MONTHS[day.month - 1]}"
