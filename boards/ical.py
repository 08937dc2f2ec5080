"""iCalendar feeds (RFC 5545) of a district's offers, or of one offer.

Weekly and monthly rules become one VEVENT with an RRULE; every date the board shows as
cancelled or moved away (exceptions, public holidays, paused school holidays, closures) becomes
an EXDATE, and a moved date its own VEVENT. Times carry TZID=Europe/Berlin with a VTIMEZONE, so
calendar apps keep wall-clock times across DST changes, as the board does.
"""

from datetime import datetime, time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.translation import gettext
from icalendar import Calendar, Event, Timezone

from offers import schedules, text
from offers.calendars import city_calendar

WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def ical_text(value) -> str:
    """Any stored text as one line of an iCalendar value: a line break or control character
    in a title (stored before the admin cleaned input) would make the whole feed fail."""
    return text.clean_line(str(value or ""))


def _local(day, at):
    return datetime.combine(day, at or time(0), tzinfo=ZoneInfo(settings.TIME_ZONE))


def _event(offer, occurrence_day, start, end, uid, url, district):
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", offer.updated_at)
    event.add("summary", ical_text(offer.title))
    lines = [offer.summary, offer.times_note, url]
    event.add("description", "\n".join(ical_text(line) for line in lines if line))
    event.add("url", ical_text(url))
    if offer.place:
        place = offer.place
        parts = [place.name, place.street, f"{place.postcode} {place.locality}"]
        event.add("location", ", ".join(ical_text(part) for part in parts))
    elif offer.online_url:
        event.add("location", ical_text(offer.online_url))
    event.add("dtstart", _local(occurrence_day, start))
    if end:
        event.add("dtend", _local(occurrence_day, end))
    return event


def _rrule(rule):
    days = [WEEKDAY_CODES[d] for d in sorted(rule.weekdays)]
    if rule.kind == schedules.WEEKLY:
        value = {"freq": "WEEKLY", "interval": max(rule.interval_weeks or 1, 1), "byday": days}
    else:
        value = {"freq": "MONTHLY", "byday": [f"{rule.ordinal}{code}" for code in days]}
    if rule.valid_until:
        # UNTIL is in UTC when DTSTART has a time zone (RFC 5545 3.3.10).
        value["until"] = _local(rule.valid_until, time(23, 59, 59)).astimezone(ZoneInfo("UTC"))
    return value


def _rule_events(offer, rule, start, end, url, district, calendar):
    """VEVENTs of one rule between `start` and `end`."""
    occurrences = schedules.expand(
        [rule], offer.exceptions.all(), offer.closures, calendar, start, end
    )
    uid_base = f"quartier-{offer.pk}-{rule.pk}@{urlsplit(settings.SITE_URL).hostname}"
    recurring = rule.kind != schedules.SINGLE and rule.school_holidays != schedules.ONLY
    events = []
    raw = [o for o in occurrences if o.status != "moved_here"]
    if recurring and raw:
        series = _event(offer, raw[0].day, rule.start_time, rule.end_time, uid_base, url, district)
        series.add("rrule", _rrule(rule))
        excluded = [_local(o.day, rule.start_time) for o in raw if o.status != "scheduled"]
        if excluded:
            series.add("exdate", excluded)
        events.append(series)
    elif not recurring:
        # Single dates and holiday programmes: one VEVENT per date that takes place.
        for o in raw:
            if o.status == "scheduled":
                uid = f"{o.day:%Y%m%d}-{uid_base}"
                events.append(_event(offer, o.day, o.start, o.end, uid, url, district))
    for o in occurrences:
        if o.status == "moved_here":
            uid = f"moved-{o.moved_from:%Y%m%d}-{uid_base}"
            event = _event(offer, o.day, o.start, o.end, uid, url, district)
            event["summary"] = ical_text(f"{offer.title} ({gettext('Geänderter Termin')})")
            events.append(event)
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
            for event in _rule_events(offer, rule, start, end, url, district, calendar):
                cal.add_component(event)
    # A compact VTIMEZONE for the years the feed covers (and a few after, as series go on).
    cal.add_component(
        Timezone.from_tzid(
            settings.TIME_ZONE,
            first_date=start.replace(month=1, day=1),
            last_date=end.replace(year=end.year + 5),
        )
    )
    return cal.to_ical()


def horizon(today):
    """Which dates a feed lists: a month back (for late sync) and a year ahead."""
    return today - timedelta(days=31), today + timedelta(days=365)
