"""Reach of the printed QR codes: scans per ISO week by district, language and medium.

Read from `ScanDay` counts only — there is nothing about who scanned, and nothing here adds it.
One query for the counts and one for the district names, whatever the period or data size.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django import forms
from django.conf import settings
from django.db.models import Sum
from django.db.models.functions import TruncWeek
from django.utils import timezone

from flyers.enums import Medium
from flyers.models import ScanDay
from offers.models import District

PERIODS = (4, 12, 26, 52)
DEFAULT_WEEKS = 12
EARLIEST = date(2020, 1, 1)  # before any Quartier flyer was printed


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class PeriodForm(forms.Form):
    """The period shown (the last `weeks` ISO weeks up to the week containing `until`) and
    optionally one district, to see its languages and media alone."""

    weeks = forms.TypedChoiceField(
        label="Zeitraum",
        choices=[(n, f"{n} Wochen") for n in PERIODS],
        coerce=int,
        required=False,
        empty_value=DEFAULT_WEEKS,
    )
    until = forms.DateField(
        label="bis einschließlich der Woche vom",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    @classmethod
    def from_query(cls, query):
        """Bound to the query string, with the default period where it names none."""
        data = query.copy()
        data.setdefault("weeks", str(DEFAULT_WEEKS))
        return cls(data)

    district = forms.ModelChoiceField(
        label="Stadtteil",
        queryset=District.objects.all(),
        required=False,
        empty_label="alle Stadtteile",
    )

    def clean_until(self):
        until = self.cleaned_data["until"]
        if until is None:
            return timezone.localdate()
        if until < EARLIEST:
            raise forms.ValidationError("Bitte ein Datum ab 2020 wählen.")
        if until > timezone.localdate():
            raise forms.ValidationError("Bitte kein Datum in der Zukunft wählen.")
        return until

    def selection(self) -> dict:
        """`weekly_reach`'s arguments: the last week's Monday, the weeks, the district."""
        data = self.cleaned_data
        return {
            "last_monday": monday_of(data["until"]),
            "weeks": data["weeks"],
            "district": data["district"],
        }


@dataclass
class Breakdown:
    """Scans per week for one way of splitting them (district, language or medium)."""

    slug: str
    title: str
    labels: list[str]
    weeks: list[date]  # Mondays, oldest first
    counts: list[list[int]]  # counts[week][series]

    @property
    def rows(self):
        return [
            (monday, row, sum(row)) for monday, row in zip(self.weeks, self.counts, strict=True)
        ]

    @property
    def totals(self) -> list[int]:
        return [sum(column) for column in zip(*self.counts, strict=True)] if self.counts else []

    @property
    def total(self) -> int:
        return sum(self.totals)


@dataclass
class Reach:
    weeks: list[date]
    breakdowns: list[Breakdown]

    @property
    def total(self) -> int:
        return self.breakdowns[0].total

    @property
    def running(self) -> bool:
        """Whether the last week shown is still going on (its bar is short for that reason)."""
        return self.weeks[-1] + timedelta(days=6) >= timezone.localdate()


def weekly_reach(last_monday: date, weeks: int, district: District | None = None) -> Reach:
    """Scans per ISO week for the `weeks` weeks ending with the one starting `last_monday`,
    of every district or only of `district`."""
    mondays = [last_monday - timedelta(weeks=n) for n in reversed(range(weeks))]
    scans = ScanDay.objects.filter(day__gte=mondays[0], day__lt=last_monday + timedelta(days=7))
    if district is not None:
        scans = scans.filter(link__district=district)
    rows = (
        scans.annotate(week=TruncWeek("day"))
        .values("week", "link__district_id", "link__language", "link__medium")
        .annotate(scans=Sum("count"))
        .order_by()
    )
    if district is not None:
        districts = [(district.pk, district.name)]
    else:
        districts = [(d.pk, d.name) for d in District.objects.only("pk", "name", "position")]
    languages = [(code, name) for code, name in settings.LANGUAGES]
    media = list(Medium.choices)
    splits = {
        "district": ("nach Stadtteil", "link__district_id", districts),
        "language": ("nach Sprache", "link__language", languages),
        "medium": ("nach Medium", "link__medium", media),
    }
    tables = {slug: {} for slug in splits}
    for row in rows:
        week = row["week"].date() if hasattr(row["week"], "date") else row["week"]
        for slug, (_, field, _) in splits.items():
            key = (week, row[field])
            tables[slug][key] = tables[slug].get(key, 0) + row["scans"]
    breakdowns = []
    for slug, (title, _, series) in splits.items():
        # A language no longer offered still counts: its codes may hang on a wall.
        seen = {key for _, key in tables[slug]} - {key for key, _ in series}
        series = series + [
            (key, settings.RESIDENT_LANGUAGES.get(key, {}).get("name", key))
            for key in sorted(seen, key=str)
        ]
        counts = [[tables[slug].get((monday, key), 0) for key, _ in series] for monday in mondays]
        breakdowns.append(
            Breakdown(slug, title, [str(label) for _, label in series], mondays, counts)
        )
    return Reach(mondays, breakdowns)
