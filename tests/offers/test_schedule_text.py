"""The import's schedule syntax (offers/schedule_text.py): the form's shortcuts and times."""

from datetime import date, time
from types import SimpleNamespace

import pytest

from offers import schedule_text


def parsed(text):
    rule = schedule_text.parse_rule(text)
    return rule["kind"], rule["weekdays"], rule["start_time"], rule["end_time"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Di, Do 15:00-17:00", ("weekly", [1, 3], time(15), time(17))),
        ("Mo-Do 15-17", ("weekly", [0, 1, 2, 3], time(15), time(17))),
        ("Mo–Fr 9:30-12 Uhr", ("weekly", [0, 1, 2, 3, 4], time(9, 30), time(12))),
        ("täglich 10-13", ("weekly", [0, 1, 2, 3, 4, 5, 6], time(10), time(13))),
        ("Sa 10 Uhr", ("weekly", [5], time(10), None)),
        ("Di 10 bis 13 Uhr", ("weekly", [1], time(10), time(13))),
        ("dienstags und donnerstags 15.30", ("weekly", [1, 3], time(15, 30), None)),
        ("Fr-Mo 18", ("weekly", [0, 4, 5, 6], time(18), None)),
        ("mo-fr ١٠-١٣", ("weekly", [0, 1, 2, 3, 4], time(10), time(13))),
        ("jeden 1. Sa 10-12", ("monthly", [5], time(10), time(12))),
        ("24.12.2026 10-12 (auch an Feiertagen)", ("single", [], time(10), time(12))),
    ],
)
def test_import_reads_days_and_times_as_the_form_does(text, expected):
    assert parsed(text) == expected


def test_validity_and_holidays_beside_forgiving_times():
    rule = schedule_text.parse_rule(
        "Mo-Do 15-17 ab 31.08.2026 bis 30.06.2027 (nicht in den Schulferien)"
    )
    assert (rule["valid_from"], rule["valid_until"], rule["school_holidays"]) == (
        date(2026, 8, 31),
        date(2027, 6, 30),
        "pause",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Dienstag um drei", "Keine Uhrzeit (z. B. 15:00-17:00) in „Dienstag um drei“."),
        ("Di 25:00-26:00", "Die Uhrzeit „25:00“ gibt es nicht"),
        ("Di 17-15", "Das Ende muss nach dem Beginn liegen."),
        ("Di 10 Uhr abends", "ist keine Uhrzeit. Bitte z. B. 9:30 oder 10-13 eingeben."),
        ("Di, Dx 10:00", "Wochentage in „Di, Dx 10:00“ nicht erkannt"),
        ("Mo-Xy 10", "Wochentage in „Mo-Xy 10“ nicht erkannt"),
    ],
)
def test_unclear_rules_are_german_errors(text, message):
    with pytest.raises(ValueError) as error:
        schedule_text.parse_rule(text)
    assert message in str(error.value)


def test_export_reads_back_the_same_rule():
    rule = SimpleNamespace(
        **{**schedule_text.parse_rule("Mo-Do 9.30-12 ab 01.09.2026"), "kind": "weekly"}
    )
    text = schedule_text.format_rule(rule)
    assert text == "Mo, Di, Mi, Do 09:30-12:00 ab 01.09.2026"
    assert schedule_text.parse_rule(text) == schedule_text.parse_rule("Mo-Do 9.30-12 ab 01.09.2026")
