"""The opening hours grid of the place form: seven rows Mo–So, up to three ranges a day,
and "geschlossen". Times are typed as in the schedule rules (`offers.times`: "9", "9.30",
"10 Uhr", Persian digits); a whole range may go into the first box ("9-12"). Every mistake
is a German form error naming the day; nothing here can raise a server error."""

from django import forms
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from offers import opening_hours, times
from offers.enums import WEEKDAY_NAMES, WEEKDAY_SHORT_NAMES
from offers.opening_hours import MAX_RANGES


def _name(name, day, slot=None, which=None):
    return f"{name}_{day}" + ("" if slot is None else f"_{slot}_{which}")


class WeekHoursWidget(forms.Widget):
    template_name = "admin/offers/widgets/hours.html"

    class Media:
        css = {"all": ["css/admin-hours.css"]}

    def value_from_datadict(self, data, files, name):
        """What was typed, as it was typed: {day: {"closed": bool, "ranges": [(a, b), …]}}."""
        typed = {}
        for day in range(7):
            typed[day] = {
                "closed": bool(data.get(_name(name, day) + "_closed")),
                "ranges": [
                    (
                        str(data.get(_name(name, day, slot, "opens"), "") or "")[:40],
                        str(data.get(_name(name, day, slot, "closes"), "") or "")[:40],
                    )
                    for slot in range(MAX_RANGES)
                ],
            }
        return typed

    def value_omitted_from_data(self, data, files, name):
        return not any(key.startswith(f"{name}_") for key in data)

    def render(self, name, value, attrs=None, renderer=None):
        # The project's template directory, which the form renderer does not search.
        context = self.get_context(name, value, attrs)
        return mark_safe(render_to_string(self.template_name, context))  # noqa: S308 — autoescaped

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["rows"] = [
            {
                "label": WEEKDAY_NAMES[day],
                "short": WEEKDAY_SHORT_NAMES[day],
                "closed_name": _name(name, day) + "_closed",
                "closed": typed["closed"],
                "ranges": [
                    {
                        "opens_name": _name(name, day, slot, "opens"),
                        "closes_name": _name(name, day, slot, "closes"),
                        "opens": opens,
                        "closes": closes,
                        "number": slot + 1,
                    }
                    for slot, (opens, closes) in enumerate(typed["ranges"])
                ],
            }
            for day, typed in _as_typed(value).items()
        ]
        return context


def _as_typed(value) -> dict:
    """The stored week (or what was typed, on a form with errors) as the grid shows it."""
    if isinstance(value, dict):
        return value
    week = value if isinstance(value, list) and len(value) == 7 else None
    typed = {}
    for day in range(7):
        stored = week[day] if week else []
        shown = (
            [
                (times.format_time(opens), times.format_time(closes))
                for opens, closes in opening_hours.ranges(week, day)
            ]
            if week
            else []
        )
        shown += [("", "")] * (MAX_RANGES - len(shown))
        typed[day] = {"closed": bool(week) and not stored, "ranges": shown}
    return typed


class WeekHoursField(forms.Field):
    widget = WeekHoursWidget

    def prepare_value(self, value):
        return value

    def to_python(self, value):
        if not isinstance(value, dict):
            return value if value else None
        errors = []
        week = []
        for day in range(7):
            typed = value.get(day) or {"closed": False, "ranges": []}
            found = []
            for number, (opens, closes) in enumerate(typed["ranges"], start=1):
                where = f"{WEEKDAY_NAMES[day]}, {number}. Zeitraum"
                try:
                    pair = _range(opens, closes)
                except ValueError as error:
                    errors.append(f"{where}: {error}")
                    continue
                if pair:
                    found.append(pair)
            if typed["closed"] and found:
                errors.append(
                    f"{WEEKDAY_NAMES[day]}: „geschlossen“ ist angekreuzt, aber es sind Zeiten "
                    "eingetragen. Bitte eins von beiden."
                )
            week.append(sorted(found))
        if errors:
            raise ValidationError(errors)
        if not any(week) and not any(typed["closed"] for typed in value.values()):
            return None  # no hours given
        missing = [
            WEEKDAY_NAMES[day]
            for day in range(7)
            if not week[day] and not value.get(day, {}).get("closed")
        ]
        if missing:
            raise ValidationError(
                "Bitte für jeden Tag Zeiten eintragen oder „geschlossen“ ankreuzen; es fehlt: "
                + ", ".join(missing)
                + "."
            )
        stored = [[[a.strftime("%H:%M"), b.strftime("%H:%M")] for a, b in day] for day in week]
        try:
            opening_hours.validate(stored)
        except ValueError as error:
            raise ValidationError(_long_day(str(error))) from None
        return stored

    def has_changed(self, initial, data):
        try:
            return self.to_python(data) != (initial or None)
        except ValidationError:
            return True


def _long_day(message: str) -> str:
    short, _, rest = message.partition(":")
    if short in WEEKDAY_SHORT_NAMES and rest:
        return f"{WEEKDAY_NAMES[WEEKDAY_SHORT_NAMES.index(short)]}:{rest}"
    return message


def _range(opens: str, closes: str):
    """(opens, closes) as times, None when both are empty; ValueError in German."""
    opens, closes = opens.strip(), closes.strip()
    if not opens and not closes:
        return None
    if opens and not closes:
        result = times.parse_time_range(opens)  # "9-12" in the first box
        if result.end is None:
            raise ValueError("Bitte auch das Ende eintragen, z. B. 12 oder 12:30.")
        return result.start, result.end
    if closes and not opens:
        raise ValueError("Bitte auch den Beginn eintragen, z. B. 9 oder 9:30.")
    start, end = times.parse_time(opens), times.parse_time(closes)
    if end <= start:
        raise ValueError("Das Ende muss nach dem Beginn liegen, z. B. 9 bis 12.")
    return start, end


def grid_data(name, week) -> dict:
    """The POST data of the grid showing `week` (tests and scripts re-submit a form)."""
    data = {}
    for day, typed in _as_typed(week).items():
        if typed["closed"]:
            data[_name(name, day) + "_closed"] = "1"
        for slot, (opens, closes) in enumerate(typed["ranges"]):
            data[_name(name, day, slot, "opens")] = opens
            data[_name(name, day, slot, "closes")] = closes
    return data
