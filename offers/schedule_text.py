"""Schedule rules as one line of German text, for CSV/XLSX import and export.

    Di, Do 15:00-17:00 (nicht in den Schulferien)
    alle 2 Wochen Sa 10:00-12:00 ab 05.09.2026
    jeden 1. Mi 18:00-20:00; jeden letzten Fr 17:00
    24.12.2026 10:00-12:00 (auch an Feiertagen)

Rules are separated by ";". Pure functions, no ORM.
"""

import re
from datetime import date, datetime, time

from offers.forms import to_latin_digits

DAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
ORDINALS = {"1.": 1, "2.": 2, "3.": 3, "4.": 4, "5.": 5, "letzten": -1}
ORDINAL_NAMES = {value: key for key, value in ORDINALS.items()}
FLAGS = {
    "nicht in den Schulferien": ("school_holidays", "pause"),
    "nur in den Schulferien": ("school_holidays", "only"),
    "auch an Feiertagen": ("on_public_holidays", True),
}

TIMES = re.compile(r"(?P<start>\d{1,2}:\d{2})(?:\s*[-–]\s*(?P<end>\d{1,2}:\d{2}))?")
VALIDITY = re.compile(r"\b(?P<which>ab|bis)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})")
FLAG = re.compile(r"\(([^)]*)\)")


def _date(value):
    try:
        return datetime.strptime(value, "%d.%m.%Y").date()
    except ValueError:
        raise ValueError(f"Das Datum „{value}“ gibt es nicht (z. B. 05.09.2026).") from None


def _time(value):
    try:
        return datetime.strptime(value, "%H:%M").time()
    except ValueError:
        raise ValueError(f"Die Uhrzeit „{value}“ gibt es nicht (z. B. 15:30).") from None


def parse_rule(text: str) -> dict:
    """One rule as ScheduleRule field values; ValueError with a German message if unclear."""
    original = text.strip()
    text = to_latin_digits(original)
    rule = {
        "kind": "weekly",
        "weekdays": [],
        "interval_weeks": 1,
        "ordinal": None,
        "date": None,
        "valid_from": None,
        "valid_until": None,
        "school_holidays": "always",
        "on_public_holidays": False,
    }
    for flag in FLAG.findall(text):
        if flag.strip() not in FLAGS:
            raise ValueError(f"Unbekannter Zusatz „({flag})“ in „{original}“.")
        key, value = FLAGS[flag.strip()]
        rule[key] = value
    text = FLAG.sub(" ", text)
    for match in VALIDITY.finditer(text):
        rule["valid_from" if match["which"] == "ab" else "valid_until"] = _date(match["date"])
    text = VALIDITY.sub(" ", text)
    times = TIMES.search(text)
    if not times:
        raise ValueError(f"Keine Uhrzeit (z. B. 15:00-17:00) in „{original}“.")
    rule["start_time"] = _time(times["start"])
    rule["end_time"] = _time(times["end"]) if times["end"] else None
    text = (text[: times.start()] + text[times.end() :]).strip()

    if single := re.fullmatch(r"(\d{1,2}\.\d{1,2}\.\d{4})", text):
        rule.update(kind="single", date=_date(single[1]))
        return rule
    if every := re.match(r"alle\s+(\d+)\s+Wochen\s+", text):
        rule["interval_weeks"] = int(every[1])
        text = text[every.end() :]
    if monthly := re.match(r"jeden\s+(1\.|2\.|3\.|4\.|5\.|letzten)\s+", text):
        rule.update(kind="monthly", ordinal=ORDINALS[monthly[1]])
        text = text[monthly.end() :]
    days = [day.strip() for day in re.split(r"[,\s]+", text) if day.strip()]
    if not days or any(day not in DAYS for day in days):
        raise ValueError(
            f"Wochentage in „{original}“ nicht erkannt: bitte Mo, Di, Mi, Do, Fr, Sa, So."
        )
    rule["weekdays"] = sorted({DAYS.index(day) for day in days})
    return rule


def parse(text: str) -> list[dict]:
    return [parse_rule(part) for part in (text or "").split(";") if part.strip()]


def _fmt_time(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def _fmt_date(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def format_rule(rule) -> str:
    times = _fmt_time(rule.start_time) + (f"-{_fmt_time(rule.end_time)}" if rule.end_time else "")
    if rule.kind == "single":
        text = f"{_fmt_date(rule.date)} {times}"
    else:
        days = ", ".join(DAYS[d] for d in sorted(rule.weekdays))
        prefix = f"jeden {ORDINAL_NAMES[rule.ordinal]} " if rule.kind == "monthly" else ""
        if rule.kind == "weekly" and (rule.interval_weeks or 1) > 1:
            prefix = f"alle {rule.interval_weeks} Wochen "
        text = f"{prefix}{days} {times}"
    if rule.valid_from:
        text += f" ab {_fmt_date(rule.valid_from)}"
    if rule.valid_until:
        text += f" bis {_fmt_date(rule.valid_until)}"
    for flag, (key, value) in FLAGS.items():
        if getattr(rule, key) == value:
            text += f" ({flag})"
    return text


def format_rules(rules) -> str:
    return "; ".join(format_rule(rule) for rule in rules)
