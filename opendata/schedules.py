"""Schedule rules as HSDS schedules: RRULE parts where HSDS has them, text where it has none
(holidays, the time zone). See docs/open-data.md."""

from django.conf import settings
from django.utils import translation

from offers import opening_hours
from offers.enums import WEEKDAY_CODES, Attendance, RuleKind, SchoolHolidayMode
from offers.schedule_text import format_rule
from opendata.common import clean, stable_id, state_name


def _rule_key(rule) -> str:
    return "|".join(str(getattr(rule, name)) for name in type(rule).EDITABLE_FIELDS)


def _holiday_notes(rule) -> str:
    state = state_name()
    notes = []
    if rule.on_public_holidays:
        notes.append("Auch an gesetzlichen Feiertagen.")
    else:
        notes.append(f"Fällt an gesetzlichen Feiertagen ({state}) aus.")
    if rule.kind != RuleKind.SINGLE and rule.school_holidays == SchoolHolidayMode.PAUSE:
        notes.append(f"Pausiert in den Schulferien ({state}).")
    if rule.kind != RuleKind.SINGLE and rule.school_holidays == SchoolHolidayMode.ONLY:
        notes.append(f"Nur in den Schulferien ({state}).")
    notes.append(f"Uhrzeiten in Ortszeit ({settings.TIME_ZONE}).")
    return " ".join(notes)


def _recurrence(rule) -> dict:
    days = [WEEKDAY_CODES[day] for day in sorted(rule.weekdays or [])]
    if rule.kind == RuleKind.SINGLE:
        day = rule.date.isoformat()
        return {"valid_from": day, "valid_to": day, "dtstart": day}
    validity = {
        "valid_from": rule.valid_from.isoformat() if rule.valid_from else "",
        "valid_to": rule.valid_until.isoformat() if rule.valid_until else "",
        "dtstart": rule.valid_from.isoformat() if rule.valid_from else "",
        "until": rule.valid_until.isoformat() if rule.valid_until else "",
        "wkst": "MO",
    }
    if rule.kind == RuleKind.MONTHLY:
        byday = ",".join(f"{rule.ordinal}{code}" for code in days)
        return {**validity, "freq": "MONTHLY", "interval": 1, "byday": byday}
    return {
        **validity,
        "freq": "WEEKLY",
        "interval": rule.interval_weeks or 1,
        "byday": ",".join(days),
    }


def schedules(offer) -> list[dict]:
    """One HSDS schedule per rule: RRULE parts, validity, times, and as text the rule and what
    holidays do to it."""
    service_id = stable_id("service", offer.pk)
    with translation.override("de"):  # the open data's language
        attending = str(Attendance(offer.attendance).label)
    found, seen = [], {}
    for rule in offer.rules.all():
        key = _rule_key(rule)
        seen[key] = seen.get(key, 0) + 1
        found.append(
            clean(
                {
                    "id": stable_id("schedule", offer.pk, key, seen[key]),
                    "service_id": service_id,
                    **_recurrence(rule),
                    "opens_at": rule.start_time.strftime("%H:%M"),
                    "closes_at": rule.end_time.strftime("%H:%M") if rule.end_time else "",
                    "description": format_rule(rule),
                    "attending_type": attending,
                    "notes": _holiday_notes(rule),
                }
            )
        )
    if not found and offer.times_note:
        found.append(
            {
                "id": stable_id("schedule", offer.pk, "note"),
                "service_id": service_id,
                "description": offer.times_note,
            }
        )
    return found


def location_schedules(place, location_id) -> list[dict]:
    """A place's opening hours as HSDS schedules: one weekly schedule per range and the days
    that share it ("Mo–Fr 9–12" and "Mo–Fr 14–17" are two), the note as text. Closures
    (holidays of a youth centre) are not part of HSDS's model and are left out."""
    found = []
    by_range: dict[tuple[str, str], list[int]] = {}
    for day, ranges in enumerate(place.hours or []):
        for opens, closes in ranges:
            by_range.setdefault((opens, closes), []).append(day)
    note = place.opening_hours
    with translation.override("de"):  # the API's texts are German, like its data
        summary = opening_hours.format_week(place.hours)
    zone = f"Uhrzeiten in Ortszeit ({settings.TIME_ZONE})."
    for (opens, closes), days in sorted(by_range.items(), key=lambda item: (item[1], item[0])):
        byday = ",".join(WEEKDAY_CODES[day] for day in days)
        found.append(
            clean(
                {
                    "id": stable_id("schedule", "location", place.pk, byday, opens, closes),
                    "location_id": location_id,
                    "freq": "WEEKLY",
                    "wkst": "MO",
                    "interval": 1,
                    "byday": byday,
                    "opens_at": opens,
                    "closes_at": closes,
                    "description": f"Öffnungszeiten: {summary}",
                    "notes": f"{note.rstrip('.')}. {zone}" if note else zone,
                }
            )
        )
    if not found and note:
        found.append(
            {
                "id": stable_id("schedule", "location", place.pk),
                "location_id": location_id,
                "description": f"Öffnungszeiten: {note}",
            }
        )
    return found
