"""Calendar feeds parsed with icalendar and compared with what the board shows."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from boards import ical
from offers import schedules, selectors
from offers.models import Closure, Offer, ScheduleException
from tests.factories import make_district, make_offer, make_place

pytestmark = pytest.mark.django_db
BERLIN = ZoneInfo("Europe/Berlin")
START, END = date(2026, 10, 1), date(2026, 11, 30)  # DST ends 25 October; autumn holidays


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
    ScheduleException.objects.create(offer=homework, date=date(2026, 11, 10), note="krank")
    ScheduleException.objects.create(
        offer=homework, date=date(2026, 11, 12), kind="moved", new_date=date(2026, 11, 13)
    )
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
        rules=[{"kind": "monthly", "weekdays": [4], "ordinal": -1, "start_time": time(17)}],
    )
    Closure.objects.create(
        place=repair.place, start_date=date(2026, 11, 27), end_date=date(2026, 11, 27), reason="x"
    )
    make_offer(
        district,
        title="Laternenbasteln",
        rules=[{"kind": "single", "date": date(2026, 11, 6), "start_time": time(16)}],
    )
    make_offer(district, title="Beratung", rules=[], times_note="nach Vereinbarung")
    return district


def _exdates(event):
    value = event.get("exdate")
    if value is None:
        return set()
    values = value if isinstance(value, list) else [value]
    return {d.dt for v in values for d in v.dts}


def feed_occurrences(ics, start, end):
    """(day, wall-clock time, title) of every event date in [start, end], as a calendar app
    would show them."""
    result = set()
    window = (
        datetime.combine(start, time(0), tzinfo=BERLIN),
        datetime.combine(end, time(23, 59), tzinfo=BERLIN),
    )
    for event in Calendar.from_ical(ics).walk("VEVENT"):
        dtstart = event.decoded("dtstart")
        title = str(event["summary"])
        if "rrule" in event:
            rule = rrulestr(event["rrule"].to_ical().decode(), dtstart=dtstart)
            excluded = _exdates(event)
            dates = [d for d in rule.between(*window, inc=True) if d not in excluded]
        else:
            dates = [dtstart] if window[0] <= dtstart <= window[1] else []
        result |= {(d.date(), d.timetz().replace(tzinfo=None), title) for d in dates}
    return result


def board_occurrences(district, start, end):
    """The same for the board: every date shown as taking place, week by week."""
    result = set()
    monday = schedules.week_start(start)
    while monday <= end:
        for day in selectors.week_plan(district, monday).days:
            for entry in day.entries:
                occurrence = entry.occurrence
                if start <= day.day <= end and not occurrence.is_cancelled:
                    title = entry.offer.title
                    if occurrence.status == "moved_here":
                        title += " (Geänderter Termin)"
                    result.add((day.day, occurrence.start, title))
        monday += timedelta(weeks=1)
    return result


def test_district_feed_matches_board_for_two_months(district):
    offers = selectors.feed_offers(district, START, END)
    ics = ical.build(district, offers, START, END, "Wochenplan Welheim")
    from_feed = feed_occurrences(ics, START, END)
    assert from_feed == board_occurrences(district, START, END)
    # The checks the comparison rests on:
    assert (date(2026, 10, 25), time(11), "Sonntagscafé") in from_feed  # DST day, wall clock
    assert (date(2026, 11, 8), time(11), "Sonntagscafé") in from_feed
    assert (date(2026, 10, 20), time(15), "Hausaufgabenhilfe") not in from_feed  # holidays
    assert (date(2026, 11, 10), time(15), "Hausaufgabenhilfe") not in from_feed  # cancelled
    assert (date(2026, 11, 13), time(15), "Hausaufgabenhilfe (Geänderter Termin)") in from_feed
    assert (date(2026, 11, 27), time(17), "Repair-Café") not in from_feed  # closure
    assert (date(2026, 10, 30), time(17), "Repair-Café") in from_feed
    assert len(from_feed) > 15


def test_dst_change_kept_as_utc_shift(district):
    offers = selectors.feed_offers(district, START, END)
    ics = ical.build(district, offers, START, END, "x")
    [cafe] = [e for e in Calendar.from_ical(ics).walk("VEVENT") if "Sonntagscafé" in e["summary"]]
    rule = rrulestr(cafe["rrule"].to_ical().decode(), dtstart=cafe.decoded("dtstart"))
    before, after = rule[0], rule[2]  # 11 October (CEST) and 8 November (CET)
    assert (before.utcoffset(), after.utcoffset()) == (timedelta(hours=2), timedelta(hours=1))
    assert cafe["dtstart"].params["TZID"] == "Europe/Berlin"
    assert Calendar.from_ical(ics).walk("VTIMEZONE")[0]["TZID"] == "Europe/Berlin"


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


@pytest.mark.parametrize("language", ["de", "ru", "ar", "fa"])
def test_line_breaks_in_stored_texts_do_not_break_the_feed(client, language):
    district = make_district(slug="welheim")
    place = make_place(district, name="Haus\r\nam Markt")
    offer = make_offer(district, place=place, slug="turnen")
    broken = "Turnen\nfür\r\nalle\x0b\u202e"
    Offer.objects.filter(pk=offer.pk).update(
        **{f"title_{code}": broken for code in ("de", "ru", "ar", "fa")},
        summary_de="Zeile\neins",
        times_note_de="\r",
    )
    for url in [
        f"/{language}/welheim/offers/turnen/calendar.ics",
        f"/{language}/welheim/calendar.ics",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        event = Calendar.from_ical(response.content).walk("VEVENT")[0]
        assert str(event["summary"]) == "Turnen für  alle"
        assert str(event["location"]).startswith("Haus  am Markt, ")
    offer_feed = client.get(f"/{language}/welheim/offers/turnen/calendar.ics").content
    assert str(Calendar.from_ical(offer_feed)["x-wr-calname"]) == "Turnen für  alle"
