"""The one routine that reads typed times, for the admin form and the import (offers/times.py)."""

from datetime import time

import pytest

from offers import times
from offers.times import TimeRange


@pytest.mark.parametrize(
    ("typed", "start", "end"),
    [
        ("10", time(10), None),
        ("10 Uhr", time(10), None),
        ("10 uhr", time(10), None),
        ("9.30", time(9, 30), None),
        ("9:30", time(9, 30), None),
        ("09:30", time(9, 30), None),
        ("9 h", time(9), None),
        ("9h30", time(9, 30), None),
        ("930", time(9, 30), None),
        ("1530", time(15, 30), None),
        ("um 15 Uhr", time(15), None),
        ("09:30:00", time(9, 30), None),
        ("  9:30  ", time(9, 30), None),
        ("10-13", time(10), time(13)),
        ("10–13", time(10), time(13)),
        ("10 - 13", time(10), time(13)),
        ("10 bis 13 Uhr", time(10), time(13)),
        ("10 Uhr bis 13 Uhr", time(10), time(13)),
        ("von 9.30 bis 12", time(9, 30), time(12)),
        ("9:30-11:45", time(9, 30), time(11, 45)),
        ("۱۰:۳۰", time(10, 30), None),  # Persian digits
        ("۹٫۳۰", time(9, 30), None),  # Persian digits, Arabic decimal separator
        ("١٠-١٣", time(10), time(13)),  # Arabic-Indic digits
    ],
)
def test_typed_times_are_understood(typed, start, end):
    assert times.parse_time_range(typed) == TimeRange(start, end)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("kaffee", "„kaffee“ ist keine Uhrzeit. Bitte z. B. 9:30 oder 10-13 eingeben."),
        ("10-", "„10-“ ist keine Uhrzeit. Bitte z. B. 9:30 oder 10-13 eingeben."),
        ("10 13", "„10 13“ ist keine Uhrzeit. Bitte z. B. 9:30 oder 10-13 eingeben."),
        (
            "25",
            "Die Uhrzeit „25“ gibt es nicht: Stunden gehen von 0 bis 23. "
            "Bitte z. B. 9:30 oder 10-13 eingeben.",
        ),
        (
            "9:75",
            "Die Uhrzeit „9:75“ gibt es nicht: Minuten gehen von 00 bis 59. "
            "Bitte z. B. 9:30 oder 10-13 eingeben.",
        ),
        ("17-15", "Das Ende muss nach dem Beginn liegen. Bitte z. B. 10-13 eingeben."),
    ],
)
def test_bad_times_get_a_german_message_with_an_example(typed, message):
    with pytest.raises(ValueError) as error:
        times.parse_time_range(typed)
    assert str(error.value) == message


def test_single_time_field_refuses_a_range_with_an_example():
    assert times.parse_time("16.30") == time(16, 30)
    with pytest.raises(ValueError) as error:
        times.parse_time("10-13")
    assert str(error.value) == "Hier bitte nur eine Uhrzeit angeben, z. B. 9:30."
    with pytest.raises(ValueError) as error:
        times.parse_time("halb vier")
    assert str(error.value) == "„halb vier“ ist keine Uhrzeit. Bitte z. B. 9:30 eingeben."


def test_times_are_shown_without_seconds():
    assert (times.format_time(time(9, 30)), times.format_time(None)) == ("09:30", "")
