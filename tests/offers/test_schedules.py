"""Occurrence expansion, on its own: plain values in, occurrences out, real NRW holidays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from offers import schedules
from offers.calendars import StateHolidayCalendar

NRW = StateHolidayCalendar("DE", "NW")
BERLIN = ZoneInfo("Europe/Berlin")


@dataclass
class Rule:
    kind: str = "weekly"
    weekdays: tuple = ()
    interval_weeks: int = 1
    ordinal: int | None = None
    date: date | None = None
    start_time: time = time(15, 0)
    end_time: time | None = time(17, 0)
    valid_from: date | None = None
    valid_until: date | None = None
    school_holidays: str = "always"
    on_public_holidays: bool = False


@dataclass
class Change:
    date: date
    kind: str = "cancelled"
    note: str = ""
    new_date: date | None = None
    new_start_time: time | None = None
    new_end_time: time | None = None


@dataclass
class Closed:
    start_date: date
    end_date: date
    reason: str


def expand(rules, start, end, exceptions=(), closures=()):
    return schedules.expand(rules, exceptions, closures, NRW, start, end)


def days(occurrences, status=None):
    return [o.day for o in occurrences if status is None or o.status == status]


# --- weeks ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "monday"),
    [
        ("2026-W48", date(2026, 11, 23)),
        ("2026-W01", date(2025, 12, 29)),
        ("2026-W53", date(2026, 12, 28)),
    ],
)
def test_parse_iso_week_valid(value, monday):
    assert schedules.parse_iso_week(value) == monday
    assert schedules.format_iso_week(monday) == value


@pytest.mark.parametrize(
    "value", ["", "2026-48", "2026-W54", "2025-W53", "2026-W00", "2026-w48", "W48", "2026-W4８"]
)
def test_parse_iso_week_rejects_malformed(value):
    with pytest.raises(ValueError):
        schedules.parse_iso_week(value)


# --- weekly rules -----------------------------------------------------------------------------


def test_weekly_on_two_weekdays():
    rule = Rule(weekdays=(1, 3))  # Tuesday, Thursday
    result = expand([rule], date(2026, 11, 23), date(2026, 11, 29))
    assert days(result) == [date(2026, 11, 24), date(2026, 11, 26)]
    assert [o.start for o in result] == [time(15), time(15)]


def test_every_two_weeks_keeps_parity_from_first_date():
    rule = Rule(weekdays=(1,), interval_weeks=2, valid_from=date(2026, 11, 3))
    result = expand([rule], date(2026, 11, 1), date(2027, 1, 10))
    assert days(result) == [
        date(2026, 11, 3),
        date(2026, 11, 17),
        date(2026, 12, 1),
        date(2026, 12, 15),
        date(2026, 12, 29),
    ]


def test_every_two_weeks_parity_same_for_any_window():
    rule = Rule(weekdays=(4,), interval_weeks=2, valid_from=date(2026, 1, 2))
    whole = days(expand([rule], date(2026, 1, 1), date(2026, 12, 31)))
    week = days(expand([rule], date(2026, 11, 23), date(2026, 11, 29)))
    assert [d for d in whole if date(2026, 11, 23) <= d <= date(2026, 11, 29)] == week
    assert all((d - date(2026, 1, 2)).days % 14 == 0 for d in whole)


def test_offer_starting_mid_week_skips_earlier_days():
    rule = Rule(weekdays=(0, 4), valid_from=date(2026, 11, 25))  # Mon + Fri, from Wednesday
    assert days(expand([rule], date(2026, 11, 23), date(2026, 11, 29))) == [date(2026, 11, 27)]


def test_offer_ending_mid_week_skips_later_days():
    rule = Rule(weekdays=(0, 4), valid_until=date(2026, 11, 25))
    assert days(expand([rule], date(2026, 11, 23), date(2026, 11, 29))) == [date(2026, 11, 23)]


# --- monthly and single -----------------------------------------------------------------------


def test_fifth_weekday_only_in_months_that_have_one():
    rule = Rule(kind="monthly", weekdays=(1,), ordinal=5)  # fifth Tuesday
    result = days(expand([rule], date(2026, 9, 1), date(2026, 12, 31)))
    # September 2026 has five Tuesdays (1, 8, 15, 22, 29), October and November four,
    # December five (1 … 29).
    assert result == [date(2026, 9, 29), date(2026, 12, 29)]


def test_last_weekday_of_month():
    rule = Rule(kind="monthly", weekdays=(4,), ordinal=-1)  # last Friday
    result = days(expand([rule], date(2026, 2, 1), date(2026, 3, 31)))
    assert result == [date(2026, 2, 27), date(2026, 3, 27)]


def test_first_wednesday_of_month():
    rule = Rule(kind="monthly", weekdays=(2,), ordinal=1)
    assert days(expand([rule], date(2026, 11, 1), date(2026, 12, 31))) == [
        date(2026, 11, 4),
        date(2026, 12, 2),
    ]


def test_single_date_inside_and_outside_the_window():
    rule = Rule(kind="single", date=date(2026, 11, 28))
    assert days(expand([rule], date(2026, 11, 23), date(2026, 11, 29))) == [date(2026, 11, 28)]
    assert expand([rule], date(2026, 11, 30), date(2026, 12, 6)) == []


# --- holidays ---------------------------------------------------------------------------------


def test_fronleichnam_cancels_thursday_offer_with_holiday_name():
    rule = Rule(weekdays=(3,))
    [occurrence] = expand([rule], date(2026, 6, 1), date(2026, 6, 7))
    assert (occurrence.day, occurrence.status, occurrence.note) == (
        date(2026, 6, 4),
        "cancelled",
        "Fronleichnam",
    )


def test_offer_marked_for_public_holidays_runs_on_fronleichnam():
    rule = Rule(weekdays=(3,), on_public_holidays=True)
    [occurrence] = expand([rule], date(2026, 6, 1), date(2026, 6, 7))
    assert occurrence.status == "scheduled"


def test_christmas_days_cancelled():
    rule = Rule(weekdays=(3, 4, 5))  # Thu 24, Fri 25, Sat 26 December 2026
    result = expand([rule], date(2026, 12, 21), date(2026, 12, 27))
    assert [(o.day, o.status, o.note) for o in result] == [
        (date(2026, 12, 24), "scheduled", ""),
        (date(2026, 12, 25), "cancelled", "Erster Weihnachtstag"),
        (date(2026, 12, 26), "cancelled", "Zweiter Weihnachtstag"),
    ]


def test_pause_in_school_holidays_shows_cancelled_with_holiday_name():
    rule = Rule(weekdays=(1,), school_holidays="pause")
    # NRW autumn holidays 2026: 17 to 31 October.
    result = expand([rule], date(2026, 10, 12), date(2026, 11, 8))
    assert [(o.day, o.status, o.note) for o in result] == [
        (date(2026, 10, 13), "scheduled", ""),
        (date(2026, 10, 20), "cancelled", "Herbstferien"),
        (date(2026, 10, 27), "cancelled", "Herbstferien"),
        (date(2026, 11, 3), "scheduled", ""),
    ]


def test_holiday_programme_only_in_school_holidays():
    rule = Rule(weekdays=(1,), school_holidays="only")
    result = expand([rule], date(2026, 10, 12), date(2026, 11, 8))
    assert days(result, "scheduled") == [date(2026, 10, 20), date(2026, 10, 27)]
    assert len(result) == 2


def test_always_ignores_school_holidays():
    rule = Rule(weekdays=(1,), school_holidays="always")
    assert days(expand([rule], date(2026, 10, 19), date(2026, 10, 25)), "scheduled") == [
        date(2026, 10, 20)
    ]


# --- daylight saving time ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sunday", "utc_hour"),
    [(date(2026, 3, 22), 14), (date(2026, 3, 29), 13), (date(2026, 10, 25), 14)],
)
def test_wall_clock_time_kept_across_dst_change(sunday, utc_hour):
    rule = Rule(weekdays=(6,), start_time=time(15, 0), on_public_holidays=True)
    [occurrence] = expand([rule], sunday, sunday)
    assert occurrence.start == time(15, 0)
    local = datetime.combine(occurrence.day, occurrence.start, tzinfo=BERLIN)
    assert local.astimezone(ZoneInfo("UTC")).hour == utc_hour


def test_early_morning_offer_on_dst_night_keeps_its_time():
    # 02:30 does not exist on 29 March; the plan shows what the provider wrote.
    rule = Rule(weekdays=(6,), start_time=time(2, 30), end_time=time(3, 30))
    [occurrence] = expand([rule], date(2026, 3, 29), date(2026, 3, 29))
    assert (occurrence.start, occurrence.end) == (time(2, 30), time(3, 30))


# --- exceptions and closures ------------------------------------------------------------------


def test_cancellation_keeps_occurrence_struck_with_reason():
    rule = Rule(weekdays=(1, 3))
    change = Change(date=date(2026, 11, 24), note="Trainerin krank")
    result = expand([rule], date(2026, 11, 23), date(2026, 11, 29), exceptions=[change])
    assert [(o.day, o.status, o.note) for o in result] == [
        (date(2026, 11, 24), "cancelled", "Trainerin krank"),
        (date(2026, 11, 26), "scheduled", ""),
    ]


def test_move_to_another_day_in_same_week():
    rule = Rule(weekdays=(1,))
    change = Change(date=date(2026, 11, 24), kind="moved", new_date=date(2026, 11, 26))
    result = expand([rule], date(2026, 11, 23), date(2026, 11, 29), exceptions=[change])
    assert [(o.day, o.status, o.moved_to, o.moved_from) for o in result] == [
        (date(2026, 11, 24), "moved_away", date(2026, 11, 26), None),
        (date(2026, 11, 26), "moved_here", None, date(2026, 11, 24)),
    ]


def test_move_into_the_week_from_previous_week():
    rule = Rule(weekdays=(4,))  # Fridays
    change = Change(
        date=date(2026, 11, 20), kind="moved", new_date=date(2026, 11, 23), new_start_time=time(10)
    )
    result = expand([rule], date(2026, 11, 23), date(2026, 11, 29), exceptions=[change])
    assert [(o.day, o.start, o.status) for o in result] == [
        (date(2026, 11, 23), time(10), "moved_here"),
        (date(2026, 11, 27), time(15), "scheduled"),
    ]


def test_move_to_other_time_same_day():
    rule = Rule(weekdays=(1,))
    change = Change(date=date(2026, 11, 24), kind="moved", new_start_time=time(16, 30))
    [occurrence] = expand([rule], date(2026, 11, 23), date(2026, 11, 29), exceptions=[change])
    assert (occurrence.start, occurrence.end, occurrence.status) == (
        time(16, 30),
        time(17, 0),
        "moved_here",
    )


def test_closure_cancels_dates_it_covers():
    rule = Rule(weekdays=(0, 2, 4))
    closure = Closed(date(2026, 11, 25), date(2026, 12, 4), "Renovierung")
    result = expand([rule], date(2026, 11, 23), date(2026, 11, 29), closures=[closure])
    assert [(o.day, o.status, o.note) for o in result] == [
        (date(2026, 11, 23), "scheduled", ""),
        (date(2026, 11, 25), "cancelled", "Renovierung"),
        (date(2026, 11, 27), "cancelled", "Renovierung"),
    ]


def test_is_scheduled_on_ignores_holidays():
    rules = [Rule(weekdays=(3,))]
    assert schedules.is_scheduled_on(rules, date(2026, 6, 4))
    assert not schedules.is_scheduled_on(rules, date(2026, 6, 5))
