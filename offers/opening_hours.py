"""A place's weekly opening hours as data (`Place.hours`), and what follows from them.

Stored as seven lists, Monday first, of [opens, closes] pairs in "HH:MM" local time:

    [[["09:00", "12:00"], ["14:00", "17:00"]], [], ...]      # Mo 9–12 and 14–17, Tu closed

A JSON field on the place rather than rows of their own: the place page, the infoscreen and
the API read the hours with the place (no extra query), and the approval snapshot keeps them
like every other field (`offers.approval`). `None` means "no hours given"; a week with hours
has an empty list for each closed day.

Temporary closures (`offers.models.Closure`) lie on top: callers pass their (first, last)
days. Times are wall-clock times in the site's zone (Europe/Berlin): a datetime is turned into
local time before comparing, so the DST switch days need no special case. Openings past
midnight are not supported (a range ends the same day). No ORM here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.translation import gettext, pgettext

from offers import times
from offers.enums import WEEKDAY_SHORT_LABELS, WEEKDAY_SHORT_NAMES
from offers.schedule_text import _days as parse_days

MAX_RANGES = 3
DAYS_AHEAD = 400  # how far `next_opening` looks (a long closure, e.g. a renovation)


# --- The stored structure -----------------------------------------------------------------


def _clock(value: str) -> time:
    return time.fromisoformat(value)


def validate(week) -> None:
    """ValueError with a German message unless `week` is None or a valid week."""
    if week is None:
        return
    if not isinstance(week, list) or len(week) != 7:
        raise ValueError("Öffnungszeiten brauchen genau sieben Tage (Mo bis So).")
    for index, ranges in enumerate(week):
        day = WEEKDAY_SHORT_NAMES[index]
        if not isinstance(ranges, list) or len(ranges) > MAX_RANGES:
            raise ValueError(f"{day}: höchstens {MAX_RANGES} Zeiträume.")
        previous_close = None
        for pair in ranges:
            try:
                opens, closes = (_clock(value) for value in pair)
            except (TypeError, ValueError):
                raise ValueError(f"{day}: „{pair}“ ist kein Zeitraum.") from None
            if closes <= opens:
                raise ValueError(f"{day}: Das Ende muss nach dem Beginn liegen.")
            if previous_close is not None and opens < previous_close:
                raise ValueError(f"{day}: Zeiträume dürfen sich nicht überschneiden.")
            previous_close = closes


def normalise(week: list[list[tuple[time, time]]]) -> list | None:
    """Ranges as times (in any order) → the stored form, sorted; all days empty → None."""
    if not any(week):
        return None
    return [
        [[opens.strftime("%H:%M"), closes.strftime("%H:%M")] for opens, closes in sorted(day)]
        for day in week
    ]


def ranges(week, weekday: int) -> list[tuple[time, time]]:
    if not week:
        return []
    return [(_clock(opens), _clock(closes)) for opens, closes in week[weekday]]


# --- Open now, next opening ---------------------------------------------------------------


def _zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def _local(moment: datetime) -> datetime:
    """An aware moment as wall-clock time in the site's zone (naive = already local)."""
    return moment.astimezone(_zone()).replace(tzinfo=None) if moment.tzinfo else moment


def _closed_on(day: date, closures) -> bool:
    return any(first <= day <= last for first, last in closures)


@dataclass(frozen=True)
class State:
    is_open: bool
    until: datetime | None = None  # open: when it closes (local, naive)
    next_opening: datetime | None = None  # closed: when it opens next (local, naive)
    closure: bool = False  # closed because of a temporary closure


def next_opening(week, moment: datetime, closures=()) -> datetime | None:
    """The next local wall-clock datetime after `moment` at which the place opens."""
    now = _local(moment)
    for offset in range(DAYS_AHEAD):
        day = now.date() + timedelta(days=offset)
        if _closed_on(day, closures):
            continue
        for opens, _closes in ranges(week, day.weekday()):
            start = datetime.combine(day, opens)
            if start > now:
                return start
    return None


def state(week, moment: datetime, closures=()) -> State | None:
    """Open or closed at `moment`, with when that changes; None when no hours are given."""
    if not week:
        return None
    now = _local(moment)
    closed_today = _closed_on(now.date(), closures)
    if not closed_today:
        for opens, closes in ranges(week, now.weekday()):
            if opens <= now.time() < closes:
                return State(True, until=datetime.combine(now.date(), closes))
    return State(False, next_opening=next_opening(week, now, closures), closure=closed_today)


# --- Reading typed text -------------------------------------------------------------------


def parse_text(text: str) -> tuple[list | None, str]:
    """German free text ("Mo–Fr 9–12 und 14–17 Uhr, Sa 10–13 Uhr") → (week, rest).

    Parts separated by "," or ";" that start with weekdays and go on with times are read;
    the others are returned as `rest` (joined by ", "). A day named twice gets both ranges.
    Returns (None, text) when nothing could be read or the result is not a valid week.
    """
    week: list[list[tuple[time, time]]] = [[] for _ in range(7)]
    rest = []
    for part in _split(text or ""):
        found = _parse_part(part)
        if found is None:
            rest.append(part)
            continue
        days, found_ranges = found
        for day in days:
            week[day].extend(found_ranges)
    stored = normalise(week)
    try:
        validate(stored)
    except ValueError:
        return None, (text or "").strip()
    if stored is None:
        return None, (text or "").strip()
    return stored, ", ".join(rest)


def _split(text: str) -> list[str]:
    parts = []
    for chunk in text.replace(";", ",").split(","):
        chunk = chunk.strip()
        if chunk:
            parts.append(chunk)
    return parts


def _parse_part(part: str):
    days, rest = parse_days(part)
    if not days or not rest.strip():
        return None
    found = []
    # "10–13 und 14–18 Uhr": several ranges joined by "und" or "+" or "/"
    for piece in _pieces(rest):
        try:
            result = times.parse_time_range(piece)
        except ValueError:
            return None
        if result.end is None:
            return None
        found.append((result.start, result.end))
    return (days, found) if found else None


def _pieces(text: str) -> list[str]:
    text = text.replace(" und ", "|").replace("+", "|").replace(" & ", "|")
    pieces = [piece.strip() for piece in text.split("|") if piece.strip()]
    # "10–13 | 14–18 Uhr": "Uhr" after the last range only
    return [piece.removesuffix("Uhr").removesuffix("uhr").strip() for piece in pieces]


# --- Shown to residents -------------------------------------------------------------------


def day_name(index: int) -> str:
    """A weekday's short name in the active language (Mo, Пн, Pzt, الاثنين, دوشنبه)."""
    return str(WEEKDAY_SHORT_LABELS[index])


def format_time(value: time) -> str:
    return f"{value.hour}:{value.minute:02d}"


def format_range(opens: time, closes: time) -> str:
    return f"{format_time(opens)}–{format_time(closes)}"


@dataclass(frozen=True)
class Line:
    days: str  # "Mo–Fr", "Mo, Mi"
    ranges: list[str]  # ["9:00–12:00", "14:00–17:00"]; empty: closed


def _runs(days: list[int]) -> list[tuple[int, int]]:
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][1] == day - 1:
            runs[-1][1] = day
        else:
            runs.append([day, day])
    return [(first, last) for first, last in runs]


def _days_label(days: list[int]) -> str:
    # Translators: weekdays from … to …, e.g. "Mo–Fr".
    span = pgettext("Wochentage von bis", "{first}–{last}")
    separator = pgettext("list separator", ", ")
    labels = []
    for first, last in _runs(days):
        if first == last:
            labels.append(day_name(first))
        elif last == first + 1:
            labels.append(f"{day_name(first)}{separator}{day_name(last)}")
        else:
            labels.append(span.format(first=day_name(first), last=day_name(last)))
    return separator.join(labels)


def summary(week) -> list[Line]:
    """The week grouped: days with equal hours share a line, in the order of their first
    day, closed days last ("Mo–Fr 9:00–12:00, 14:00–17:00", "Sa, So" closed)."""
    if not week:
        return []
    groups: dict[tuple, list[int]] = {}
    for index, day in enumerate(week):
        groups.setdefault(tuple(tuple(pair) for pair in day), []).append(index)
    lines = []
    for key, days in sorted(groups.items(), key=lambda item: (not item[0], item[1][0])):
        shown = [format_range(_clock(opens), _clock(closes)) for opens, closes in key]
        lines.append(Line(_days_label(days), shown))
    return lines


def format_week(week) -> str:
    """The summary as one line of plain text (feeds, the infoscreen, the API's description)."""
    separator = pgettext("list separator", ", ")
    # Translators: between the groups of days in opening hours ("Mo–Fr 9–17; Sa 10–13").
    groups = pgettext("Öffnungszeiten Gruppen", "; ")
    return groups.join(
        f"{line.days} {separator.join(line.ranges) if line.ranges else gettext('geschlossen')}"
        for line in summary(week)
    )


def format_moment(moment: datetime, today: date) -> str:
    """When it opens next, as short as is clear: "heute 14:00", "morgen 9:00", "Mo 9:00",
    or with the date when it is more than six days away."""
    clock = format_time(moment.time())
    days = (moment.date() - today).days
    if days == 0:
        return gettext("heute %(time)s") % {"time": clock}
    if days == 1:
        return gettext("morgen %(time)s") % {"time": clock}
    if days <= 6:
        return f"{day_name(moment.weekday())} {clock}"
    return f"{day_name(moment.weekday())} {moment:%d.%m.} {clock}"


def format_state(found: State | None, moment: datetime) -> str:
    if found is None:
        return ""
    if found.is_open:
        return gettext("jetzt geöffnet bis %(time)s") % {"time": format_time(found.until.time())}
    if found.next_opening is None:
        return gettext("jetzt geschlossen")
    return gettext("jetzt geschlossen – öffnet wieder %(when)s") % {
        "when": format_moment(found.next_opening, _local(moment).date())
    }
