"""Cancelled dates as one line of German text, for the "ausfaelle" import/export column.

    24.12.2026 (Ferien); 31.12.2026; 07.01.2027 (Raum belegt, Ersatz am Freitag)

Dates are separated by ";". In the parentheses a known reason ("Leitung erkrankt", "Ferien", …,
read by residents in their language) and/or a free German note. Pure functions, no ORM.
"""

import re
from datetime import datetime

from django.utils import translation

from offers.enums import ExceptionReason
from offers.forms import to_latin_digits

ENTRY = re.compile(r"^(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s*(?:\((?P<text>[^)]*)\)|(?P<bare>.*))$")


def _german_labels() -> dict[str, str]:
    # The labels are translated for residents; the file speaks German whatever the request.
    with translation.override("de"):
        return {value: str(label) for value, label in ExceptionReason.choices}


def _reason_and_note(text: str) -> tuple[str, str]:
    first, _, rest = text.partition(",")
    reasons = {label.casefold(): value for value, label in _german_labels().items()}
    reason = reasons.get(first.strip().casefold(), "")
    if reason:
        return reason, rest.strip()
    return "", text.strip()


def parse(value: str) -> list[dict]:
    """`[{"date": date, "reason": "ill", "note": "…"}, …]`; ValueError in German otherwise."""
    cancellations = []
    for part in to_latin_digits(value or "").split(";"):
        part = part.strip()
        if not part:
            continue
        match = ENTRY.match(part)
        if not match:
            raise ValueError(
                f"Ausfall „{part}“ nicht verstanden: bitte Datum und optional Grund, "
                "z. B. „24.12.2026 (Ferien); 31.12.2026“."
            )
        try:
            day = datetime.strptime(match["date"], "%d.%m.%Y").date()
        except ValueError:
            raise ValueError(f"Das Datum „{match['date']}“ gibt es nicht.") from None
        reason, note = _reason_and_note(match["text"] or match["bare"] or "")
        cancellations.append({"date": day, "reason": reason, "note": note[:200]})
    days = [c["date"] for c in cancellations]
    if len(days) != len(set(days)):
        raise ValueError("Ein Ausfall-Datum steht doppelt in der Zelle.")
    return cancellations


def format_cancellations(exceptions) -> str:
    """The inverse of `parse` for saved cancellations (ScheduleException rows)."""
    labels = _german_labels()
    parts = []
    for exception in sorted(exceptions, key=lambda e: e.date):
        text = ", ".join(t for t in (labels.get(exception.reason, ""), exception.note) if t)
        parts.append(
            f"{exception.date:%d.%m.%Y} ({text})" if text else f"{exception.date:%d.%m.%Y}"
        )
    return "; ".join(parts)
