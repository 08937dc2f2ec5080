"""iCalendar feeds (RFC 5545) of a district's offers, or of one offer.

A feed says what the board says, for every day the board can show (`horizon`):

- Weekly and monthly rules become one VEVENT with an RRULE that ends at the horizon (UNTIL),
  so no calendar app invents dates past the last day whose holidays the feed knows.
- Every date the board shows as changed — cancelled (a clerk's cancellation, a public holiday,
  a paused school holiday, a closure), moved away, or moved to another time that day — is an
  overridden instance of its series (same UID, RECURRENCE-ID = the original start). Cancelled
  and moved-away dates carry STATUS:CANCELLED and the board's words, in the feed's language.
- A date moved to another day is, as on the board, a VEVENT of its own on the new day.
- Single dates and holiday-only programmes are one VEVENT per date, cancelled ones included.

Times carry TZID=Europe/Berlin with a VTIMEZONE, so calendar apps keep wall-clock times
across DST changes, as the board does.
"""

from datetime import date, datetime, time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import dateformat
from django.utils.translation import gettext
from icalendar import Calendar, Event, Timezone

from boards import weeks
from boards.plan_html import outdated_lines
from boards.templatetags.quartier import in_sentence
from offers import online, schedules, text
from offers.calendars import city_calendar
from offers.enums import (
    WEEKDAY_CODES,
    OccurrenceStatus,
    RuleKind,
    SchoolHolidayMode,
    reason_label,
)


def horizon(today: date) -> tuple[date, date]:
    """The days a feed lists: every week the board shows, Monday of the first to Sunday of
    the last, so a subscriber sees exactly the dates a resident can browse."""
    first_monday, last_monday = weeks.week_range(today)
    return first_monday, last_monday + timedelta(days=6)


def ical_text(value) -> str:
    """Any stored text as one line of an iCalendar value: a line break or control character
    in a title (stored before the admin cleaned input) would make the whole feed fail."""
    return text.clean_line(str(value or ""))


def _local(day, at):
    return datetime.combine(day, at or time(0), tzinfo=ZoneInfo(settings.TIME_ZONE))


def _day_name(day: date) -> str:
    # The board's own date format ("Freitag, 13. November"), translated by the catalogue,
    # written as inside a sentence (Russian: lower-case weekday), as the board does.
    return in_sentence(dateformat.format(day, gettext("l, j. F")))


def status_line(occurrence: schedules.Occurrence) -> str:
    """What the board writes next to a changed date (boards/plan_html.py), in the
    active language; holiday names go through the catalogue as the `note` filter does."""
    line = _change(occurrence)
    why = [reason_label(occurrence.reason), gettext(occurrence.note) if occurrence.note else ""]
    why = ". ".join(part for part in why if part)
    return f"{line}: {why}" if why else line


def _change(occurrence: schedules.Occurrence) -> str:
    if occurrence.status == OccurrenceStatus.CANCELLED:
        return gettext("Fällt aus")
    if occurrence.is_moved_away:
        where = gettext("auf %(day)s") % {"day": _day_name(occurrence.moved_to)}
        return gettext("Verlegt") + " " + where
    if occurrence.moved_from != occurrence.day:
        instead = gettext("statt %(day)s") % {"day": _day_name(occurrence.moved_from)}
        return gettext("Geänderter Termin") + " " + instead
    return gettext("Geänderter Termin")


def _event(offer, day, start, end, uid, url, status="", german_note=""):
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", offer.updated_at)
    # A dash, not brackets: some catalogues bracket their own words ("(новая дата: …)").
    title, status = ical_text(offer.title), ical_text(status)
    event.add("summary", f"{title} – {status}" if status else title)
    # A changed date says so first: many apps show only the first lines.
    # An outdated translation is marked, with the current German after it (never a silent mix).
    stale = outdated_lines(offer, ("title", "summary", "times_note"))
    if german_note:  # the date's note (in `status`) was translated from an older German one
        stale = stale or [gettext("Übersetzung möglicherweise veraltet")]
        stale = [*stale, german_note]
    # Never the join link (it shows on the page only around a date): where to find it.
    joining = online.instruction(url) if offer.is_online else ""
    lines = [status, offer.summary, offer.times_note, joining, *stale, url]
    event.add("description", "\n".join(ical_text(line) for line in lines if line))
    event.add("url", ical_text(url))
    if offer.place:
        place = offer.place
        parts = [place.name, place.street, f"{place.postcode} {place.locality}"]
        event.add("location", ", ".join(ical_text(part) for part in parts))
    elif offer.is_online:
        event.add("location", ical_text(gettext("Online")))
    event.add("dtstart", _local(day, start))
    if end:
        event.add("dtend", _local(day, end))
    return event


def _instance(offer, occurrence, uid, url):
    """The VEVENT of one occurrence as the board shows it, changed or not."""
    status = "" if occurrence.status == OccurrenceStatus.SCHEDULED else status_line(occurrence)
    event = _event(
        offer,
        occurrence.day,
        occurrence.start,
        occurrence.end,
        uid,
        url,
        status,
        occurrence.note_german if status else "",
    )
    if occurrence.is_cancelled:
        event.add("status", "CANCELLED")
    return event


def _moved_to_other_day(occurrence) -> bool:
    return occurrence.is_moved_here and occurrence.moved_from != occurrence.day


def _rrule(rule, until: date):
    days = [WEEKDAY_CODES[d] for d in sorted(rule.weekdays)]
    if rule.kind == RuleKind.WEEKLY:
        # schedules counts every-N-weeks from the week of `valid_from` and ignores the interval
        # without it; DTSTART lies in such a week, and WKST=MO makes weeks start as the board's.
        interval = max(rule.interval_weeks or 1, 1) if rule.valid_from else 1
        value = {"freq": "WEEKLY", "interval": interval, "byday": days, "wkst": "MO"}
    else:
        value = {"freq": "MONTHLY", "byday": [f"{rule.ordinal}{code}" for code in days]}
    last_day = min(rule.valid_until, until) if rule.valid_until else until
    # UNTIL is in UTC when DTSTART has a time zone (RFC 5545 3.3.10).
    value["until"] = _local(last_day, time(23, 59, 59)).astimezone(ZoneInfo("UTC"))
    return value


def _series(offer, rule, occurrences, start, end, uid, url):
    """One RRULE VEVENT bounded at `end`, plus an overridden instance per changed date."""
    dates = schedules.rule_dates(rule, start, end)
    if not dates:
        return []
    series = _event(offer, dates[0], rule.start_time, rule.end_time, uid, url)
    series.add("rrule", _rrule(rule, end))
    events = [series]
    for occurrence in occurrences:
        if occurrence.status == OccurrenceStatus.SCHEDULED or _moved_to_other_day(occurrence):
            continue
        override = _instance(offer, occurrence, uid, url)
        original = occurrence.moved_from or occurrence.day
        override.add("recurrence-id", _local(original, rule.start_time))
        events.append(override)
    return events


def _rule_events(offer, rule, start, end, url, calendar):
    """VEVENTs of one rule between `start` and `end`."""
    occurrences = schedules.expand(
        [rule], offer.exceptions.all(), offer.closures, calendar, start, end
    )
    uid = f"quartier-{offer.pk}-{rule.pk}@{urlsplit(settings.SITE_URL).hostname}"
    recurring = rule.kind != RuleKind.SINGLE and rule.school_holidays != SchoolHolidayMode.ONLY
    events = _series(offer, rule, occurrences, start, end, uid, url) if recurring else []
    for occurrence in occurrences:
        if _moved_to_other_day(occurrence):
            moved_uid = f"moved-{occurrence.moved_from:%Y%m%d}-{uid}"
            events.append(_instance(offer, occurrence, moved_uid, url))
        elif not recurring:
            # Single dates and holiday programmes: one VEVENT per date, keyed by its date.
            day_uid = f"{occurrence.moved_from or occurrence.day:%Y%m%d}-{uid}"
            events.append(_instance(offer, occurrence, day_uid, url))
    return events


def build(district, offers, start, end, name: str) -> bytes:
    """The feed of `offers` (from `selectors.feed_offers`) for dates in [start, end]."""
    cal = Calendar()
    cal.add("prodid", "-//Quartier//Wochenplan//DE")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", ical_text(name))
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    cal.add("refresh-interval", timedelta(hours=12), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT12H")
    calendar = city_calendar()
    for offer in offers:
        url = settings.SITE_URL + offer.url_in(district)
        for rule in offer.rules.all():
            for event in _rule_events(offer, rule, start, end, url, calendar):
                cal.add_component(event)
    # Every series ends at `end`, so the time zone's rules up to then are all a reader needs.
    cal.add_component(
        Timezone.from_tzid(
            settings.TIME_ZONE, first_date=start.replace(month=1, day=1), last_date=end
        )
    )
    return cal.to_ical()
