"""Opening hours as data (offers/opening_hours.py): validation, reading the old free text,
open now and the next opening (DST switch days, closures), the weekly summary per language."""

from datetime import UTC, date, datetime, time

import pytest
from django.utils import translation

from offers import opening_hours as oh

WEEKDAYS_9_TO_17 = [[["09:00", "12:00"], ["14:00", "17:00"]]] * 5 + [[], []]
SUNDAY_NIGHT = [[]] * 6 + [[["01:00", "04:00"]]]  # crosses the DST hour on switch Sundays


def utc(*args):
    return datetime(*args, tzinfo=UTC)


# --- Validation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("week", "message"),
    [
        ([[]] * 6, "genau sieben Tage"),
        ([[["12:00", "09:00"]]] + [[]] * 6, "Mo: Das Ende muss nach dem Beginn liegen"),
        ([[]] + [[["09:00", "12:00"], ["11:00", "13:00"]]] + [[]] * 5, "Di: Zeiträume dürfen"),
        (
            [[["08:00", "09:00"], ["10:00", "11:00"], ["12:00", "13:00"], ["14:00", "15:00"]]]
            + [[]] * 6,
            "höchstens 3",
        ),
        ([["9 bis 12"]] + [[]] * 6, "kein Zeitraum"),
    ],
)
def test_invalid_weeks_are_refused_in_german(week, message):
    with pytest.raises(ValueError, match=message):
        oh.validate(week)


def test_no_hours_and_a_valid_week_pass():
    oh.validate(None)
    oh.validate(WEEKDAYS_9_TO_17)


# --- The old free text ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "summary", "rest"),
    [
        ("Mo–Fr 9–17 Uhr", "Mo–Fr 9:00–17:00; Sa, So geschlossen", ""),
        (
            "Mo und Mi 9–12 Uhr, Do 14–17 Uhr",
            "Mo, Mi 9:00–12:00; Do 14:00–17:00; Di, Fr–So geschlossen",
            "",
        ),
        (
            "Di 10–13 und 14–18 Uhr, Mi und Fr 14–18 Uhr",
            "Di 10:00–13:00, 14:00–18:00; Mi, Fr 14:00–18:00; Mo, Do, Sa, So geschlossen",
            "",
        ),
        ("Mo–Fr 15–22 Uhr, Sa und So 9–15 Uhr", "Mo–Fr 15:00–22:00; Sa, So 9:00–15:00", ""),
        (
            "Mo–Fr 13–20 Uhr, in den Schulferien ab 10 Uhr",
            "Mo–Fr 13:00–20:00; Sa, So geschlossen",
            "in den Schulferien ab 10 Uhr",
        ),
        ("Mo–Fr 7:30–18 Uhr", "Mo–Fr 7:30–18:00; Sa, So geschlossen", ""),
    ],
)
def test_common_german_patterns_become_data(text, summary, rest):
    week, left = oh.parse_text(text)
    assert oh.format_week(week) == summary
    assert left == rest


@pytest.mark.parametrize("text", ["nach Veranstaltung", "", "Mo 12–9 Uhr", "täglich ab 9"])
def test_unreadable_text_stays_text(text):
    assert oh.parse_text(text) == (None, text)


# --- Open now, next opening -----------------------------------------------------------------


def test_open_and_closed_in_local_time_across_the_spring_switch():
    # Monday 23 March 2026 is in CET (UTC+1), Monday 30 March in CEST (UTC+2).
    assert not oh.state(WEEKDAYS_9_TO_17, utc(2026, 3, 23, 7, 30)).is_open  # 8:30
    assert oh.state(WEEKDAYS_9_TO_17, utc(2026, 3, 23, 8, 30)).is_open  # 9:30
    assert oh.state(WEEKDAYS_9_TO_17, utc(2026, 3, 30, 7, 30)).is_open  # 9:30
    found = oh.state(WEEKDAYS_9_TO_17, utc(2026, 3, 30, 10, 30))  # 12:30: lunch break
    assert not found.is_open
    assert found.next_opening == datetime(2026, 3, 30, 14, 0)


def test_the_hour_that_does_not_exist_and_the_one_that_happens_twice():
    # 29 March 2026: 2:00 CET jumps to 3:00 CEST. 00:30 UTC is 1:30, 01:30 UTC is 3:30.
    assert oh.state(SUNDAY_NIGHT, utc(2026, 3, 29, 0, 30)).is_open
    assert oh.state(SUNDAY_NIGHT, utc(2026, 3, 29, 1, 30)).is_open
    assert not oh.state(SUNDAY_NIGHT, utc(2026, 3, 29, 2, 0)).is_open  # 4:00 CEST
    # 25 October 2026: 3:00 CEST falls back to 2:00 CET; 2:30 happens twice, open both times.
    assert oh.state(SUNDAY_NIGHT, utc(2026, 10, 25, 0, 30)).is_open  # 2:30 CEST
    assert oh.state(SUNDAY_NIGHT, utc(2026, 10, 25, 1, 30)).is_open  # 2:30 CET
    assert not oh.state(SUNDAY_NIGHT, utc(2026, 10, 25, 3, 0)).is_open  # 4:00 CET


def test_next_opening_over_the_weekend_and_the_switch():
    # Saturday 28 March 2026, 20:00 CET → Monday 30 March 9:00 (CEST).
    assert oh.next_opening(WEEKDAYS_9_TO_17, utc(2026, 3, 28, 19, 0)) == datetime(2026, 3, 30, 9, 0)


def test_a_closure_closes_the_place_and_moves_the_next_opening():
    closures = [(date(2026, 3, 30), date(2026, 4, 3))]  # the whole week after the switch
    found = oh.state(WEEKDAYS_9_TO_17, utc(2026, 3, 30, 8, 0), closures)  # Mo 10:00
    assert not found.is_open
    assert found.closure
    assert found.next_opening == datetime(2026, 4, 6, 9, 0)


def test_no_hours_no_state():
    assert oh.state(None, utc(2026, 3, 30, 8, 0)) is None
    assert oh.format_state(None, utc(2026, 3, 30, 8, 0)) == ""


def test_always_closed_says_so_without_a_next_opening():
    week = [[["09:00", "10:00"]]] + [[]] * 6
    found = oh.state(week, utc(2026, 3, 30, 8, 0), [(date(2026, 3, 30), date(2027, 12, 31))])
    assert found.next_opening is None
    assert oh.format_state(found, utc(2026, 3, 30, 8, 0)) == "jetzt geschlossen"


# --- Shown to residents -----------------------------------------------------------------------

GROUPED = [[["09:00", "12:00"], ["14:00", "17:00"]]] * 5 + [[["10:00", "13:00"]], []]


@pytest.mark.parametrize(
    ("language", "summary"),
    [
        ("de", "Mo–Fr 9:00–12:00, 14:00–17:00; Sa 10:00–13:00; So geschlossen"),
        ("ru", "Пн–Пт 9:00–12:00, 14:00–17:00; Сб 10:00–13:00; Вс закрыто"),
        ("uk", "Пн–Пт 9:00–12:00, 14:00–17:00; Сб 10:00–13:00; Нд зачинено"),
        ("tr", "Pzt–Cum 9:00–12:00, 14:00–17:00; Cmt 10:00–13:00; Paz kapalı"),
        ("ar", "من الاثنين إلى الجمعة 9:00–12:00، 14:00–17:00؛ السبت 10:00–13:00؛ الأحد مغلق"),
        ("fa", "دوشنبه تا جمعه 9:00–12:00، 14:00–17:00؛ شنبه 10:00–13:00؛ یک‌شنبه بسته"),
    ],
)
def test_the_week_grouped_in_every_language(language, summary):
    with translation.override(language):
        assert oh.format_week(GROUPED) == summary


def test_equal_days_apart_share_a_line_and_closed_days_come_last():
    week = [[["09:00", "12:00"]], [], [["09:00", "12:00"]], [], [["09:00", "12:00"]], [], []]
    assert oh.format_week(week) == "Mo, Mi, Fr 9:00–12:00; Di, Do, Sa, So geschlossen"


@pytest.mark.parametrize(
    ("language", "moment", "text"),
    [
        ("de", utc(2026, 3, 30, 8, 0), "jetzt geöffnet bis 12:00"),
        ("de", utc(2026, 3, 30, 10, 30), "jetzt geschlossen – öffnet wieder heute 14:00"),
        ("de", utc(2026, 3, 30, 16, 0), "jetzt geschlossen – öffnet wieder morgen 9:00"),
        ("de", utc(2026, 3, 28, 10, 0), "jetzt geschlossen – öffnet wieder Mo 9:00"),
        ("ru", utc(2026, 3, 30, 8, 0), "сейчас открыто до 12:00"),
        ("uk", utc(2026, 3, 28, 10, 0), "зараз зачинено – відчиниться: Пн 9:00"),
        ("tr", utc(2026, 3, 30, 16, 0), "şu an kapalı – yeniden açılış: yarın 9:00"),
        ("ar", utc(2026, 3, 30, 10, 30), "مغلق الآن – يفتح مجددًا: اليوم الساعة 14:00"),
        ("fa", utc(2026, 3, 30, 8, 0), "اکنون باز است تا ساعت 12:00"),
    ],
)
def test_open_now_in_words(language, moment, text):
    with translation.override(language):
        assert oh.format_state(oh.state(WEEKDAYS_9_TO_17, moment), moment) == text


def test_an_opening_more_than_a_week_away_gives_the_date():
    closures = [(date(2026, 3, 30), date(2026, 4, 10))]
    moment = utc(2026, 3, 30, 8, 0)
    found = oh.state(WEEKDAYS_9_TO_17, moment, closures)
    assert oh.format_state(found, moment) == "jetzt geschlossen – öffnet wieder Mo 13.04. 9:00"


def test_times_are_plain_wall_clock():
    assert oh.ranges(WEEKDAYS_9_TO_17, 0) == [(time(9), time(12)), (time(14), time(17))]
