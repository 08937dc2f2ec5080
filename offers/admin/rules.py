"""Schedule rules in the offer form: one compact block per rule, the fields its kind needs,
forgiving times ("15-17" fills start and end), weekday shortcuts, and the dates they give.

Without JavaScript every field of a rule is there and works; `static/js/admin-rules.js`
hides the fields the chosen kind does not use and shows the weekday shortcut buttons.
"""

import json
from itertools import groupby
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import admin
from django.db import models
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from offers import schedules, selectors, times
from offers.admin.base import LOCALIZED_FIELDS, AdminForm
from offers.enums import WEEKDAY_SHORT_NAMES, WEEKDAY_SHORTCUTS, reason_label
from offers.forms import LocalizedTimeField, TimeOrRangeField
from offers.models import ScheduleRule

TIME_INPUT = {"size": 13, "autocomplete": "off", "spellcheck": "false"}
# Forgiving dates and times; times as plain text boxes (no "Jetzt" and clock: typing is quicker).
COMPACT_FIELDS = {
    **LOCALIZED_FIELDS,
    models.TimeField: {"form_class": LocalizedTimeField, "widget": forms.TimeInput(TIME_INPUT)},
}


class WeekdaysWidget(forms.CheckboxSelectMultiple):
    """The weekday checkboxes, and buttons that tick several at once (shown by the script)."""

    def render(self, name, value, attrs=None, renderer=None):
        buttons = format_html_join(
            "",
            '<button type="button" class="weekday-shortcut" data-days="{}">{}</button>',
            ((",".join(map(str, days)), label) for label, days in WEEKDAY_SHORTCUTS),
        )
        return format_html(
            '<div class="weekdays">{}<span class="weekday-shortcuts" hidden>{}</span></div>',
            super().render(name, value, attrs, renderer),
            buttons,
        )


class RuleForm(AdminForm):
    start_time = TimeOrRangeField(
        label="von",
        help_text="z. B. 9:30 oder 15-17 (füllt „bis“)",
        widget=forms.TimeInput(attrs=TIME_INPUT),
    )
    end_time = LocalizedTimeField(
        label="bis", required=False, widget=forms.TimeInput(attrs=TIME_INPUT)
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        weekdays = self.fields["weekdays"]
        weekdays.widget = WeekdaysWidget(attrs=weekdays.widget.attrs, choices=weekdays.choices)
        kind_fields = {kind: list(names) for kind, names in ScheduleRule.KIND_FIELDS.items()}
        self.fields["kind"].widget.attrs["data-kind-fields"] = json.dumps(kind_fields)

    def clean(self):
        cleaned = super().clean()
        typed = cleaned.get("start_time")
        if isinstance(typed, times.TimeRange):
            cleaned["start_time"] = typed.start
            end_typed = "end_time" in self.changed_data and cleaned.get("end_time")
            if end_typed and end_typed != typed.end:
                self.add_error(
                    "end_time",
                    f"„von“ enthält schon ein Ende ({times.format_time(typed.end)}). "
                    "Bitte hier leer lassen oder dieselbe Uhrzeit eingeben.",
                )
            else:
                cleaned["end_time"] = typed.end
        self._reset_unused(cleaned)
        return cleaned

    def _reset_unused(self, cleaned):
        """Fields the chosen kind does not use (and the script hid) keep no stale value: a
        "gültig ab" left from a weekly rule would otherwise hide a single date."""
        used = ScheduleRule.KIND_FIELDS.get(cleaned.get("kind"))
        if used is None:
            return
        for names in ScheduleRule.KIND_FIELDS.values():
            for name in set(names) - set(used):
                if name in cleaned:
                    cleaned[name] = ScheduleRule._meta.get_field(name).get_default()


class RuleFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        limit = settings.QUARTIER["MAX_RULES_PER_OFFER"]
        kept = [f for f in self.forms if f.has_changed() or f.instance.pk]
        kept = [f for f in kept if not (self.can_delete and self._should_delete_form(f))]
        if len(kept) > limit:
            raise forms.ValidationError(
                f"Höchstens {limit} Terminregeln je Angebot. Bitte fassen Sie Termine zusammen "
                "(z. B. „Di, Do 15:00–17:00“) oder legen Sie ein weiteres Angebot an.",
                code="too_many_rules",
            )


class ScheduleRuleInline(admin.StackedInline):
    model = ScheduleRule
    form = RuleForm
    formset = RuleFormSet
    extra = 0
    formfield_overrides = COMPACT_FIELDS
    fieldsets = [
        (
            None,
            {
                "classes": ["compact-fields"],
                "fields": [
                    ("kind", "weekdays", "interval_weeks", "ordinal", "date"),
                    ("start_time", "end_time", "valid_from", "valid_until"),
                    ("school_holidays", "on_public_holidays"),
                ],
            },
        )
    ]
    verbose_name = "Terminregel"
    verbose_name_plural = (
        "Termine – z. B. „Di + Do, 15:00–17:00, gültig 01.09.–31.07., nicht in den Schulferien“. "
        "Ohne Regel erscheint das Angebot unter „Ohne feste Termine“."
    )

    class Media:
        css = {"all": ["css/admin-rules.css"]}
        js = ["js/admin-rules.js"]

    def get_max_num(self, request, obj=None, **kwargs):
        return settings.QUARTIER["MAX_RULES_PER_OFFER"]

    def get_extra(self, request, obj=None, **kwargs):
        # A new offer, or one without rules, shows one empty rule: no click to add it, and
        # without JavaScript (which adds rules) it is still there; left empty, it is ignored.
        return 0 if obj is not None and obj.pk and obj.rules.exists() else 1


# --- "Nächste Termine" ---------------------------------------------------------------------

WHY = {
    schedules.PUBLIC_HOLIDAY: "{note} (Feiertag)",
    schedules.SCHOOL_HOLIDAYS: "{note} (Schulferien)",
    schedules.CLOSURE: "{note} (Schließzeit)",
}


def _day(day) -> str:
    return f"{WEEKDAY_SHORT_NAMES[day.weekday()]} {day:%d.%m.%Y}"


def _times(occurrence) -> str:
    end = f"–{times.format_time(occurrence.end)}" if occurrence.end else ""
    return times.format_time(occurrence.start) + end


def _why(occurrence) -> str:
    """Why a date the rules give does not take place, as a clerk reads it."""
    if occurrence.cause in WHY:
        return WHY[occurrence.cause].format(note=occurrence.note)
    if occurrence.is_moved_away:
        return f"verlegt auf {occurrence.moved_to:%d.%m.%Y}"
    said = ", ".join(filter(None, [reason_label(occurrence.reason), occurrence.note]))
    return f"Ausfall eingetragen ({said})" if said else "Ausfall eingetragen"


def _moved(occurrence) -> str:
    if not occurrence.is_moved_here:
        return ""
    if occurrence.moved_from == occurrence.day:
        return "Uhrzeit geändert"
    return f"verlegt vom {occurrence.moved_from:%d.%m.%Y}"


def _dropped_lines(dropped) -> list[str]:
    """One line per run of dates dropped for the same reason, e.g. a week of school holidays."""
    lines = []
    for why, run in groupby(dropped, key=_why):
        days = [occurrence.day for occurrence in run]
        if len(days) > 3:
            when = f"{days[0]:%d.%m.%Y} bis {days[-1]:%d.%m.%Y} ({len(days)} Termine)"
        else:
            when = ", ".join(f"{day:%d.%m.%Y}" for day in days)
        lines.append(f"{when} – {why}")
    return lines


def next_dates_html(offer) -> str:
    """The offer's next dates with an "Ausfall eintragen" link each, and what was dropped."""
    if not offer.pk:
        return "Nach dem Speichern stehen hier die nächsten Termine."
    today = timezone.localdate()
    found = selectors.next_dates(offer, today)
    add_url = reverse("admin:offers_scheduleexception_add")
    dates = [
        {
            "when": f"{_day(occurrence.day)} {_times(occurrence)}",
            "moved": _moved(occurrence),
            "cancel_url": f"{add_url}?"
            + urlencode({"offer": offer.pk, "date": f"{occurrence.day:%d.%m.%Y}"}),
        }
        for occurrence in found.dates
    ]
    context = {
        "found": found,
        "today": today,
        "dates": dates,
        "dropped": _dropped_lines(found.dropped),
    }
    return render_to_string("admin/offers/offer/next_dates.html", context)
