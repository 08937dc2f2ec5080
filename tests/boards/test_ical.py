"""Calendar feeds expanded by two independent readers and compared with the board, week by
week, over every week the board shows."""

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from dateutil.rrule import rrulestr
from django.conf import settings
from django.utils import timezone, translation
from icalendar import Calendar

from boards import ical, weeks
from offers import schedules, selectors
from offers.models import Closure, Offer, ScheduleException
from tests.factories import make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db
BERLIN = ZoneInfo("Europe/Berlin")
# Board weeks from 5 October 2026 to the week of 29 November 2027: three DST changes,
# autumn, Christmas, Easter and summer holidays, Christmas Day and New Year on Fridays.
TODAY = date(2026, 11, 30)
STATUS_WORDS = {
    "cancelled": "Fällt aus",
    "moved_away": "Verlegt",
    "moved_here": "Geänderter Termin",
}


@pytest.fixture(autouse=True)
def german():
    """Feeds and the board speak the active language; an earlier test may have left another."""
    with translation.override("de"):
        yield


@pytest.fixture
def district():
    district = make_district(slug="welheim", name="Welheim", name_fa="ولهایم")
    place = make_place(district)
    homework = make_offer(
        district,
        place=place,
        title="Hausaufgabenhilfe",
        title_fa="کمک درسی",
        rules=[
            {
                "weekdays": [1, 3],
                "start_time": time(15),
                "end_time": time(16, 30),
                "school_holidays": "pause",
            }
        ],
    )
    exceptions = [
        {"date": date(2026, 11, 10), "note": "Leitung erkrankt"},
        {"date": date(2026, 11, 12), "kind": "moved", "new_date": date(2026, 11, 13)},
        # Same day, later: one instance at the new time, not the old one as well.
        {"date": date(2027, 2, 4), "kind": "moved", "new_start_time": time(16)},
    ]
    for fields in exceptions:
        ScheduleException.objects.create(offer=homework, **fields)
    make_offer(
        district,
        title="Sonntagscafé",
        rules=[
            {
                "weekdays": [6],
                "interval_weeks": 2,
                "valid_from": date(2026, 10, 11),
                "start_time": time(11),
                "end_time": time(13),
                "on_public_holidays": True,
            }
        ],
    )
    repair = make_offer(
        district,
        place=place,
        title="Repair-Café",
        rules=[
            {
                "kind": "monthly",
                "weekdays": [4],
                "ordinal": -1,
                "start_time": time(17),
                "valid_until": date(2027, 6, 30),
            }
        ],
    )
    Closure.objects.create(
        place=repair.place,
        start_date=date(2026, 11, 27),
        end_date=date(2026, 11, 27),
        reason="Renovierung",
    )
    make_offer(
        district,
        title="Elternfrühstück",
        rules=[{"kind": "monthly", "weekdays": [1], "ordinal": 2, "start_time": time(9, 30)}],
    )
    youth = make_organisation()
    make_offer(
        district,
        organisation=youth,
        title="Jugendtreff",
        rules=[{"weekdays": [4], "start_time": time(18), "end_time": time(21)}],
    )
    Closure.objects.create(
        organisation=youth,
        start_date=date(2027, 7, 1),
        end_date=date(2027, 7, 10),
        reason="Sommerpause",
    )
    make_offer(
        district,
        title="Laternenbasteln",
        rules=[{"kind": "single", "date": date(2026, 11, 6), "start_time": time(16)}],
    )
    reading = make_offer(
        district,
        title="Lesung",
        rules=[{"kind": "single", "date": date(2027, 1, 20), "start_time": time(18)}],
    )
    ScheduleException.objects.create(offer=reading, date=date(2027, 1, 20), note="Raum belegt")
    make_offer(
        district,
        title="Osterferienprogramm",
        rules=[
            {
                "weekdays": [0, 1, 2, 3, 4],
                "start_time": time(10),
                "end_time": time(12),
                "school_holidays": "only",
                "valid_from": date(2027, 3, 1),
                "valid_until": date(2027, 4, 30),
            }
        ],
    )
    make_offer(district, title="Beratung", rules=[], times_note="nach Vereinbarung")
    return district


def _feed(district, today=TODAY):
    start, end = ical.horizon(today)
    offers = selectors.feed_offers(district, start, end)
    return ical.build(district, offers, start, end, "Wochenplan Welheim"), start, end


def _key(dtstart, summary, status):
    """(day, wall-clock time, title, status word, reason, cancelled) of one feed instance."""
    title, line = re.fullmatch(r"(.*?)(?: – (.*))?", summary).groups()
    word = next((w for w in STATUS_WORDS.values() if line and line.startswith(w)), None)
    reason = line.partition(": ")[2] if line else ""
    local = dtstart.astimezone(BERLIN)
    return (local.date(), local.time(), title, word, reason, status == "CANCELLED")


def _window(start, end):
    return datetime.combine(start, time(0), BERLIN), datetime.combine(end, time(23, 59), BERLIN)


def expand_with_recurring_ical_events(ics, start, end):
    calendar = Calendar.from_ical(ics)
    return {
        _key(e.decoded("dtstart"), str(e["summary"]), str(e.get("status", "")))
        for e in recurring_ical_events.of(calendar).between(*_window(start, end))
    }


def expand_with_dateutil(ics, start, end):
    """The same by hand: RRULE through dateutil, overridden instances replace theirs."""
    window = _window(start, end)
    series, overrides, singles = {}, {}, []
    for event in Calendar.from_ical(ics).walk("VEVENT"):
        uid = str(event["uid"])
        if "rrule" in event:
            series[uid] = event
        elif "recurrence-id" in event:
            overrides[(uid, event.decoded("recurrence-id"))] = event
        else:
            singles.append(event)
    instances = list(singles)
    for uid, event in series.items():
        rule = rrulestr(event["rrule"].to_ical().decode(), dtstart=event.decoded("dtstart"))
        for start_at in rule.between(*window, inc=True):
            instances.append(overrides.pop((uid, start_at), None) or (event, start_at))
    assert overrides == {}, "every override must replace a date of its series"
    result = set()
    for item in instances:
        event, start_at = item if isinstance(item, tuple) else (item, item.decoded("dtstart"))
        if window[0] <= start_at <= window[1]:
            result.add(_key(start_at, str(event["summary"]), str(event.get("status", ""))))
    return result


def board_occurrences(district, today=TODAY):
    """Every entry of every board week, taking place or struck through, week by week."""
    by_week = {}
    first, last = weeks.week_range(today)
    monday = first
    while monday <= last:
        entries = set()
        for day in selectors.week_plan(district, monday, today=today).days:
            for entry in day.entries:
                occ = entry.occurrence
                word = STATUS_WORDS.get(occ.status)
                note = translation.gettext(occ.note) if occ.note else ""
                entries.add((day.day, occ.start, entry.offer.title, word, note, occ.is_cancelled))
        by_week[monday] = entries
        monday += timedelta(weeks=1)
    return by_week


def by_week(instances, first, last):
    result = {monday: set() for monday in _mondays(first, last)}
    for instance in instances:
        result[schedules.week_start(instance[0])].add(instance)
    return result


def _mondays(first, last):
    return [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]


@pytest.mark.slow
@pytest.mark.parametrize("expander", [expand_with_recurring_ical_events, expand_with_dateutil])
def test_feed_equals_board_in_every_board_week(district, expander):
    ics, start, end = _feed(district)
    first, last = weeks.week_range(TODAY)
    from_feed = by_week(expander(ics, start, end), first, last)
    assert from_feed == board_occurrences(district)
    # What the comparison rests on, read off the feed:
    every = set().union(*from_feed.values())
    cafe = (time(11), "Sonntagscafé", None, "", False)
    assert (date(2026, 10, 25), *cafe) in every  # DST ends; wall clock kept
    assert (date(2027, 3, 28), *cafe) in every  # DST begins
    assert (date(2026, 10, 6), time(15), "Hausaufgabenhilfe", None, "", False) in every
    homework = (time(15), "Hausaufgabenhilfe", "Fällt aus")
    assert (date(2026, 11, 10), *homework, "Leitung erkrankt", True) in every
    assert (date(2026, 10, 20), *homework, "Herbstferien", True) in every
    assert (date(2026, 11, 12), time(15), "Hausaufgabenhilfe", "Verlegt", "", True) in every
    moved = (time(15), "Hausaufgabenhilfe", "Geänderter Termin", "", False)
    assert (date(2026, 11, 13), *moved) in every
    assert (date(2027, 2, 4), time(16), *moved[1:]) in every
    assert (date(2027, 2, 4), time(15), *moved[1:]) not in every
    assert (date(2026, 11, 27), time(17), "Repair-Café", "Fällt aus", "Renovierung", True) in every
    youth = (time(18), "Jugendtreff", "Fällt aus")
    assert (date(2026, 12, 25), *youth, "Erster Weihnachtstag", True) in every
    assert (date(2027, 7, 9), *youth, "Sommerpause", True) in every
    assert (date(2027, 1, 20), time(18), "Lesung", "Fällt aus", "Raum belegt", True) in every
    holidays = (time(10), "Osterferienprogramm")
    assert (date(2027, 3, 26), *holidays, "Fällt aus", "Karfreitag", True) in every
    assert (date(2027, 3, 30), *holidays, None, "", False) in every


def test_no_series_runs_past_the_horizon(district):
    """Holidays beyond the horizon are unknown to the feed: no date may appear there."""
    ics, _, end = _feed(district)
    later = recurring_ical_events.of(Calendar.from_ical(ics)).between(
        end + timedelta(days=1), end + timedelta(days=3 * 365)
    )
    assert later == []  # e.g. no "normal" Christmas Day 2027
    rules = [e["rrule"] for e in Calendar.from_ical(ics).walk("VEVENT") if "rrule" in e]
    assert len(rules) == 5  # weekly, every 2 weeks, two monthly, weekly
    assert all(rule["UNTIL"][0].utcoffset() == timedelta(0) for rule in rules)
    assert all(rule.to_ical().decode().split("UNTIL=")[1][15] == "Z" for rule in rules)


def test_until_is_utc_end_of_last_day(district):
    ics, _, end = _feed(district)
    events = Calendar.from_ical(ics).walk("VEVENT")
    [cafe] = [e for e in events if str(e["summary"]) == "Sonntagscafé" and "rrule" in e]
    [until] = cafe["rrule"]["UNTIL"]
    assert until == datetime.combine(end, time(23, 59, 59), BERLIN).astimezone(ZoneInfo("UTC"))
    assert cafe["dtstart"].params["TZID"] == "Europe/Berlin"
    [repair] = [e for e in events if str(e["summary"]) == "Repair-Café" and "rrule" in e]
    assert repair["rrule"]["UNTIL"][0].astimezone(BERLIN).date() == date(2027, 6, 30)


def test_horizon_is_every_board_week():
    first, last = weeks.week_range(TODAY)
    assert ical.horizon(TODAY) == (first, last + timedelta(days=6))
    assert ical.horizon(TODAY)[0] == date(2026, 10, 5)  # 31 days back would miss this week


def test_cancellation_reason_in_the_feeds_language(district):
    with translation.override("fa"):
        ics, start, end = _feed(district)
    events = recurring_ical_events.of(Calendar.from_ical(ics)).between(
        date(2026, 12, 25), date(2026, 12, 26)
    )
    [christmas] = [
        e for e in events if e["uid"].startswith(f"quartier-{_pk(district, 'Jugendtreff')}-")
    ]
    assert str(christmas["status"]) == "CANCELLED"
    assert str(christmas["summary"]) == "Jugendtreff – برگزار نمی‌شود: روز اول کریسمس"
    assert str(christmas["description"]).startswith("برگزار نمی‌شود: روز اول کریسمس\n")


def test_moved_date_says_where_to_as_the_board_does(district):
    ics, _, _ = _feed(district)
    events = recurring_ical_events.of(Calendar.from_ical(ics)).between(
        date(2026, 11, 12), date(2026, 11, 14)
    )
    summaries = {str(e["summary"]) for e in events if "Hausaufgabenhilfe" in str(e["summary"])}
    assert summaries == {
        "Hausaufgabenhilfe – Verlegt auf Freitag, 13. November",
        "Hausaufgabenhilfe – Geänderter Termin statt Donnerstag, 12. November",
    }


def test_feed_view_covers_the_first_board_week(client):
    district = make_district(slug="nord-ost")
    make_offer(district, title="Jeden Montag", rules=[{"weekdays": [0], "start_time": time(9)}])
    response = client.get("/de/nord-ost/calendar.ics")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    [event] = [e for e in events if "rrule" in e]  # the others: Easter Monday and so on
    first, last = weeks.week_range(timezone.localdate())
    assert event.decoded("dtstart").date() == first
    assert event["rrule"]["UNTIL"][0].astimezone(BERLIN).date() == last + timedelta(days=6)


def _pk(district, title):
    return district.offers.get(title_de=title).pk


def test_feed_view_in_language_with_german_fallback(client, district):
    response = client.get("/fa/welheim/calendar.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    titles = {str(e["summary"]) for e in calendar.walk("VEVENT")}
    assert "کمک درسی" in titles  # translated
    assert "Sonntagscafé" in titles  # not translated: German
    assert str(calendar["x-wr-calname"])


def test_offer_feed_has_only_that_offer(client, district):
    offer = district.offers.get(title_de="Sonntagscafé")
    response = client.get(f"/de/welheim/offers/{offer.slug}/calendar.ics")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert {str(e["summary"]) for e in events} == {"Sonntagscafé"}
    assert client.get("/de/welheim/offers/gibt-es-nicht/calendar.ics").status_code == 404


def test_board_and_offer_page_link_to_feeds(client, district):
    board = client.get("/de/welheim/").content.decode()
    assert 'href="/de/welheim/calendar.ics"' in board
    assert "webcal://" in board
    offer = district.offers.get(title_de="Hausaufgabenhilfe")
    page = client.get(f"/de/welheim/offers/{offer.slug}/").content.decode()
    assert f'href="/de/welheim/offers/{offer.slug}/calendar.ics"' in page


@pytest.mark.parametrize("language", [code for code, _ in settings.LANGUAGES])
def test_line_breaks_in_stored_texts_do_not_break_the_feed(client, language):
    district = make_district(slug="welheim")
    place = make_place(district, name="Haus\r\nam Markt")
    offer = make_offer(district, place=place, slug="turnen")
    broken = "Turnen\nfür\r\nalle\x0b\u202e"
    Offer.objects.filter(pk=offer.pk).update(
        **{f"title_{code}": broken for code, _ in settings.LANGUAGES},
        summary_de="Zeile\neins",
        times_note_de="\r",
    )
    ScheduleException.objects.filter(offer=offer).delete()
    today = timezone.localdate()
    monday = today + timedelta(days=7 - today.weekday())  # the factory's rule: Mon–Fri
    ScheduleException.objects.create(offer=offer, date=monday, note="krank\r\nheute")
    for url in [
        f"/{language}/welheim/offers/turnen/calendar.ics",
        f"/{language}/welheim/calendar.ics",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        events = Calendar.from_ical(response.content).walk("VEVENT")
        summaries = [str(event["summary"]) for event in events]
        assert summaries[0] == "Turnen für  alle"
        assert any(s.endswith(("krank heute", "krank  heute")) for s in summaries), summaries
        assert str(events[0]["location"]).startswith("Haus  am Markt, ")
    offer_feed = client.get(f"/{language}/welheim/offers/turnen/calendar.ics").content
    assert str(Calendar.from_ical(offer_feed)["x-wr-calname"]) == "Turnen für  alle"
