"""When an online offer's join link shows: 15 minutes before a date until its end, in Berlin
time, for dates as the schedule code gives them (cancelled and moved ones included)."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from offers import online
from tests.offers.test_schedules import Change, Rule, expand

BERLIN = ZoneInfo("Europe/Berlin")
TUESDAY = date(2026, 12, 1)
WEEKLY_TUESDAY = Rule(weekdays=(1,), start_time=time(18), end_time=time(19, 30))


def at(day, hour, minute=0, second=0):
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=BERLIN)


def tuesday_dates(*changes):
    return expand([WEEKLY_TUESDAY], TUESDAY, TUESDAY, exceptions=changes)


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (at(TUESDAY, 17, 44, 59), False),  # before: 15 minutes and a second ahead
        (at(TUESDAY, 17, 45), True),  # from 15 minutes before the start
        (at(TUESDAY, 18, 30), True),  # during
        (at(TUESDAY, 19, 29, 59), True),
        (at(TUESDAY, 19, 30), False),  # the end: gone
        (at(TUESDAY, 21), False),  # after
    ],
)
def test_the_link_shows_from_15_minutes_before_the_start_until_the_end(moment, shown):
    (occurrence,) = tuesday_dates()
    assert online.join_link_open(occurrence, moment) is shown
    assert online.join_link_open(occurrence, moment.astimezone(UTC)) is shown


def test_a_cancelled_date_never_shows_the_link():
    (occurrence,) = tuesday_dates(Change(date=TUESDAY, kind="cancelled"))
    assert occurrence.is_cancelled
    assert online.join_window(occurrence) is None
    assert not online.join_link_open(occurrence, at(TUESDAY, 18))


def test_a_moved_date_shows_the_link_at_its_new_time_not_the_old_one():
    moved = Change(date=TUESDAY, kind="moved", new_start_time=time(20), new_end_time=time(21))
    (occurrence,) = tuesday_dates(moved)
    assert occurrence.status == "moved_here"
    assert not online.join_link_open(occurrence, at(TUESDAY, 18))
    assert online.join_link_open(occurrence, at(TUESDAY, 19, 45))
    assert not online.join_link_open(occurrence, at(TUESDAY, 21))


def test_a_date_moved_to_another_day_shows_the_link_there_only():
    thursday = date(2026, 12, 3)
    moved = Change(date=TUESDAY, kind="moved", new_date=thursday)
    occurrences = expand([WEEKLY_TUESDAY], TUESDAY, thursday, exceptions=[moved])
    assert [(o.day, o.status) for o in occurrences] == [
        (TUESDAY, "moved_away"),
        (thursday, "moved_here"),
    ]
    assert online.open_occurrence(occurrences, at(TUESDAY, 18)) is None
    assert online.open_occurrence(occurrences, at(thursday, 18)) == occurrences[1]


@pytest.mark.parametrize(
    ("day", "opens_utc"),
    [
        (date(2026, 3, 29), datetime(2026, 3, 29, 7, 45, tzinfo=UTC)),  # summer time begins
        (date(2026, 10, 25), datetime(2026, 10, 25, 8, 45, tzinfo=UTC)),  # winter time begins
    ],
)
def test_on_the_days_the_clocks_change_the_window_is_in_berlin_time(day, opens_utc):
    (occurrence,) = expand([Rule(kind="single", date=day, start_time=time(10))], day, day)
    opens, closes = online.join_window(occurrence)
    assert opens == opens_utc
    assert closes - opens == online.JOIN_LEAD + (
        datetime.combine(day, time(17)) - datetime.combine(day, time(10))
    )


def test_a_window_around_the_nightly_clock_change_counts_real_minutes():
    # 01:50–03:30 on the night summer time begins: 02:00 does not exist, 40 real minutes.
    day = date(2026, 3, 29)
    rule = Rule(kind="single", date=day, start_time=time(1, 50), end_time=time(3, 30))
    (occurrence,) = expand([rule], day, day)
    opens, closes = online.join_window(occurrence)
    assert (opens, closes) == (
        datetime(2026, 3, 29, 0, 35, tzinfo=UTC),
        datetime(2026, 3, 29, 1, 30, tzinfo=UTC),
    )


def test_a_date_without_an_end_keeps_the_link_for_an_hour():
    (occurrence,) = tuesday_dates()
    untimed = type(occurrence)(day=TUESDAY, start=time(18), end=None)
    assert online.join_link_open(untimed, at(TUESDAY, 18, 59))
    assert not online.join_link_open(untimed, at(TUESDAY, 19))


def test_a_date_past_midnight_ends_the_next_day():
    rule = Rule(weekdays=(1,), start_time=time(23), end_time=time(1))
    (occurrence,) = expand([rule], TUESDAY, TUESDAY)
    assert online.join_link_open(occurrence, at(date(2026, 12, 2), 0, 30))
    assert not online.join_link_open(occurrence, at(date(2026, 12, 2), 1))
