"""Where the city has gaps: weekly offer-hours per district × weekday × age band, category or
spoken language, for a normal week and a school-holiday week (issue 15, the clerks' cockpit).

The hours are what residents see: published offers in their approved state (`offers.public`),
their occurrences after school holidays, public holidays, closures and cancellations
(`offers.schedules`). `tally` and `gap_sentences` are pure; `coverage` reads the database in a
constant number of queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Prefetch

from offers import public, schedules
from offers.calendars import city_calendar
from offers.enums import SPOKEN_LANGUAGES, WEEKDAY_NAMES
from offers.models import Category, Closure, District, Offer, ScheduleException, TargetGroup

# Age bands of youth and family planning, as [from, to) in years; None: no upper end.
AGE_BANDS = [
    ("0–3", 0, 3),
    ("3–6", 3, 6),
    ("6–10", 6, 10),
    ("10–14", 10, 14),
    ("14–18", 14, 18),
    ("Erwachsene", 18, 60),
    ("60+", 60, None),
]
AGE, CATEGORY, LANGUAGE = "age", "category", "language"
DIMENSIONS = {AGE: "Altersgruppe", CATEGORY: "Kategorie", LANGUAGE: "Sprache"}
NORMAL, HOLIDAY = "normal", "holiday"
WEEK_KINDS = {NORMAL: "normale Schulwoche", HOLIDAY: "Schulferienwoche"}

# An offer with a start but no end time counts one hour: it takes place, so its cell is not a
# gap, and one hour is the shortest thing the providers enter.
UNTIMED_HOURS = 1.0
# How far ahead a normal or a holiday week is looked for.
SEARCH_WEEKS = 60


@dataclass(frozen=True)
class Row:
    key: str
    label: str


@dataclass
class DistrictGrid:
    district: District
    # row key -> hours per weekday (Monday first)
    hours: dict[str, list[float]]

    def total(self, key: str) -> float:
        return sum(self.hours[key])


@dataclass
class Coverage:
    monday: date
    week_kind: str
    dimension: str
    rows: list[Row]
    grids: list[DistrictGrid]
    holidays: dict[date, str] = field(default_factory=dict)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def iso_week(self) -> str:
        return schedules.format_iso_week(self.monday)

    @property
    def highest(self) -> float:
        return max((h for g in self.grids for v in g.hours.values() for h in v), default=0.0)


# --- Pure parts ---------------------------------------------------------------------------------


def overlaps(low: int | None, high: int | None, band_from: int, band_to: int | None) -> bool:
    """Whether the ages `low`–`high` (inclusive, None: open) meet the band [from, to)."""
    low = 0 if low is None else low
    if band_to is not None and low >= band_to:
        return False
    return high is None or high >= band_from


def age_keys(offer_range, group_ranges) -> set[str]:
    """The bands an offer counts for: its own ages or its target groups' ages meet them. An
    offer that names no ages anywhere is for everybody and counts in every band."""
    ranges = [r for r in [offer_range, *group_ranges] if r != (None, None)]
    if not ranges:
        return {label for label, _, _ in AGE_BANDS}
    return {
        label
        for label, band_from, band_to in AGE_BANDS
        if any(overlaps(low, high, band_from, band_to) for low, high in ranges)
    }


def hours_of(occurrence: schedules.Occurrence) -> float:
    if occurrence.end is None:
        return UNTIMED_HOURS
    start = datetime.combine(occurrence.day, occurrence.start)
    end = datetime.combine(occurrence.day, occurrence.end)
    if end <= start:  # past midnight
        end += timedelta(days=1)
    return (end - start).total_seconds() / 3600


def tally(entries: Iterable[tuple[Iterable[int], Iterable[str], int, float]], districts, rows):
    """Grids from (district ids, row keys, weekday, hours) of each occurrence."""
    sums = defaultdict(float)
    for district_ids, keys, weekday, hours in entries:
        keys = set(keys)
        for district_id in set(district_ids):
            for key in keys:
                sums[district_id, key, weekday] += hours
    return [
        DistrictGrid(
            district=district,
            hours={
                row.key: [round(sums[district.pk, row.key, day], 2) for day in range(7)]
                for row in rows
            },
        )
        for district in districts
    ]


def _days_in_words(days: list[int]) -> str:
    if len(days) == 7:
        return "in der ganzen Woche"
    names = [WEEKDAY_NAMES[d] for d in days]
    if len(names) == 1:
        return f"am {names[0]}"
    return "am " + ", ".join(names[:-1]) + " und " + names[-1]


def _whom(dimension: str, label: str) -> str:
    if dimension == LANGUAGE:
        return f"auf {label}"
    if dimension == CATEGORY:
        return f"in „{label}“"
    return f"für {label}"


def gap_sentences(coverage: Coverage) -> dict[int, list[str]]:
    """Per district id, its empty cells in words: "nichts für 14–18 in Welheim am Freitag"
    (a row's empty days in one sentence)."""
    sentences = {}
    for grid in coverage.grids:
        lines = []
        for row in coverage.rows:
            empty = [day for day, hours in enumerate(grid.hours[row.key]) if not hours]
            if empty:
                where = f"in {grid.district.name}"
                whom = _whom(coverage.dimension, row.label)
                lines.append(f"nichts {whom} {where} {_days_in_words(empty)}")
        sentences[grid.district.pk] = lines
    return sentences


def find_week(calendar, start: date, kind: str) -> date | None:
    """The first Monday from `start`'s week on of a week without any school holiday or public
    holiday (`normal`), or of one whose Monday to Friday are all school holidays (`holiday`)."""
    monday = schedules.week_start(start)
    for _ in range(SEARCH_WEEKS):
        days = schedules.days_of_week(monday)
        if kind == HOLIDAY:
            if all(calendar.school_holiday(day) for day in days[:5]):
                return monday
        elif not any(calendar.school_holiday(d) or calendar.public_holiday(d) for d in days):
            return monday
        monday += timedelta(days=7)
    return None


# --- Reading the database ---------------------------------------------------------------------


def rows_for(dimension: str) -> list[Row]:
    if dimension == AGE:
        return [Row(label, label) for label, _, _ in AGE_BANDS]
    if dimension == CATEGORY:
        return [Row(str(c.pk), c.name) for c in Category.objects.all()]
    return [Row(code, str(name)) for code, name in SPOKEN_LANGUAGES]


def _related_ids(offer: Offer, name: str) -> list[int]:
    """The pks of a relation as approved (a waiting change keeps them in its snapshot)."""
    if offer.approved_snapshot:
        return offer.approved_snapshot.get(name, [])
    return [row.pk for row in getattr(offer, name).all()]


def _keys(offer: Offer, dimension: str, groups: dict[int, TargetGroup]) -> set[str]:
    if dimension == CATEGORY:
        return {str(pk) for pk in _related_ids(offer, "categories")}
    if dimension == LANGUAGE:
        # No language named: the offer is held in German, as everything in the directory.
        return set(offer.languages or ["de"])
    group_ranges = [
        (groups[pk].min_age, groups[pk].max_age)
        for pk in _related_ids(offer, "target_groups")
        if pk in groups
    ]
    return age_keys((offer.min_age, offer.max_age), group_ranges)


def _occurrence_entries(offers, dimension, groups, monday, calendar):
    sunday = monday + timedelta(days=6)
    by_place, by_organisation = defaultdict(list), defaultdict(list)
    for closure in Closure.objects.filter(start_date__lte=sunday, end_date__gte=monday):
        if closure.place_id:
            by_place[closure.place_id].append(closure)
        else:
            by_organisation[closure.organisation_id].append(closure)
    for offer in offers:
        closures = by_place.get(offer.place_id, []) + by_organisation.get(offer.organisation_id, [])
        keys = _keys(offer, dimension, groups)
        districts = _related_ids(offer, "districts")
        for occurrence in schedules.expand(
            offer.rules.all(), offer.exceptions.all(), closures, calendar, monday, sunday
        ):
            if not occurrence.is_cancelled and monday <= occurrence.day <= sunday:
                yield districts, keys, occurrence.day.weekday(), hours_of(occurrence)


def coverage(monday: date, dimension: str, week_kind: str = NORMAL, calendar=None) -> Coverage:
    """The cockpit's numbers for the week starting `monday`, in constant queries."""
    calendar = calendar or city_calendar()
    sunday = monday + timedelta(days=6)
    exceptions = ScheduleException.objects.filter(date__range=(monday, sunday)) | (
        ScheduleException.objects.filter(new_date__range=(monday, sunday))
    )
    # Only the relation the rows are made of (languages are a field of the offer).
    relation = {AGE: ["target_groups"], CATEGORY: ["categories"]}.get(dimension, [])
    queryset = Offer.objects.prefetch_related(
        "rules", "districts", *relation, Prefetch("exceptions", queryset=exceptions)
    )
    offers = public.offers(queryset)
    groups = {} if dimension != AGE else {g.pk: g for g in TargetGroup.objects.all()}
    rows = rows_for(dimension)
    entries = _occurrence_entries(offers, dimension, groups, monday, calendar)
    districts = list(District.objects.active())
    holidays = {
        day: name
        for day in schedules.days_of_week(monday)
        if (name := calendar.school_holiday(day) or calendar.public_holiday(day))
    }
    return Coverage(
        monday=monday,
        week_kind=week_kind,
        dimension=dimension,
        rows=rows,
        grids=tally(entries, districts, rows),
        holidays=holidays,
    )
