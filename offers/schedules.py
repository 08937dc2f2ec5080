"""Occurrence expansion: from schedule rules to the dates and times residents see.

Pure functions over plain values, no ORM: rules, exceptions and closures are any objects with
the attributes named below (model instances or the dataclasses the tests build), and holidays
come from a calendar object with `public_holiday(day)` and `school_holiday(day)`.

Times are wall-clock times in the city's time zone. A rule "Tuesdays 15:00" means 15:00 on
every Tuesday, in summer and winter time alike; nothing here converts to UTC.
"""

from __future__ import annotations

import calendar as pycalendar
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from typing import Any, Protocol

from offers.enums import ExceptionKind, OccurrenceStatus, RuleKind, SchoolHolidayMode

# Why a date the rules give does not take place (Occurrence.cause).
PUBLIC_HOLIDAY = "public_holiday"
SCHOOL_HOLIDAYS = "school_holidays"
CLOSURE = "closure"
EXCEPTION = "exception"

ISO_WEEK_RE = re.compile(r"^(?P<year>\d{4})-W(?P<week>\d{2})$", re.ASCII)


class HolidayCalendar(Protocol):
    def public_holiday(self, day: date) -> str | None: ...

    def school_holiday(self, day: date) -> str | None: ...


@dataclass(frozen=True)
class Occurrence:
    """One date of an offer as residents see it on the plan; `status` says what became of it
    (`OccurrenceStatus`: cancelled and moved-away dates are struck through)."""

    day: date
    start: time
    end: time | None
    status: OccurrenceStatus = OccurrenceStatus.SCHEDULED
    note: str = ""
    # The language `note` is written in: a clerk's note in the reader's language if it was
    # translated, else German (holiday names are German and go through the catalogue).
    note_language: str = "de"
    # The current German note when the reader's translation of it was made from an older one
    # (boards mark it, never a silent mix); "" when current, untranslated or German.
    note_german: str = ""
    reason: str = ""  # an ExceptionReason value, labelled in the reader's language
    # Why a date does not take place: PUBLIC_HOLIDAY, SCHOOL_HOLIDAYS, CLOSURE or EXCEPTION
    # ("" when it does), so the admin can name what a holiday setting took away.
    cause: str = ""
    moved_to: date | None = None
    moved_from: date | None = None

    # Templates ask these rather than spell a status.
    @property
    def is_cancelled(self) -> bool:
        """Struck through: cancelled, or moved away to another day."""
        return self.status in (OccurrenceStatus.CANCELLED, OccurrenceStatus.MOVED_AWAY)

    @property
    def is_moved_away(self) -> bool:
        return self.status == OccurrenceStatus.MOVED_AWAY

    @property
    def is_moved_here(self) -> bool:
        return self.status == OccurrenceStatus.MOVED_HERE


@dataclass
class Day:
    day: date
    public_holiday: str | None = None
    school_holiday: str | None = None
    is_today: bool = False
    entries: list = field(default_factory=list)


# --- Weeks ----------------------------------------------------------------------------------


def week_start(day: date) -> date:
    """The Monday of the ISO week that contains `day`."""
    return day - timedelta(days=day.weekday())


def parse_iso_week(value: str) -> date:
    """Monday of an ISO week written as "2026-W48"; ValueError for anything else."""
    match = ISO_WEEK_RE.match(value or "")
    if not match:
        raise ValueError(f"not an ISO week: {value!r}")
    return date.fromisocalendar(int(match["year"]), int(match["week"]), 1)


def format_iso_week(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year:04d}-W{week:02d}"


def days_of_week(monday: date) -> list[date]:
    return [monday + timedelta(days=offset) for offset in range(7)]


# --- Rules to raw dates -----------------------------------------------------------------------


def _within_validity(rule: Any, day: date) -> bool:
    if rule.valid_from and day < rule.valid_from:
        return False
    return not (rule.valid_until and day > rule.valid_until)


def nth_weekday(year: int, month: int, weekday: int, ordinal: int) -> date | None:
    """The `ordinal`-th `weekday` of a month (ordinal -1 = last); None if the month has none,
    e.g. a fifth Tuesday in a month with four."""
    days_in_month = pycalendar.monthrange(year, month)[1]
    matching = [
        date(year, month, d)
        for d in range(1, days_in_month + 1)
        if date(year, month, d).weekday() == weekday
    ]
    if ordinal == -1:
        return matching[-1]
    if 1 <= ordinal <= len(matching):
        return matching[ordinal - 1]
    return None


def _weekly_dates(rule: Any, start: date, end: date) -> Iterator[date]:
    interval = max(int(rule.interval_weeks or 1), 1)
    # Every-N-weeks rules count weeks from the week of their first valid day, so the parity
    # stays the same whichever week a resident looks at.
    anchor = week_start(rule.valid_from) if rule.valid_from else None
    day = start
    while day <= end:
        if day.weekday() in rule.weekdays:
            weeks_since = (week_start(day) - anchor).days // 7 if anchor else 0
            if weeks_since % interval == 0:
                yield day
        day += timedelta(days=1)


def _monthly_dates(rule: Any, start: date, end: date) -> Iterator[date]:
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        for weekday in sorted(rule.weekdays):
            day = nth_weekday(year, month, weekday, rule.ordinal)
            if day and start <= day <= end:
                yield day
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def rule_dates(rule: Any, start: date, end: date) -> list[date]:
    """Every date in [start, end] on which `rule` applies, before holidays and exceptions."""
    if rule.kind == RuleKind.SINGLE:
        candidates: Iterable[date] = [rule.date] if rule.date and start <= rule.date <= end else []
    elif rule.kind == RuleKind.WEEKLY:
        candidates = _weekly_dates(rule, start, end)
    elif rule.kind == RuleKind.MONTHLY:
        candidates = _monthly_dates(rule, start, end)
    else:
        raise ValueError(f"unknown rule kind {rule.kind!r}")
    return sorted(day for day in candidates if _within_validity(rule, day))


# --- Raw dates to occurrences -------------------------------------------------------------------


def _closure_on(closures: Iterable[Any], day: date) -> Any | None:
    return next((c for c in closures if c.start_date <= day <= c.end_date), None)


def _planned(rule: Any, day: date, calendar: HolidayCalendar, closures) -> Occurrence | None:
    """The occurrence of `rule` on `day` after school holidays, public holidays and closures.

    None when the rule simply does not run that day (a holiday programme outside the
    holidays); a cancelled occurrence when residents would otherwise expect it.
    """
    school = calendar.school_holiday(day)
    mode = rule.school_holidays or SchoolHolidayMode.ALWAYS
    if mode == SchoolHolidayMode.ONLY and not school:
        return None
    occurrence = Occurrence(day=day, start=rule.start_time, end=rule.end_time)
    if mode == SchoolHolidayMode.PAUSE and school:
        return _cancel(occurrence, school, cause=SCHOOL_HOLIDAYS)
    public = calendar.public_holiday(day)
    if public and not rule.on_public_holidays:
        return _cancel(occurrence, public, cause=PUBLIC_HOLIDAY)
    closure = _closure_on(closures, day)
    if closure:
        return _cancel(occurrence, closure.reason, cause=CLOSURE)
    return occurrence


def _language(exc) -> dict:
    return {
        "note_language": getattr(exc, "note_language", "de"),
        "note_german": getattr(exc, "outdated_note_german", ""),
    }


def _cancel(
    occurrence: Occurrence, note: str, reason: str = "", cause: str = EXCEPTION
) -> Occurrence:
    return Occurrence(
        day=occurrence.day,
        start=occurrence.start,
        end=occurrence.end,
        status=OccurrenceStatus.CANCELLED,
        note=note,
        reason=reason,
        cause=cause,
    )


def expand(
    rules: Iterable[Any],
    exceptions: Iterable[Any],
    closures: Iterable[Any],
    calendar: HolidayCalendar,
    start: date,
    end: date,
) -> list[Occurrence]:
    """All occurrences of one offer between `start` and `end` (inclusive), sorted.

    `exceptions` are per-date changes of this offer (cancelled, or moved to `new_date` and/or
    `new_start_time`/`new_end_time`); `closures` are the closures of its place and organisation.
    """
    rules = list(rules)
    closures = list(closures)
    by_date = {exc.date: exc for exc in exceptions}
    occurrences: list[Occurrence] = []

    for rule in rules:
        for day in rule_dates(rule, start, end):
            occurrence = _planned(rule, day, calendar, closures)
            if occurrence is None:
                continue
            exc = by_date.get(day)
            if exc is not None and occurrence.status != OccurrenceStatus.CANCELLED:
                occurrence = _apply_exception(occurrence, exc)
            occurrences.append(occurrence)

    occurrences.extend(_moved_here(rules, by_date.values(), calendar, closures, start, end))
    return sorted(occurrences, key=lambda o: (o.day, o.start))


def _apply_exception(occurrence: Occurrence, exc: Any) -> Occurrence:
    if exc.kind == ExceptionKind.CANCELLED:
        return replace(_cancel(occurrence, exc.note, getattr(exc, "reason", "")), **_language(exc))
    new_day = exc.new_date or occurrence.day
    if new_day == occurrence.day:
        # Same day, other time: shown once, at the new time, with the note.
        return Occurrence(
            day=new_day,
            start=exc.new_start_time or occurrence.start,
            end=exc.new_end_time or occurrence.end,
            status=OccurrenceStatus.MOVED_HERE,
            note=exc.note,
            **_language(exc),
            reason=getattr(exc, "reason", ""),
            moved_from=occurrence.day,
        )
    return Occurrence(
        day=occurrence.day,
        start=occurrence.start,
        end=occurrence.end,
        status=OccurrenceStatus.MOVED_AWAY,
        note=exc.note,
        **_language(exc),
        reason=getattr(exc, "reason", ""),
        moved_to=new_day,
        cause=EXCEPTION,
    )


def _moved_here(rules, exceptions, calendar, closures, start, end) -> Iterator[Occurrence]:
    """Occurrences moved *into* [start, end] from another day (which may lie outside it)."""
    for exc in exceptions:
        if exc.kind != ExceptionKind.MOVED or not exc.new_date or exc.new_date == exc.date:
            continue
        if not start <= exc.new_date <= end:
            continue
        for rule in rules:
            if not rule_dates(rule, exc.date, exc.date):
                continue
            original = _planned(rule, exc.date, calendar, closures)
            if original is None or original.status == OccurrenceStatus.CANCELLED:
                continue
            yield Occurrence(
                day=exc.new_date,
                start=exc.new_start_time or original.start,
                end=exc.new_end_time or original.end,
                status=OccurrenceStatus.MOVED_HERE,
                note=exc.note,
                **_language(exc),
                reason=getattr(exc, "reason", ""),
                moved_from=exc.date,
            )


def is_scheduled_on(rules: Iterable[Any], day: date) -> bool:
    """Whether any rule produces a date on `day` (before holidays and exceptions)."""
    return any(rule_dates(rule, day, day) for rule in rules)


def first_day(rules: Iterable[Any]) -> date | None:
    """The first day on which any of `rules` can give a date: a single date, or the start of a
    rule's validity; None when there are no rules or one of them has no start."""
    starts = [rule.date if rule.kind == RuleKind.SINGLE else rule.valid_from for rule in rules]
    if not starts or None in starts:
        return None
    return min(starts)
