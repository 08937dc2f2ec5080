"""From an iCalendar file to offers: the pure mapping, no ORM and no network.

`parse(data, today, tz)` reads what Google Calendar, Outlook/Exchange and Nextcloud export and
returns one `EventOffer` per event series (UID) that still has a date from `today` on:

- the offer's texts (SUMMARY, DESCRIPTION, LOCATION, URL);
- schedule rules: an RRULE our model can say (weekly every 1–8 weeks on some weekdays, daily,
  monthly on the n-th or last weekday) becomes a weekly or monthly rule; any other RRULE
  (BYMONTHDAY, yearly, every 9+ weeks, …) becomes single dates of the next `HORIZON_WEEKS`
  weeks, which the nightly run rolls on. A candidate rule is checked against dateutil's own
  expansion of the RRULE over that horizon, dates and wall-clock times, so a rule that would
  say something else (a WKST=SU fortnight, a series in UTC that moves across DST) falls back
  to single dates too. RDATEs and one-off events are single dates;
- exceptions: EXDATE and cancelled instances (`STATUS:CANCELLED` with RECURRENCE-ID) cancel a
  date, an instance with another start or end (RECURRENCE-ID) moves it; a one-off event with
  `STATUS:CANCELLED` stays on the plan, struck through.

Times land on the city's wall-clock (`tz`) whatever the feed wrote: UTC, a TZID with its
VTIMEZONE (Outlook's "W. Europe Standard Time"), an IANA TZID, or floating local time. The
calendar is the provider's word, so imported rules run on public holidays and in school
holidays unless the calendar itself says otherwise. Events marked private or confidential
(CLASS) and all-day events (no time to show) are not imported; the latter get a note.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import islice

from dateutil.rrule import rrulestr
from icalendar import Calendar

from offers import schedules, text
from offers.enums import WEEKDAY_CODES, ExceptionKind, RuleKind, SchoolHolidayMode

HORIZON_WEEKS = 12
MAX_EVENTS = 200  # offers one feed may hold; more is surely not a provider's programme
EXPANSION_CAP = 5000  # occurrences looked at to find a series' last date
BYDAY_RE = re.compile(rf"^([+-]?\d{{1,2}})?({'|'.join(WEEKDAY_CODES)})$")
EXPRESSIBLE = {"FREQ", "INTERVAL", "BYDAY", "BYSETPOS", "UNTIL", "COUNT", "WKST"}
# Repetitions no offer has, and whose expansion would cost the nightly run minutes.
TOO_FREQUENT = {"SECONDLY", "MINUTELY", "HOURLY"}
TOO_FINE = {"BYHOUR", "BYMINUTE", "BYSECOND"}


class CalendarError(Exception):
    """The whole file cannot be read; the message is German, for the feed's admin page."""


@dataclass(frozen=True)
class RuleSpec:
    """The fields of one `ScheduleRule` (see `ScheduleRule.EDITABLE_FIELDS`)."""

    kind: str
    start_time: time
    end_time: time | None = None
    weekdays: tuple[int, ...] = ()
    interval_weeks: int = 1
    ordinal: int | None = None
    date: date | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    school_holidays: str = SchoolHolidayMode.ALWAYS
    on_public_holidays: bool = True

    def values(self) -> dict:
        return {
            "kind": self.kind,
            "weekdays": list(self.weekdays),
            "interval_weeks": self.interval_weeks,
            "ordinal": self.ordinal,
            "date": self.date,
            "start_time": self.start_time,
            "end_time": self.end_time,
            "valid_from": self.valid_from,
            "valid_until": self.valid_until,
            "school_holidays": self.school_holidays,
            "on_public_holidays": self.on_public_holidays,
        }


@dataclass(frozen=True)
class ExceptionSpec:
    """The fields of one `ScheduleException`."""

    date: date
    kind: str
    new_date: date | None = None
    new_start_time: time | None = None
    new_end_time: time | None = None
    note: str = ""  # what `schedules.expand` reads; the feed has no reason to give


@dataclass
class EventOffer:
    uid: str
    title: str
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""
    rules: list[RuleSpec] = field(default_factory=list)
    exceptions: list[ExceptionSpec] = field(default_factory=list)
    # What the provider wrote (not when the file was made): unchanged while rules only move on
    # because days pass (single dates of the rolling horizon, dates gone by).
    fingerprint: str = ""


@dataclass
class Parsed:
    events: list[EventOffer]
    notes: list[str]


# --- Entry point ------------------------------------------------------------------------------


def parse(data: bytes, today: date, tz, max_rules: int = 20) -> Parsed:
    """Every event series of `data` with a date from `today` on, as offer fields, rules and
    exceptions in `tz` wall-clock; `notes` says in German what was left out and why."""
    try:
        calendar = Calendar.from_ical(data)
    except Exception as error:  # icalendar raises ValueError, KeyError, IndexError, …
        raise CalendarError("Die Datei ist kein lesbarer iCal-Kalender.") from error
    if getattr(calendar, "name", "") != "VCALENDAR":
        raise CalendarError("Die Datei ist kein iCal-Kalender (BEGIN:VCALENDAR fehlt).")
    context = _Context(today=today, tz=tz, max_rules=max_rules, notes=[])
    events = []
    for uid, (master, overrides) in _series(calendar).items():
        try:
            event = _event(uid, master, overrides, context)
        except (ValueError, TypeError, KeyError, OverflowError):
            context.notes.append(f"„{_title(master or overrides[0]) or uid}“: nicht lesbar.")
            continue
        if event is not None:
            events.append(event)
    if len(events) > MAX_EVENTS:
        context.notes.append(
            f"Mehr als {MAX_EVENTS} Termine im Kalender: nur die ersten {MAX_EVENTS} übernommen."
        )
        events = events[:MAX_EVENTS]
    return Parsed(events=events, notes=context.notes)


@dataclass
class _Context:
    today: date
    tz: object
    max_rules: int
    notes: list[str]

    @property
    def horizon_end(self) -> date:
        return self.today + timedelta(weeks=HORIZON_WEEKS)


def _series(calendar) -> dict:
    """UID → (the master VEVENT or None, its overridden instances), in file order."""
    series: dict = {}
    for component in calendar.walk("VEVENT"):
        uid = str(component.get("UID") or "").strip()[:255] or _made_up_uid(component)
        master, overrides = series.setdefault(uid, (None, []))
        if component.get("RECURRENCE-ID") is not None:
            overrides.append(component)
        elif master is None:
            series[uid] = (component, overrides)
    return series


def _made_up_uid(component) -> str:
    seed = f"{component.get('SUMMARY')}|{component.get('DTSTART').to_ical()!r}"
    return "ohne-uid-" + hashlib.sha256(seed.encode()).hexdigest()[:16]


# --- One series -------------------------------------------------------------------------------


def _title(component) -> str:
    return text.clean_line(str(component.get("SUMMARY") or ""))[:200]


def _event(uid, master, overrides, ctx: _Context) -> EventOffer | None:
    if master is None:
        master, overrides = _orphans(overrides), []
    if str(master.get("CLASS") or "").upper() in ("PRIVATE", "CONFIDENTIAL"):
        return None
    title = _title(master)
    recur = master.get("RRULE")
    frequency = str((recur[0] if isinstance(recur, list) else recur or {}).get("FREQ", [""])[0])
    if frequency in TOO_FREQUENT or set(recur or {}) & TOO_FINE:
        ctx.notes.append(f"„{title}“: Wiederholung stündlich oder öfter – nicht übernommen.")
        return None
    start = master.decoded("DTSTART")
    if not title:
        if _has_future(master, start, ctx):
            ctx.notes.append(f"Termin ohne Titel am {_day(start, ctx):%d.%m.%Y}: nicht übernommen.")
        return None
    if not isinstance(start, datetime):
        if _has_future(master, start, ctx):
            ctx.notes.append(
                f"„{title}“: ganztägiger Termin – ohne Uhrzeit nicht übernommen; bitte im "
                "Kalender mit Uhrzeit eintragen."
            )
        return None
    cancelled = str(master.get("STATUS") or "").upper() == "CANCELLED"
    if cancelled and master.get("RRULE") is not None:
        return None  # the whole series is called off: gone from the board
    end = _end(master, start)
    rules, fallback_note = _rules(master, start, end, title, ctx)
    rules = [rule for rule in rules if still_ahead(rule, ctx.today)]
    if not rules:
        return None
    if fallback_note:
        ctx.notes.append(fallback_note)
    exceptions = _exceptions(master, overrides, rules, ctx)
    if cancelled:  # a one-off event called off: struck through on its date
        exceptions = [ExceptionSpec(date=rules[0].date, kind=ExceptionKind.CANCELLED)]
    description = text.clean_multiline(str(master.get("DESCRIPTION") or ""))[:10000]
    location = text.clean_line(str(master.get("LOCATION") or ""))[:300]
    url = text.clean_line(str(master.get("URL") or ""))
    if not url and location.lower().startswith("https://"):
        url = location.split()[0]
    return EventOffer(
        uid=uid,
        title=title,
        summary=_summary(description, title),
        description=description,
        location=location,
        url=url[:200] if url.lower().startswith("https://") else "",
        rules=rules,
        exceptions=exceptions,
        fingerprint=_fingerprint(master, overrides),
    )


# Properties that change with every export or edit without changing what residents see.
VOLATILE = {"DTSTAMP", "LAST-MODIFIED", "CREATED", "SEQUENCE"}


def _fingerprint(master, overrides) -> str:
    digest = hashlib.sha256()
    for component in [master, *overrides]:
        for name, value in sorted(component.property_items(recursive=False, sorted=True)):
            if name not in VOLATILE and not name.startswith("X-"):
                encoded = value if isinstance(value, bytes) else value.to_ical()
                digest.update(name.encode() + b":" + encoded + b"\n")
        digest.update(b"--\n")
    return digest.hexdigest()


def _orphans(instances):
    """Instances of a series the feed does not hold (someone else's, shared): the first as
    a one-off event, the others (not cancelled) as its extra dates."""
    first = instances[0].copy()
    first.pop("RECURRENCE-ID")
    for other in instances[1:]:
        if str(other.get("STATUS") or "").upper() != "CANCELLED" and other.get("DTSTART"):
            first.add("RDATE", other.decoded("DTSTART"))
    return first


def _summary(description: str, title: str) -> str:
    first = next((line.strip() for line in description.splitlines() if line.strip()), "")
    if not first:
        return title
    if len(first) <= 200:
        return first
    return first[:199].rsplit(" ", 1)[0] + "…"


def _local(value, ctx: _Context) -> datetime:
    """A DTSTART-like value on the city's wall-clock (naive); floating times stay as written."""
    if value.tzinfo is not None:
        value = value.astimezone(ctx.tz)
    return value.replace(tzinfo=None)


def _day(value, ctx: _Context) -> date:
    return _local(value, ctx).date() if isinstance(value, datetime) else value


def _end(component, start):
    if component.get("DTEND") is not None:
        return component.decoded("DTEND")
    if component.get("DURATION") is not None:
        return start + component.decoded("DURATION")
    return None


def _times(start: datetime, end, ctx: _Context) -> tuple[date, time, time | None]:
    local_start = _local(start, ctx)
    end_time = None
    if isinstance(end, datetime):
        local_end = _local(end, ctx)
        if local_end.date() == local_start.date() and local_end.time() > local_start.time():
            end_time = local_end.time()
    return local_start.date(), local_start.time(), end_time


def still_ahead(rule, today: date) -> bool:
    """Whether `rule` (a RuleSpec or a ScheduleRule) can still give a date from `today` on."""
    if rule.kind == RuleKind.SINGLE:
        return rule.date >= today
    return rule.valid_until is None or rule.valid_until >= today


# --- Recurrence -------------------------------------------------------------------------------


def _rrule(component, start):
    """dateutil's rule for the component's RRULE, on the wall-clock of DTSTART's own zone (as
    RFC 5545 repeats), or None."""
    recur = component.get("RRULE")
    if recur is None:
        return None
    if isinstance(recur, list):
        recur = recur[0]
    recur = recur.copy()
    naive_start = start.replace(tzinfo=None) if isinstance(start, datetime) else start
    if "UNTIL" in recur:
        until = recur["UNTIL"][0]
        if isinstance(until, datetime):
            if until.tzinfo is not None and isinstance(start, datetime) and start.tzinfo:
                until = until.astimezone(start.tzinfo)
            until = until.replace(tzinfo=None)
        else:
            until = datetime.combine(until, time(23, 59, 59))
        recur["UNTIL"] = [until]
    if not isinstance(naive_start, datetime):
        naive_start = datetime.combine(naive_start, time())
    return rrulestr(recur.to_ical().decode(), dtstart=naive_start)


def _occurrences(rule, start, first: date, last: date, ctx: _Context) -> list[datetime]:
    """The rule's starts from `first` to `last` (city dates), on the city's wall-clock."""
    zone = start.tzinfo if isinstance(start, datetime) else None
    low = datetime.combine(first - timedelta(days=2), time())
    high = datetime.combine(last + timedelta(days=2), time())
    found = []
    for naive in rule.between(low, high, inc=True):
        local = _local(naive.replace(tzinfo=zone), ctx) if zone else naive
        if first <= local.date() <= last:
            found.append(local)
    return found


def _has_future(component, start, ctx: _Context) -> bool:
    if _day(start, ctx) >= ctx.today:
        return True
    try:
        rule = _rrule(component, start)
    except (ValueError, TypeError):
        return False
    return bool(rule and _occurrences(rule, start, ctx.today, ctx.horizon_end, ctx))


def _last_day(rule, start, ctx: _Context) -> date | None:
    """The city date of a finite series' last start (COUNT or UNTIL); None if it runs on."""
    if not (rule._count or rule._until):
        return None
    starts = list(islice(iter(rule), EXPANSION_CAP + 1))
    if len(starts) > EXPANSION_CAP or not starts:
        return None
    zone = start.tzinfo
    last = starts[-1]
    return _local(last.replace(tzinfo=zone), ctx).date() if zone else last.date()


def _rules(master, start, end, title, ctx: _Context) -> tuple[list[RuleSpec], str]:
    day, start_time, end_time = _times(start, end, ctx)
    rules: list[RuleSpec] = []
    note = ""
    rule = _rrule(master, start)
    if rule is None:
        rules.append(RuleSpec(RuleKind.SINGLE, start_time, end_time, date=day))
    else:
        candidate = _candidate(master.get("RRULE"), start, day, start_time, end_time)
        if candidate is not None:
            candidate = _with_until(candidate, rule, start, ctx)
        if candidate is not None and _agrees(candidate, rule, start, ctx):
            rules.append(candidate)
        else:
            length = end - start if isinstance(end, datetime) else None
            rules, note = _singles(rule, start, length, title, ctx)
    for extra in _rdates(master, start_time, end_time, ctx):
        if extra not in rules:
            rules.append(extra)
    if len(rules) > ctx.max_rules:
        note = (
            f"„{title}“: mehr als {ctx.max_rules} Termine – nur die ersten {ctx.max_rules} "
            "übernommen."
        )
        rules = rules[: ctx.max_rules]
    return rules, note


def _candidate(recur, start, day, start_time, end_time) -> RuleSpec | None:
    """The weekly or monthly rule the RRULE seems to say, or None if our model cannot say it."""
    if isinstance(recur, list):
        recur = recur[0]
    if set(recur) - EXPRESSIBLE:
        return None
    freq = recur["FREQ"][0]
    interval = int(recur.get("INTERVAL", [1])[0])
    parsed = [BYDAY_RE.match(str(value).upper()) for value in recur.get("BYDAY", [])]
    if not all(parsed):
        return None
    ordinals = {int(match[1]) if match[1] else None for match in parsed}
    weekdays = tuple(sorted({WEEKDAY_CODES.index(match[2]) for match in parsed}))
    setpos = [int(value) for value in recur.get("BYSETPOS", [])]
    common = {"start_time": start_time, "end_time": end_time, "valid_from": day}
    if freq in ("DAILY", "WEEKLY"):
        if setpos or ordinals - {None}:
            return None
        if freq == "DAILY":
            if interval != 1:
                return None
            weekdays = weekdays or tuple(range(7))
        if not 1 <= interval <= 8:
            return None
        return RuleSpec(
            RuleKind.WEEKLY,
            weekdays=weekdays or (day.weekday(),),
            interval_weeks=interval,
            **common,
        )
    if freq == "MONTHLY" and interval == 1 and weekdays:
        if setpos:
            if len(setpos) != 1 or ordinals != {None}:
                return None
            ordinal = setpos[0]
        elif len(ordinals) == 1 and None not in ordinals:
            ordinal = ordinals.pop()
        else:
            return None
        if ordinal not in (1, 2, 3, 4, 5, -1):
            return None
        return RuleSpec(RuleKind.MONTHLY, weekdays=weekdays, ordinal=ordinal, **common)
    return None


def _with_until(candidate: RuleSpec, rule, start, ctx) -> RuleSpec | None:
    last = _last_day(rule, start, ctx)
    if last is None and (rule._count or rule._until):
        return None  # a finite series too long to follow: single dates
    values = candidate.values() | {"weekdays": candidate.weekdays, "valid_until": last}
    return RuleSpec(**values)


def _agrees(candidate: RuleSpec, rule, start, ctx: _Context) -> bool:
    """Whether the candidate gives the same dates and times as the RRULE over the horizon."""
    first = max(ctx.today, candidate.valid_from)
    expected = _occurrences(rule, start, first, ctx.horizon_end, ctx)
    ours = schedules.rule_dates(candidate, first, ctx.horizon_end)
    return [moment.date() for moment in expected] == ours and all(
        moment.time() == candidate.start_time for moment in expected
    )


def _singles(rule, start, length, title, ctx: _Context) -> tuple[list[RuleSpec], str]:
    rules = []
    for moment in _occurrences(rule, start, ctx.today, ctx.horizon_end, ctx):
        end = moment + length if length else None
        end_time = end.time() if end and end.date() == moment.date() and end > moment else None
        rules.append(RuleSpec(RuleKind.SINGLE, moment.time(), end_time, date=moment.date()))
    note = (
        f"„{title}“: die Wiederholung passt in keine Terminregel – als Einzeltermine der "
        f"nächsten {HORIZON_WEEKS} Wochen übernommen (jede Nacht fortgeschrieben)."
    )
    return rules, note


def _values(component, name) -> list:
    found = component.get(name)
    if found is None:
        return []
    lists = found if isinstance(found, list) else [found]
    values = []
    for item in lists:
        for entry in item.dts:
            value = entry.dt
            values.append(value[0] if isinstance(value, tuple) else value)  # a PERIOD's start
    return values


def _rdates(master, start_time, end_time, ctx: _Context) -> list[RuleSpec]:
    rules = []
    for value in _values(master, "RDATE"):
        if isinstance(value, datetime):
            local = _local(value, ctx)
            day, at = local.date(), local.time()
        else:
            day, at = value, start_time
        if day >= ctx.today:
            end = end_time if end_time and end_time > at else None
            rules.append(RuleSpec(RuleKind.SINGLE, at, end, date=day))
    return rules


# --- Exceptions -------------------------------------------------------------------------------


def _exceptions(master, overrides, rules, ctx: _Context) -> list[ExceptionSpec]:
    by_date: dict[date, ExceptionSpec] = {}

    def scheduled(day):
        return day >= ctx.today and schedules.is_scheduled_on(rules, day)

    for value in _values(master, "EXDATE"):
        day = _day(value, ctx)
        if scheduled(day):
            by_date.setdefault(day, ExceptionSpec(date=day, kind=ExceptionKind.CANCELLED))
    for override in overrides:
        original = override.decoded("RECURRENCE-ID")
        day = _day(original, ctx)
        if not scheduled(day) or day in by_date:
            continue
        if str(override.get("STATUS") or "").upper() == "CANCELLED":
            by_date[day] = ExceptionSpec(date=day, kind=ExceptionKind.CANCELLED)
            continue
        start = override.decoded("DTSTART") if override.get("DTSTART") else original
        if not isinstance(start, datetime):
            continue
        new_day, new_start, new_end = _times(start, _end(override, start), ctx)
        rule = next(r for r in rules if schedules.rule_dates(r, day, day))
        if (new_day, new_start, new_end) == (day, rule.start_time, rule.end_time):
            continue  # same slot, other details: nothing residents see changes
        by_date[day] = ExceptionSpec(
            date=day,
            kind=ExceptionKind.MOVED,
            new_date=new_day if new_day != day else None,
            new_start_time=new_start,
            new_end_time=new_end,
        )
    return sorted(by_date.values(), key=lambda exc: exc.date)
