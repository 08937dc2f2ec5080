"""Opening hours on the place page and the infoscreen: the grouped week in the reader's
language, "jetzt geöffnet/geschlossen" right at request time although the page is cached,
closures on top, and a pinned number of queries."""

import json
from collections import Counter
from datetime import UTC, date, datetime, time

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.signals import template_rendered
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from boards.bidi import LRI, PDI
from offers.models import Closure
from tests.factories import make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db

WEEK = [[["09:00", "12:00"], ["14:00", "17:00"]]] * 5 + [[["10:00", "13:00"]], []]
URL = "/{language}/welheim/places/halle/"


@pytest.fixture
def place():
    district = make_district(slug="welheim", name="Welheim")
    organisation = make_organisation(slug="verein")
    return make_place(
        district,
        organisation=organisation,
        slug="halle",
        hours=WEEK,
        opening_hours="in den Schulferien nur vormittags",
    )


@pytest.fixture
def clock(monkeypatch):
    """Sets the time the whole request sees (views, cache keys, selectors)."""

    def set_to(*args):
        moment = datetime(*args, tzinfo=UTC)
        monkeypatch.setattr(timezone, "now", lambda: moment)

    return set_to


def hours_box(client, language="de"):
    page = BeautifulSoup(client.get(URL.format(language=language)).content, "html.parser")
    return page.select_one("dd.hours")


def text(node):
    return " ".join(node.get_text(" ").split())


@pytest.mark.parametrize(
    ("language", "state", "week", "closed"),
    [
        ("de", "jetzt geöffnet bis 12:00", "Mo–Fr", "So geschlossen"),
        ("ru", "сейчас открыто до 12:00", "Пн–Пт", "Вс закрыто"),
        ("uk", "зараз відчинено до 12:00", "Пн–Пт", "Нд зачинено"),
        ("tr", "şu an açık (kapanış: 12:00)", "Pzt–Cum", "Paz kapalı"),
        ("ar", "مفتوح الآن حتى الساعة 12:00", "من الاثنين إلى الجمعة", "الأحد مغلق"),
        ("fa", "اکنون باز است تا ساعت 12:00", "دوشنبه تا جمعه", "یک‌شنبه بسته"),
    ],
)
def test_the_place_page_shows_the_week_and_the_state_in_every_language(
    client, place, clock, language, state, week, closed
):
    clock(2026, 11, 30, 9, 0)  # Monday 10:00 in Bottrop
    box = hours_box(client, language)
    shown = text(box).replace(LRI, "").replace(PDI, "").replace("\u2060", "")
    assert state in shown
    assert f"{week} 9:00–12:00" in shown
    assert closed in shown
    assert "in den Schulferien nur vormittags" in shown  # the note, German (not translated)


def test_on_rtl_pages_each_range_is_an_isolated_unit_in_reading_order(client, place, clock):
    clock(2026, 11, 30, 9, 0)
    first_line = hours_box(client, "ar").select_one(".hours-week li")
    raw = first_line.decode_contents()
    assert f"{LRI}9:00\u2060–\u206012:00{PDI}" in raw
    assert raw.index("9:00") < raw.index("14:00")  # logical order: first range read first


@pytest.mark.parametrize(
    ("moment", "state"),
    [
        ((2026, 11, 30, 8, 59), "jetzt geöffnet bis 12:00"),  # Mo 9:59
        ((2026, 11, 30, 11, 0), "jetzt geschlossen – öffnet wieder heute 14:00"),  # 12:00
        ((2026, 11, 28, 12, 0), "jetzt geschlossen – öffnet wieder Mo 9:00"),  # Sa 13:00
    ],
)
def test_the_state_follows_the_clock(client, place, clock, moment, state):
    clock(*moment)
    assert text(hours_box(client).select_one(".hours-state")) == state


def test_a_cached_page_is_never_wrong_about_the_state(client, place, clock, page_cache):
    rendered = Counter()

    def count(sender, template, **kwargs):
        rendered[template.name] += 1

    template_rendered.connect(count)
    try:
        clock(2026, 11, 30, 10, 59, 10)  # Mo 11:59:10
        assert "geöffnet" in text(hours_box(client).select_one(".hours-state"))
        clock(2026, 11, 30, 10, 59, 50)  # the same minute: from the cache
        assert "geöffnet" in text(hours_box(client).select_one(".hours-state"))
        assert rendered["boards/place.html"] == 1
        clock(2026, 11, 30, 11, 0, 5)  # 12:00: closed, rendered anew
        assert "geschlossen" in text(hours_box(client).select_one(".hours-state"))
        assert rendered["boards/place.html"] == 2
    finally:
        template_rendered.disconnect(count)


def test_a_closure_of_the_place_or_its_provider_closes_it(client, place, clock):
    clock(2026, 11, 30, 9, 0)
    Closure.objects.create(
        organisation=place.organisation,
        start_date=date(2026, 11, 30),
        end_date=date(2026, 12, 1),
        reason="Fortbildung",
    )
    assert text(hours_box(client).select_one(".hours-state")) == (
        "jetzt geschlossen – öffnet wieder Mi 9:00"
    )


def test_a_place_without_hours_shows_only_its_note(client, place, clock):
    type(place).objects.filter(pk=place.pk).update(hours=None)
    box = hours_box(client)
    assert box.select_one(".hours-state") is None
    assert text(box) == "in den Schulferien nur vormittags"


def test_place_page_queries_are_pinned(client, place, clock):
    clock(2026, 11, 30, 9, 0)
    for _ in range(5):
        make_offer(place.district, place=place)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(URL.format(language="de")).status_code == 200
    # Pinned: district, place (with provider and district), offers, their rules, target
    # groups and categories, the city (footer), and one for the closures that decide
    # "jetzt geöffnet" (the hours come with the place).
    assert len(ctx.captured_queries) == 8


def test_the_infoscreen_marks_places_open_or_closed(client, place, clock):
    clock(2026, 11, 30, 9, 0)  # Mo 10:00
    other = make_place(place.district, slug="saal", hours=[[]] * 7)
    make_offer(place.district, place=place, title="Turnen", rules=[_today(11)])
    make_offer(place.district, place=other, title="Chor", rules=[_today(12)])
    page = BeautifulSoup(client.get("/de/welheim/screen/").content, "html.parser")
    marks = {
        text(item.select_one(".screen-title")): text(item.select_one(".screen-open"))
        for item in page.select(".screen-entries li")
    }
    assert marks == {"Turnen": "geöffnet", "Chor": "geschlossen"}


def _today(hour):
    return {"weekdays": [0], "start_time": time(hour), "end_time": time(hour + 1)}


def test_search_engines_read_the_hours_as_schema_org_data(client, place, clock):
    clock(2026, 11, 30, 9, 0)
    page = BeautifulSoup(client.get(URL.format(language="de")).content, "html.parser")
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["openingHoursSpecification"][0] == {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        "opens": "09:00",
        "closes": "12:00",
    }
    assert len(data["openingHoursSpecification"]) == 3
