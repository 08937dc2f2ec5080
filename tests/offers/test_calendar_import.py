"""The pure mapping from iCalendar to offers, with feeds as Google Calendar, Outlook/Exchange and
Nextcloud export them (tests/offers/files/calendars/), checked against an independent reader."""

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events

from offers import calendar_import, schedules
from offers.calendar_import import ExceptionSpec, RuleSpec

FILES = Path(__file__).parent / "files" / "calendars"
BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 10, 19)  # a Monday; summer time ends on Sunday 25 October


def parse(name, today=TODAY):
    return calendar_import.parse((FILES / name).read_bytes(), today, BERLIN)


def by_title(parsed):
    return {event.title: event for event in parsed.events}


def test_google_weekly_series_with_exdate_and_moved_instance():
    event = by_title(parse("google.ics"))["Hausaufgabenhilfe"]
    assert event.rules == [
        RuleSpec(
            "weekly",
            time(15),
            time(17),
            weekdays=(1, 3),
            valid_from=date(2026, 9, 1),
        )
    ]
    assert event.exceptions == [
        ExceptionSpec(date(2026, 10, 27), "cancelled"),
        ExceptionSpec(
            date(2026, 11, 5),
            "moved",
            date(2026, 11, 6),
            new_start_time=time(16),
            new_end_time=time(18),
        ),
    ]
    # Folded lines and escaped commas read back as typed.
    assert event.summary == "Wir helfen bei den Hausaufgaben, in Ruhe und mit Tee."
    assert event.description.endswith(
        "Für Kinder der Klassen 1 bis 6, kostenlos und ohne Anmeldung."
    )
    assert event.location == "Jugendtreff Welheim, Welheimer Str. 10, 46238 Bottrop, Deutschland"


def test_google_monthly_first_wednesday_with_cancelled_instance():
    event = by_title(parse("google.ics"))["Elterncafé"]
    assert event.rules == [
        RuleSpec(
            "monthly", time(9, 30), time(11), weekdays=(2,), ordinal=1, valid_from=date(2026, 10, 7)
        )
    ]
    assert event.exceptions == [ExceptionSpec(date(2026, 12, 2), "cancelled")]
    assert event.summary == "Elterncafé"  # no description: the title


def test_google_utc_time_after_the_dst_change_lands_on_winter_wall_clock():
    event = by_title(parse("google.ics"))["Vortrag: Raus aus den Schulden"]
    # 17:00Z on 29 October is 18:00 in Bottrop (CET since the 25th).
    assert event.rules == [RuleSpec("single", time(18), time(19, 30), date=date(2026, 10, 29))]
    assert event.url == "https://beispiel.de/vortrag"


def test_google_all_day_private_and_past_events_are_left_out():
    parsed = parse("google.ics")
    assert set(by_title(parsed)) == {
        "Hausaufgabenhilfe",
        "Elterncafé",
        "Vortrag: Raus aus den Schulden",
    }
    assert parsed.notes == [
        "„Laternenumzug“: ganztägiger Termin – ohne Uhrzeit nicht übernommen; bitte im "
        "Kalender mit Uhrzeit eintragen."
    ]


def test_outlook_windows_time_zone_fortnightly_series_keeps_wall_clock_across_dst():
    event = by_title(parse("outlook.ics"))["Deutschkurs für Frauen"]
    # 5 October is summer time, 19 October and 2 November are not: 10:00 each time.
    assert event.rules == [
        RuleSpec(
            "weekly",
            time(10),
            time(11, 30),
            weekdays=(0,),
            interval_weeks=2,
            valid_from=date(2026, 10, 5),
            valid_until=date(2026, 12, 14),
        )
    ]
    assert event.exceptions == [
        ExceptionSpec(
            date(2026, 11, 2), "moved", None, new_start_time=time(11, 30), new_end_time=time(13)
        )
    ]
    assert event.uid.endswith("0100000001122334455667788")  # the folded UID joined


def test_outlook_bysetpos_last_thursday_and_count():
    parsed = by_title(parse("outlook.ics"))
    assert parsed["Sprechstunde Schuldnerberatung"].rules == [
        RuleSpec(
            "monthly",
            time(14),
            time(16),
            weekdays=(3,),
            ordinal=-1,
            valid_from=date(2026, 9, 24),
            valid_until=date(2027, 2, 25),  # COUNT=6: September to February
        )
    ]
    assert parsed["Ferienspiele"].rules == [
        RuleSpec(
            "weekly",
            time(9),
            time(12),
            weekdays=(0, 1, 2, 3, 4),
            valid_from=date(2026, 10, 19),
            valid_until=date(2026, 10, 30),
        )
    ]
    assert parsed["Ausflug zum Tetraeder"].rules == [
        RuleSpec("single", time(10), time(14), date=date(2026, 11, 21))
    ]


def test_nextcloud_exdate_list_and_rdate():
    event = by_title(parse("nextcloud.ics"))["Spieletreff"]
    assert event.rules == [
        RuleSpec("weekly", time(17), time(19), weekdays=(4,), valid_from=date(2026, 10, 2)),
        RuleSpec("single", time(17), time(19), date=date(2026, 11, 25)),
    ]
    assert event.exceptions == [
        ExceptionSpec(date(2026, 10, 30), "cancelled"),
        ExceptionSpec(date(2026, 12, 25), "cancelled"),
    ]


def test_nextcloud_rules_our_model_cannot_say_become_single_dates_with_a_note():
    parsed = parse("nextcloud.ics")
    events = by_title(parsed)
    yoga = events["Yoga am Monatsfünfzehnten"]
    assert [(rule.kind, rule.date, rule.start_time) for rule in yoga.rules] == [
        ("single", date(2026, 11, 15), time(18)),
        ("single", date(2026, 12, 15), time(18)),
    ]
    # A weekly series written in UTC moves an hour on the wall-clock at the DST change.
    run = events["Lauftreff"]
    assert [(rule.date, rule.start_time, rule.end_time) for rule in run.rules] == [
        (date(2026, 10, 23), time(18), time(19, 30)),
        (date(2026, 10, 30), time(17), time(18, 30)),
        (date(2026, 11, 6), time(17), time(18, 30)),
    ]
    assert parsed.notes == [
        f"„{title}“: die Wiederholung passt in keine Terminregel – als Einzeltermine der "
        "nächsten 12 Wochen übernommen (jede Nacht fortgeschrieben)."
        for title in ("Yoga am Monatsfünfzehnten", "Lauftreff")
    ]


def test_nextcloud_cancelled_event_and_orphan_instance():
    events = by_title(parse("nextcloud.ics"))
    market = events["Flohmarkt"]
    assert market.rules == [RuleSpec("single", time(10), time(12), date=date(2026, 11, 14))]
    assert market.exceptions == [ExceptionSpec(date(2026, 11, 14), "cancelled")]
    assert events["Vorstandssitzung offen"].rules == [
        RuleSpec("single", time(19, 30), time(21), date=date(2026, 11, 5))
    ]


def test_series_that_ended_are_not_imported():
    later = date(2027, 3, 1)
    assert "Sprechstunde Schuldnerberatung" not in by_title(parse("outlook.ics", today=later))
    assert "Ferienspiele" not in by_title(parse("outlook.ics", today=later))


@pytest.mark.parametrize("data", [b"", b"<html>Anmelden</html>", b"BEGIN:VEVENT\r\nEND:VEVENT"])
def test_unreadable_files_raise_a_german_error(data):
    with pytest.raises(calendar_import.CalendarError) as error:
        calendar_import.parse(data, TODAY, BERLIN)
    assert str(error.value).startswith("Die Datei ist kein")


class NoHolidays:
    def public_holiday(self, day):
        return None

    def school_holiday(self, day):
        return None


@pytest.mark.parametrize("name", ["google.ics", "outlook.ics", "nextcloud.ics"])
def test_every_sample_gives_the_dates_an_independent_reader_gives(name):
    """Our rules and exceptions, expanded as the board does, against recurring-ical-events over
    the next 12 weeks: the same dates at the same wall-clock times."""
    end = TODAY + timedelta(weeks=12)
    parsed = parse(name)
    ours = set()
    for event in parsed.events:
        for occurrence in schedules.expand(
            event.rules, event.exceptions, [], NoHolidays(), TODAY, end
        ):
            if not occurrence.is_cancelled:
                ours.add((event.uid, occurrence.day, occurrence.start))
    calendar = icalendar.Calendar.from_ical((FILES / name).read_bytes())
    theirs = set()
    start = datetime.combine(TODAY, time(), BERLIN)
    stop = datetime.combine(end + timedelta(days=1), time(), BERLIN)
    imported = {event.uid for event in parsed.events}
    for component in recurring_ical_events.of(calendar).between(start, stop):
        begin = component.decoded("DTSTART")
        uid = str(component["UID"])
        if uid not in imported or str(component.get("STATUS")).upper() == "CANCELLED":
            continue
        local = begin.astimezone(BERLIN)
        theirs.add((uid, local.date(), local.time().replace(tzinfo=None)))
    assert ours == theirs
    assert len(ours) > 10


def calendar(*events):
    body = "".join(f"BEGIN:VEVENT\r\n{event}END:VEVENT\r\n" for event in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}END:VCALENDAR\r\n".encode()


def test_instances_of_a_series_the_feed_lacks_become_single_dates():
    instance = "UID:fremd\r\nSUMMARY:Offene Sitzung\r\nRECURRENCE-ID:{rid}\r\nDTSTART:{start}\r\n"
    data = calendar(
        instance.format(rid="20261105T180000Z", start="20261105T183000Z"),
        instance.format(rid="20261112T180000Z", start="20261112T180000Z"),
        instance.format(rid="20261119T180000Z", start="20261119T180000Z") + "STATUS:CANCELLED\r\n",
    )
    [event] = calendar_import.parse(data, TODAY, BERLIN).events
    assert [(rule.date, rule.start_time) for rule in event.rules] == [
        (date(2026, 11, 5), time(19, 30)),
        (date(2026, 11, 12), time(19)),
    ]


@pytest.mark.parametrize(
    "rrule", ["FREQ=MINUTELY", "FREQ=SECONDLY;INTERVAL=1", "FREQ=DAILY;BYHOUR=8,9,10"]
)
def test_repetitions_by_the_hour_or_finer_are_refused_quickly(rrule):
    data = calendar(f"UID:x\r\nSUMMARY:Takt\r\nDTSTART:19900101T080000Z\r\nRRULE:{rrule}\r\n")
    parsed = calendar_import.parse(data, TODAY, BERLIN)
    assert parsed.events == []
    assert parsed.notes == ["„Takt“: Wiederholung stündlich oder öfter – nicht übernommen."]


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("DTSTART;TZID=W. Europe Standard Time:20261110T100000", time(10)),  # no VTIMEZONE
        ('DTSTART;TZID="GMT Standard Time":20261110T100000', time(11)),  # London, Windows name
        ("DTSTART;TZID=Europe/London:20260710T100000", time(11)),  # summer in both
        ("DTSTART:20261110T100000", time(10)),  # floating: the city's wall-clock
        ("DTSTART:20260710T080000Z", time(10)),  # UTC in summer time
    ],
)
def test_time_zone_variants_land_on_the_citys_wall_clock(start, expected):
    data = calendar(f"UID:a\r\nSUMMARY:X\r\n{start}\r\n")
    [event] = calendar_import.parse(data, date(2026, 7, 1), BERLIN).events
    assert event.rules[0].start_time == expected
