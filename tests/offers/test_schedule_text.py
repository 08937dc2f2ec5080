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


# Every branch of `parse_rule` and `format_rule`, each with what a clerk's file would hold.


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("alle 2 Wochen Sa 10:00-12:00", "interval_weeks", 2),
        ("alle 3 Wochen Mo 9", "kind", "weekly"),
        ("jeden letzten Fr 17:00", "ordinal", -1),
        ("jeden 3. Mi 18-20", "ordinal", 3),
        ("Di 15-17 (nur in den Schulferien)", "school_holidays", "only"),
        ("Di 15-17 (nicht in den Schulferien)", "school_holidays", "pause"),
        ("Di 15-17", "school_holidays", "always"),
        ("So 11 (auch an Feiertagen)", "on_public_holidays", True),
        ("So 11", "on_public_holidays", False),
        ("Mi 10 bis 31.12.2026", "valid_until", date(2026, 12, 31)),
        ("Mi 10 bis 31.12.2026", "valid_from", None),
        ("24.12.2026 10-12", "date", date(2026, 12, 24)),
        ("24.12.2026 10-12", "kind", "single"),
        ("۲۴.۱۲.۲۰۲۶ ۱۰-۱۲", "date", date(2026, 12, 24)),  # Persian digits, as typed on a phone
        ("montags 16 Uhr", "weekdays", [0]),
        ("Samstag/Sonntag 10", "weekdays", [5, 6]),
        ("Mo + Mi 10", "weekdays", [0, 2]),
        ("Di von 10 bis 12", "end_time", time(12)),
    ],
)
def test_each_part_of_a_rule_is_read(text, field, expected):
    assert schedule_text.parse_rule(text)[field] == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Di 10 (in den Ferien)", "Unbekannter Zusatz „(in den Ferien)“"),
        ("Di 10 ab 31.02.2026", "Das Datum „31.02.2026“ gibt es nicht"),
        ("31.02.2026 10", "Das Datum „31.02.2026“ gibt es nicht"),
        ("24.12.2026", "Keine Uhrzeit (z. B. 15:00-17:00) in „24.12.2026“."),
        ("jeden 1. Sa", "Keine Uhrzeit"),
        ("Di abends 10", "Wochentage in „Di abends 10“ nicht erkannt"),
        ("15-17", "Wochentage in „15-17“ nicht erkannt"),
        ("jeden 6. Mo 10", "Wochentage in „jeden 6. Mo 10“ nicht erkannt"),
    ],
)
def test_each_unclear_part_is_a_german_error(text, message):
    with pytest.raises(ValueError) as error:
        schedule_text.parse_rule(text)
    assert message in str(error.value)


def test_rules_are_separated_by_semicolons_and_empty_parts_are_skipped():
    rules = schedule_text.parse("Di 15-17; ; jeden letzten Fr 17:00;")
    assert [(rule["kind"], rule["weekdays"]) for rule in rules] == [
        ("weekly", [1]),
        ("monthly", [4]),
    ]
    assert schedule_text.parse("") == schedule_text.parse(None) == []


def _rule(text):
    return SimpleNamespace(**schedule_text.parse_rule(text))


@pytest.mark.parametrize(
    "text",
    [
        "24.12.2026 10:00-12:00 (auch an Feiertagen)",
        "jeden letzten Fr 17:00",
        "jeden 1. Mi 18:00-20:00 (nicht in den Schulferien)",
        "alle 2 Wochen Sa 10:00-12:00 ab 05.09.2026",
        "Mo, Di, Mi, Do, Fr 09:30-12:00 bis 30.06.2027 (nur in den Schulferien)",
    ],
)
def test_every_kind_of_rule_is_written_as_it_is_read(text):
    assert schedule_text.format_rule(_rule(text)) == text


def test_several_rules_are_written_on_one_line():
    rules = [_rule("Di 15-17"), _rule("Sa 10")]
    assert schedule_text.format_rules(rules) == "Di 15:00-17:00; Sa 10:00"
