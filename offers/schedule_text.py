"""Schedule rules as one line of German text, for CSV/XLSX import and export.

    Di, Do 15:00-17:00 (nicht in den Schulferien)
    Mo-Do 15-17 · Mo-Fr 9:30-12 Uhr · täglich 10 Uhr
    alle 2 Wochen Sa 10:00-12:00 ab 05.09.2026
    jeden 1. Mi 18:00-20:00; jeden letzten Fr 17:00
    24.12.2026 10:00-12:00 (auch an Feiertagen)

Rules are separated by ";". Days are short or long names ("Di", "Dienstag"), ranges
("Mo-Fr") or "täglich", as the admin's weekday shortcuts; times are read by `offers.times`,
the routine of the admin form ("10", "10 Uhr", "9.30", "10-13", Persian digits). Pure
functions, no ORM.
"""

import re
from datetime import date, datetime

from offers import times
from offers.enums import WEEKDAY_NAMES, WEEKDAY_SHORT_NAMES, RuleKind, SchoolHolidayMode
from offers.text import to_latin_digits

EVERY_DAY = {"täglich", "taeglich", "tägl"}
ORDINALS = {"1.": 1, "2.": 2, "3.": 3, "4.": 4, "5.": 5, "letzten": -1}
ORDINAL_NAMES = {value: key for key, value in ORDINALS.items()}
FLAGS = {
    "nicht in den Schulferien": ("school_holidays", SchoolHolidayMode.PAUSE),
    "nur in den Schulferien": ("school_holidays", SchoolHolidayMode.ONLY),
    "auch an Feiertagen": ("on_public_holidays", True),
}

VALIDITY = re.compile(r"\b(?P<which>ab|bis)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})")
FLAG = re.compile(r"\(([^)]*)\)")
SINGLE = re.compile(r"(\d{1,2}\.\d{1,2}\.\d{4})\b")
# One day, a range of days ("Mo-Do") or "täglich", after a separator ("," "+" "/" "und").
DAY_TERM = re.compile(
    r"\s*(?:(?:,|\+|/|\bund\b)\s*)?(?P<first>[^\W\d_]+)\.?"
    r"(?:\s*[-–]\s*(?P<last>[^\W\d_]+)\.?)?"
)
# What may start the time after the days: a digit, or "um", "von", "ab".
TIME_START = re.compile(r"\s*(?:\d|(?:um|von|ab)\b)", re.IGNORECASE)


def _date(value):
    try:
        return datetime.strptime(value, "%d.%m.%Y").date()
    except ValueError:
        raise ValueError(f"Das Datum „{value}“ gibt es nicht (z. B. 05.09.2026).") from None


def _day(word: str) -> int | None:
    word = word.lower()
    for index, name in enumerate(name.lower() for name in WEEKDAY_NAMES):
        if word in (name[:2], name, name + "s"):
            return index
    return None


def _days(text: str) -> tuple[list[int], str]:
    """The weekdays at the start of `text` ("Mo-Do", "Di, Do", "täglich") and the rest."""
    days: set[int] = set()
    position = 0
    while match := DAY_TERM.match(text, position):
        if match["first"].lower() in EVERY_DAY and not match["last"]:
            days.update(range(7))
        else:
            first, last = _day(match["first"]), _day(match["last"] or match["first"])
            if first is None or last is None:
                break
            days.update((first + offset) % 7 for offset in range((last - first) % 7 + 1))
        position = match.end()
    return sorted(days), text[position:]


def _times(text: str, original: str) -> times.TimeRange:
    if not re.search(r"\d", text):
        raise ValueError(f"Keine Uhrzeit (z. B. 15:00-17:00) in „{original}“.")
    return times.parse_time_range(text)


def parse_rule(text: str) -> dict:
    """One rule as ScheduleRule field values; ValueError with a German message if unclear."""
    original = text.strip()
    text = to_latin_digits(original)
    rule = {
        "kind": RuleKind.WEEKLY,
        "weekdays": [],
        "interval_weeks": 1,
        "ordinal": None,
        "date": None,
        "valid_from": None,
        "valid_until": None,
        "school_holidays": SchoolHolidayMode.ALWAYS,
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
    text = VALIDITY.sub(" ", text).strip()

    if single := SINGLE.match(text):
        found = _times(text[single.end() :], original)
        rule.update(kind=RuleKind.SINGLE, date=_date(single[1]))
        return {**rule, "start_time": found.start, "end_time": found.end}
    if every := re.match(r"alle\s+(\d+)\s+Wochen\s+", text):
        rule["interval_weeks"] = int(every[1])
        text = text[every.end() :]
    if monthly := re.match(r"jeden\s+(1\.|2\.|3\.|4\.|5\.|letzten)\s+", text):
        rule.update(kind=RuleKind.MONTHLY, ordinal=ORDINALS[monthly[1]])
        text = text[monthly.end() :]
    days, rest = _days(text)
    if not days or (rest.strip() and not TIME_START.match(rest)):
        raise ValueError(
            f"Wochentage in „{original}“ nicht erkannt: bitte Mo, Di, Mi, Do, Fr, Sa, So, "
            "Mo-Fr oder täglich."
        )
    found = _times(rest, original)
    return {**rule, "weekdays": days, "start_time": found.start, "end_time": found.end}


def parse(text: str) -> list[dict]:
    return [parse_rule(part) for part in (text or "").split(";") if part.strip()]


def _fmt_date(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def format_rule(rule) -> str:
    end = f"-{times.format_time(rule.end_time)}" if rule.end_time else ""
    clock = times.format_time(rule.start_time) + end
    if rule.kind == RuleKind.SINGLE:
        text = f"{_fmt_date(rule.date)} {clock}"
    else:
        days = ", ".join(WEEKDAY_SHORT_NAMES[d] for d in sorted(rule.weekdays))
        prefix = f"jeden {ORDINAL_NAMES[rule.ordinal]} " if rule.kind == RuleKind.MONTHLY else ""
        if rule.kind == RuleKind.WEEKLY and (rule.interval_weeks or 1) > 1:
            prefix = f"alle {rule.interval_weeks} Wochen "
        text = f"{prefix}{days} {clock}"
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
