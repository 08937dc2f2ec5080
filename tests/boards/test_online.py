"""Online and hybrid offers on the public side: the join link shows on the offer page only from
15 minutes before a date until its end (the page cache included), never on the board, in
print, in calendars, feeds or open data; the board's "Besonderes" filter."""

import json
from datetime import UTC, date, datetime, time

import pypdfium2
import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from offers import selectors
from offers.models import Offer
from opendata import hsds
from tests.factories import make_district, make_offer, make_place

pytestmark = pytest.mark.django_db

JOIN = "https://meet.example.org/welheim-deutsch"
HOST = "meet.example.org"
# Tuesdays 18:00–19:30 Berlin time; 1 December 2026 is a Tuesday (winter time: UTC+1).
TUESDAYS = [{"weekdays": [1], "start_time": time(18), "end_time": time(19, 30)}]
PAGE = "/{language}/welheim/offers/deutsch-online/"


@pytest.fixture
def clock(monkeypatch):
    """Sets the time the whole request sees (views, cache keys, selectors), in UTC."""

    def set_to(*args):
        moment = datetime(*args, tzinfo=UTC)
        monkeypatch.setattr(timezone, "now", lambda: moment)

    set_to(2026, 12, 1, 12, 0)  # Tuesday 13:00: before the date
    return set_to


@pytest.fixture
def district():
    return make_district(slug="welheim", name="Welheim")


@pytest.fixture
def online(district, clock):
    offer = make_offer(
        district,
        slug="deutsch-online",
        title="Deutsch online",
        attendance="online",
        online_url=JOIN,
        rules=TUESDAYS,
    )
    Offer.objects.filter(pk=offer.pk).update(place=None)
    return offer


@pytest.fixture
def hybrid(district, clock):
    return make_offer(
        district,
        slug="elterncafe-hybrid",
        title="Elterncafé",
        attendance="hybrid",
        online_url="https://meet.example.org/elterncafe",
        rules=TUESDAYS,
    )


def page(client, language="de"):
    response = client.get(PAGE.format(language=language))
    assert response.status_code == 200
    return response, BeautifulSoup(response.content.decode(), "html.parser")


def join_box(client, language="de"):
    return page(client, language)[1].select_one(".join")


def text(node):
    return " ".join(node.get_text(" ").split())


# --- The offer page ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        ((2026, 12, 1, 16, 44), False),  # 17:44 Berlin: 16 minutes before
        ((2026, 12, 1, 16, 45), True),  # 17:45: from 15 minutes before
        ((2026, 12, 1, 18, 0), True),  # 19:00: during
        ((2026, 12, 1, 18, 30), False),  # 19:30: ended
        ((2026, 12, 2, 17, 0), False),  # Wednesday: no date
    ],
)
def test_the_offer_page_shows_the_link_only_around_a_date(client, online, clock, moment, shown):
    clock(*moment)
    response, soup = page(client)
    box = soup.select_one(".join")
    assert (JOIN in response.content.decode()) is shown
    if shown:
        assert box.select_one("a.button")["href"] == JOIN
        assert (
            text(box.select_one(".join-note")) == f"Der Link führt zu einer anderen Seite ({HOST})"
        )
    else:
        assert box.select_one("a.button") is None
        assert (
            text(box.select_one(".join-note")) == "Der Link erscheint hier 15 Minuten vor Beginn."
        )


def test_a_cancelled_date_shows_no_link(client, online, clock):
    online.exceptions.create(date=date(2026, 12, 1), kind="cancelled")
    clock(2026, 12, 1, 17, 0)
    assert JOIN not in page(client)[0].content.decode()


def test_first_timers_find_the_help_of_their_district(client, online, clock):
    help_link = join_box(client).select_one(".join-help a")
    assert help_link["href"] == "/de/digital/#digital-welheim"
    assert text(help_link) == "Zum ersten Mal online? Hilfe mit Handy und Internet"


def test_the_help_link_leads_to_the_anchor_places_of_the_district(client, online, district):
    make_place(district, name="Stadtteilbücherei Welheim", digital_anchor=True, wifi=True)
    path, anchor = join_box(client).select_one(".join-help a")["href"].split("#")
    target = BeautifulSoup(client.get(path).content, "html.parser").find(id=anchor)
    assert target is not None
    assert "Stadtteilbücherei Welheim" in target.find_parent("section").get_text()


@pytest.mark.parametrize(
    ("language", "waiting", "leaving"),
    [
        (
            "fa",
            "لینک 15 دقیقه پیش از شروع اینجا نمایش داده می‌شود.",
            "این لینک شما را به سایت دیگری می‌برد",
        ),
        ("uk", "Посилання з’явиться тут за 15 хвилин до початку.", "Посилання веде на інший сайт"),
    ],
)
def test_the_notes_read_in_the_pages_language(client, online, clock, language, waiting, leaving):
    assert text(join_box(client, language).select_one(".join-note")) == waiting
    clock(2026, 12, 1, 17, 0)
    note = join_box(client, language).select_one(".join-note")
    assert text(note).startswith(leaving)
    # On RTL pages the host is one isolated left-to-right unit (boards.bidi).
    assert (f"\u2066{HOST}\u2069" if language == "fa" else f"({HOST})") in note.get_text()


def test_a_hybrid_offer_shows_its_place_and_the_link_in_the_window(client, hybrid, clock):
    clock(2026, 12, 1, 17, 0)
    soup = BeautifulSoup(client.get("/de/welheim/offers/elterncafe-hybrid/").content, "html.parser")
    where = soup.select_one(".facts")
    assert where.select_one("a[href^='/de/welheim/places/']") is not None
    assert where.select_one(".join a.button")["href"] == "https://meet.example.org/elterncafe"
    badge = soup.select_one(".badges .badge-online")
    assert text(badge) == "vor Ort und online"


def test_the_page_cache_follows_the_window(client, online, clock, page_cache, rendered_templates):
    clock(2026, 12, 1, 16, 40)  # 17:40
    assert JOIN not in page(client)[0].content.decode()
    clock(2026, 12, 1, 16, 44, 59)  # still before: from the cache
    assert JOIN not in page(client)[0].content.decode()
    assert rendered_templates["boards/offer.html"] == 1
    clock(2026, 12, 1, 16, 45)  # 17:45: the link appears at once
    first, _ = page(client)
    assert JOIN in first.content.decode()
    clock(2026, 12, 1, 18, 29, 59)  # 19:29:59: the same page, from the cache
    again, _ = page(client)
    assert (again["ETag"], again.content) == (first["ETag"], first.content)
    assert rendered_templates["boards/offer.html"] == 2
    clock(2026, 12, 1, 18, 30)  # 19:30: gone at once
    after, _ = page(client)
    assert JOIN not in after.content.decode()
    assert after["ETag"] != first["ETag"]


def test_a_conditional_request_never_keeps_a_link_past_the_end(client, online, clock, page_cache):
    clock(2026, 12, 1, 17, 0)
    inside, _ = page(client)
    clock(2026, 12, 1, 18, 31)
    response = client.get(PAGE.format(language="de"), HTTP_IF_NONE_MATCH=inside["ETag"])
    assert response.status_code == 200
    assert JOIN not in response.content.decode()


def test_pages_of_offers_on_site_stay_cached_all_day(
    client, district, clock, page_cache, rendered_templates
):
    make_offer(district, slug="schach")
    for hour in (8, 12, 17):
        clock(2026, 12, 1, hour, 0)
        assert client.get("/de/welheim/offers/schach/").status_code == 200
    assert rendered_templates["boards/offer.html"] == 1


def test_join_windows_queries_do_not_grow_with_the_offers(district, clock):
    def count(number):
        for n in range(number):
            offer = make_offer(
                district,
                slug=f"o{number}-{n}",
                attendance="hybrid",
                online_url=JOIN,
                rules=TUESDAYS,
            )
            assert offer.is_online
        with CaptureQueriesContext(connection) as ctx:
            windows = selectors.join_windows(date(2026, 12, 1))
        return len(ctx.captured_queries), windows

    small, windows = count(5)
    large, more = count(50)
    assert small == large == 4  # offers, rules, exceptions, closures
    assert len(more) == 55 and all(len(found) == 1 for found in more.values())


# --- Never anywhere else ------------------------------------------------------------------------


def test_the_board_shows_the_badge_but_never_the_link(client, online, hybrid, clock):
    clock(2026, 12, 1, 17, 0)  # inside both windows
    body = client.get("/de/welheim/?week=2026-W49").content.decode()
    assert "meet.example.org" not in body
    soup = BeautifulSoup(body, "html.parser")
    assert {text(b) for b in soup.select(".badge-online")} == {"online", "vor Ort und online"}


def test_a_date_inside_the_window_leaves_no_link_in_the_structured_data(client, online, clock):
    clock(2026, 12, 1, 17, 0)
    soup = page(client)[1]
    data = [
        json.loads(script.string) for script in soup.select("script[type='application/ld+json']")
    ]
    events = [item for block in data for item in (block if isinstance(block, list) else [block])]
    event = next(item for item in events if item.get("@type") == "Event")
    assert "meet.example.org" not in json.dumps(data)
    assert event["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert event["location"]["description"].startswith("Online-Angebot: den Link finden Sie")


@pytest.mark.parametrize(
    ("path", "instruction"),
    [
        ("/de/welheim/calendar.ics", "Online-Angebot: den Link finden Sie 15 Minuten vor"),
        ("/de/welheim/offers/deutsch-online/calendar.ics", "Online-Angebot: den Link finden"),
        ("/uk/welheim/calendar.ics", "Онлайн-заняття: посилання"),
        ("/de/welheim/feed.atom", "Online-Angebot: den Link finden Sie 15 Minuten vor Beginn"),
        ("/fa/welheim/feed.atom", "فعالیت آنلاین"),
        ("/api/hsds/services/{service}", "Online-Angebot: den Link finden Sie 15 Minuten"),
        ("/data/offers.csv", "Online-Angebot: den Link finden Sie 15 Minuten vor Beginn"),
        ("/data/offers.json", "Online-Angebot: den Link finden Sie 15 Minuten vor Beginn"),
    ],
)
def test_feeds_and_open_data_say_where_to_find_the_link_never_the_link(
    client, online, hybrid, clock, path, instruction
):
    clock(2026, 12, 1, 17, 0)  # inside the window: a cached feed must not catch the link
    response = client.get(path.format(service=hsds.stable_id("service", online.pk)))
    assert response.status_code == 200
    body = response.content.decode("utf-8-sig")
    assert "meet.example.org" not in body
    unfolded = body.replace("\r\n ", "").replace("\\,", ",")  # iCal folds long lines
    assert instruction in unfolded
    assert "/welheim/offers/deutsch-online/" in unfolded


@pytest.mark.pdf
@pytest.mark.parametrize("product", ["flyer", "sticker", "plan"])
def test_print_products_never_carry_the_link(client, online, hybrid, clock, product):
    clock(2026, 12, 1, 17, 0)
    response = client.get(f"/de/welheim/{product}.pdf")
    assert response.status_code == 200
    document = pypdfium2.PdfDocument(response.content)
    words = "".join(p.get_textpage().get_text_range() for p in document)
    assert HOST not in words
    assert HOST.encode() not in response.content  # nor as a link annotation


# --- The board's filter ---------------------------------------------------------------------------


def titles(client, query):
    response = client.get(f"/de/welheim/?week=2026-W49&{query}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {text(title) for title in soup.select(".entry-title")}


def test_the_extra_filter_narrows_the_board(client, district, online, hybrid):
    make_offer(district, title="Krabbelgruppe", childcare=True)
    make_offer(district, title="Schach")
    everything = {"Deutsch online", "Elterncafé", "Krabbelgruppe", "Schach"}
    assert titles(client, "extra=") == everything
    assert titles(client, "extra=online") == {"Deutsch online", "Elterncafé"}
    assert titles(client, "extra=childcare") == {"Krabbelgruppe"}


def test_the_chosen_extra_stays_chosen_and_keys_the_week_links(client, district, online):
    soup = BeautifulSoup(client.get("/fa/welheim/?extra=childcare").content, "html.parser")
    select = soup.select_one("select[name=extra]")
    assert select.select_one("option[selected]")["value"] == "childcare"
    assert text(soup.select_one("label[for=id_extra]")) == "موارد ویژه"
    assert [o["value"] for o in select.select("option")] == ["", "online", "childcare", "digital"]
    links = [a["href"] for a in soup.select("a[href*='week=']")]
    assert links and all("extra=childcare" in href for href in links)


@pytest.mark.parametrize("value", ["zoom", "ONLINE", "online%00", "x" * 300])
def test_an_unknown_extra_is_a_bad_request_in_the_visitors_language(client, district, value):
    response = client.get(f"/uk/welheim/?extra={value}")
    assert response.status_code == 400
    assert 'lang="uk"' in response.content.decode()


def test_the_extra_filter_adds_no_query_at_any_size(client, district, clock):
    def count(number):
        other = make_district(slug=f"d{number}")
        for n in range(number):
            make_offer(other, slug=f"f{number}-{n}", childcare=bool(n % 2))
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(f"/de/{other.slug}/?week=2026-W49&extra=childcare")
        assert response.status_code == 200
        shown = response.content.decode().count('class="entry-time"')
        return len(ctx.captured_queries), shown

    small, small_shown = count(4)
    large, large_shown = count(40)
    assert small == large == 11  # as the unfiltered board (test_queries.py)
    assert (small_shown, large_shown) == (2 * 5, 20 * 5)
