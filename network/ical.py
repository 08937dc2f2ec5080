"""A member's private calendar of network dates (RFC 5545), at a secret address."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from icalendar import Calendar, Event

from boards.ical import ical_text


def _location(date) -> str:
    parts = []
    if date.place:
        place = date.place
        parts = [place.name, place.street, f"{place.postcode} {place.locality}"]
    if date.room:
        parts.append(date.room)
    return ", ".join(ical_text(part) for part in parts if part)


def _event(date, host, url):
    event = Event()
    event.add("uid", f"network-{date.pk}@{host}")
    event.add("dtstamp", date.updated_at)
    event.add("summary", ical_text(f"{date.get_kind_display()}: {date.title}"))
    event.add("dtstart", date.starts_at)
    event.add("dtend", date.ends_at or date.starts_at + timedelta(hours=2))
    districts = ", ".join(str(d) for d in date.districts.all()) or "ganze Stadt"
    lines = [date.description, f"Stadtteile: {districts}"]
    if date.organiser:
        lines.append(f"Es lädt ein: {date.organiser}")
    event.add("description", "\n".join(ical_text(line) for line in lines if line))
    if location := _location(date):
        event.add("location", location)
    event.add("url", url)
    event.add("class", "PRIVATE")
    return event


def build(dates) -> bytes:
    """The calendar of `dates` (from `selectors.feed_dates`). Times are in UTC: calendar apps
    show them in the reader's zone, and single dates need no time-zone rules."""
    cal = Calendar()
    cal.add("prodid", "-//Quartier//Netzwerk//DE")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Netzwerktermine")
    cal.add("refresh-interval", timedelta(hours=6), parameters={"VALUE": "DURATION"})
    host = urlsplit(settings.SITE_URL).hostname
    url = settings.SITE_URL + reverse("network:dates")
    for date in dates:
        cal.add_component(_event(date, host, url))
    return cal.to_ical()
