"""schema.org data (JSON-LD) for offers and places, so search engines can show dates."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings

from offers import online
from offers.enums import Attendance

CANCELLED = "https://schema.org/EventCancelled"
SCHEDULED = "https://schema.org/EventScheduled"
RESCHEDULED = "https://schema.org/EventRescheduled"


def _address(place):
    return {
        "@type": "PostalAddress",
        "streetAddress": place.street,
        "postalCode": place.postcode,
        "addressLocality": place.locality,
        "addressCountry": "DE",
    }


def place_data(place, url):
    data = {
        "@context": "https://schema.org",
        "@type": "Place",
        "name": place.name,
        "url": url,
        "address": _address(place),
    }
    if place.phone:
        data["telephone"] = place.phone
    if place.hours:
        data["openingHoursSpecification"] = _opening_hours(place.hours)
    if place.opening_hours:
        data["description"] = place.opening_hours
    if place.point is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(place.latitude),
            "longitude": float(place.longitude),
        }
    return data


SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _opening_hours(week):
    """One specification per range and the days sharing it (schema.org's form)."""
    by_range = {}
    for day, ranges in enumerate(week):
        for opens, closes in ranges:
            by_range.setdefault((opens, closes), []).append(SCHEMA_DAYS[day])
    return [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": days, "opens": opens, "closes": closes}
        for (opens, closes), days in by_range.items()
    ]


def offer_events(offer, occurrences, url, language):
    """One Event per coming date, cancelled ones marked as such."""
    zone = ZoneInfo(settings.TIME_ZONE)
    place = (
        {"@type": "Place", "name": offer.place.name, "address": _address(offer.place)}
        if offer.place
        else None
    )
    # Never the join link itself (it shows on the page only around a date): the page's URL.
    virtual = (
        {"@type": "VirtualLocation", "url": url, "description": online.instruction(url)}
        if offer.is_online
        else None
    )
    location = [part for part in (place, virtual) if part]
    location = location[0] if len(location) == 1 else location
    mode = {
        Attendance.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
        Attendance.HYBRID: "https://schema.org/MixedEventAttendanceMode",
    }.get(offer.attendance, "https://schema.org/OfflineEventAttendanceMode")
    events = []
    for occurrence in occurrences:
        status = RESCHEDULED if occurrence.is_moved_here else SCHEDULED
        event = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": offer.title,
            "description": offer.summary,
            "url": url,
            "inLanguage": language,
            "startDate": datetime.combine(occurrence.day, occurrence.start, zone).isoformat(),
            "eventStatus": CANCELLED if occurrence.is_cancelled else status,
            "eventAttendanceMode": mode,
            "location": location,
            "organizer": {"@type": "Organization", "name": offer.organisation.name},
            "isAccessibleForFree": offer.is_free,
        }
        if occurrence.end:
            event["endDate"] = datetime.combine(occurrence.day, occurrence.end, zone).isoformat()
        events.append(event)
    return events
