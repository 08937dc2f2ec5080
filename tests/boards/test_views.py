"""The public board as a resident sees it: pages, the plan, filters, bad input."""

from datetime import date, time, timedelta

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import timezone, translation

from offers import schedules
from offers.models import Closure, ScheduleException
from tests.factories import make_category, make_district, make_group, make_offer, make_place

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def board_url(district, **query):
    params = "&".join(f"{k}={v}" for k, v in query.items())
    return f"/de/{district.slug}/" + (f"?{params}" if params else "")


def day_items(page):
    return page.select("ol.days > li.day")


def test_root_redirects_by_accept_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert (response.status_code, response["Location"]) == (302, "/de/")


def test_root_redirects_unknown_language_to_german(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="sw")
    assert response["Location"] == "/de/"


def test_start_page_lists_districts(client):
    make_district(name="Welheim", slug="welheim")
    make_district(name="Altstadt", slug="altstadt")
    page = soup(client.get("/de/"))
    links = [a["href"] for a in page.select(".district-list a")]
    assert links == ["/de/altstadt/", "/de/welheim/"]


def test_board_shows_seven_real_days_of_current_week_with_today_marked(client):
    district = make_district()
    make_offer(district, title="Hausaufgabenhilfe")
    today = timezone.localdate()
    monday = schedules.week_start(today)

    page = soup(client.get(board_url(district)))

    days = day_items(page)
    assert [d.select_one(".day-head time")["datetime"] for d in days] == [
        (monday + timedelta(days=i)).isoformat() for i in range(7)
    ]
    today_items = page.select("li.day.is-today")
    assert len(today_items) == 1
    assert today_items[0]["aria-current"] == "date"
    assert today_items[0].select_one(".day-head time")["datetime"] == today.isoformat()


def test_board_marks_up_each_occurrence_with_time_element(client, wide_weeks):
    district = make_district()
    make_offer(
        district,
        title="Krabbelgruppe",
        rules=[{"weekdays": [1], "start_time": time(9, 30), "end_time": time(11)}],
    )

    page = soup(client.get(board_url(district, week="2026-W48")))

    entry = page.select_one(".entry")
    assert entry.select_one(".entry-title").get_text(strip=True) == "Krabbelgruppe"
    assert [t["datetime"] for t in entry.select(".entry-time time")] == [
        "2026-11-24T09:30",
        "2026-11-24T11:00",
    ]


def test_week_links_go_to_previous_and_next_week_keeping_filters(client, wide_weeks):
    district = make_district()
    group = make_group(slug="kinder")
    page = soup(client.get(board_url(district, week="2026-W48", group=group.slug)))
    prev_link = page.select_one("a[rel=prev]")["href"]
    next_link = page.select_one("a[rel=next]")["href"]
    assert "week=2026-W47" in prev_link and "group=kinder" in prev_link
    assert "week=2026-W49" in next_link and "group=kinder" in next_link


def test_holiday_named_on_its_day_and_offer_cancelled(client, wide_weeks):
    district = make_district()
    make_offer(
        district, title="Seniorengymnastik", rules=[{"weekdays": [4], "start_time": time(10)}]
    )

    page = soup(client.get(board_url(district, week="2026-W52")))

    friday = day_items(page)[4]
    assert (
        friday.select_one(".holiday").get_text(" ", strip=True) == "Feiertag: Erster Weihnachtstag"
    )
    entry = friday.select_one(".entry")
    assert "is-cancelled" in entry["class"]
    assert entry.select_one(".entry-title s").get_text(strip=True) == "Seniorengymnastik"
    assert "Erster Weihnachtstag" in entry.select_one(".entry-status").get_text()


def test_cancelled_occurrence_struck_through_with_reason(client, wide_weeks):
    district = make_district()
    offer = make_offer(district, title="Fußball", rules=[{"weekdays": [1], "start_time": time(16)}])
    ScheduleException.objects.create(offer=offer, date=date(2026, 11, 24), note="Halle gesperrt")

    page = soup(client.get(board_url(district, week="2026-W48")))

    entry = page.select_one(".entry.is-cancelled")
    assert entry.select_one(".entry-time s time")["datetime"] == "2026-11-24T16:00"
    assert (
        entry.select_one(".entry-status").get_text(" ", strip=True) == "Fällt aus : Halle gesperrt"
    )


def test_closure_of_place_cancels_its_offers(client, wide_weeks):
    district = make_district()
    place = make_place(district)
    make_offer(district, place=place, rules=[{"weekdays": [2], "start_time": time(14)}])
    Closure.objects.create(
        place=place,
        start_date=date(2026, 11, 23),
        end_date=date(2026, 11, 27),
        reason="Renovierung",
    )
    page = soup(client.get(board_url(district, week="2026-W48")))
    assert "Renovierung" in page.select_one(".entry.is-cancelled .entry-status").get_text()


def test_filters_by_target_group_and_category_without_javascript(client, wide_weeks):
    district = make_district()
    kids, seniors = make_group(slug="kinder"), make_group(slug="senioren")
    sport = make_category(slug="sport")
    make_offer(district, title="Kinderturnen", groups=[kids], categories=[sport])
    make_offer(district, title="Seniorencafé", groups=[seniors])

    def titles(**query):
        page = soup(client.get(board_url(district, week="2026-W48", **query)))
        return sorted({e.get_text(strip=True) for e in page.select(".entry-title")})

    assert titles() == ["Kinderturnen", "Seniorencafé"]
    assert titles(group="kinder") == ["Kinderturnen"]
    assert titles(group="senioren") == ["Seniorencafé"]
    assert titles(category="sport") == ["Kinderturnen"]
    assert titles(group="senioren", category="sport") == []


def test_filter_form_is_a_get_form_that_keeps_the_week(client, wide_weeks):
    district = make_district()
    page = soup(client.get(board_url(district, week="2026-W48")))
    form = page.select_one("form.filters")
    assert form["method"] == "get"
    assert form.select_one("input[name=week]")["value"] == "2026-W48"
    assert {s["name"] for s in form.select("select")} == {"group", "category", "extra"}


@pytest.mark.parametrize("language", ["de", "fa"])
def test_filter_form_labels_its_choices_in_the_language_and_keeps_the_chosen(
    client, wide_weeks, language
):
    district = make_district()
    make_group(slug="kinder", name="Kinder", name_fa="کودکان")
    make_group(slug="boese", name='<img src=x onerror="alert(1)">Gruppe')
    make_category(slug="sport", name="Sport")
    response = client.get(f"/{language}/{district.slug}/?group=kinder&week=2026-W48")
    form = soup(response).select_one("form.filters[role=search]")
    group = form.select_one("select#id_group")
    assert form.select_one("label[for=id_group]") is not None
    options = {o["value"]: o for o in group.select("option")}
    assert options["kinder"].text == ("کودکان" if language == "fa" else "Kinder")
    assert options["kinder"].has_attr("selected")
    assert not options[""].has_attr("selected")
    assert options["boese"].text.startswith("<img")  # shown as text …
    assert b'<img src=x onerror="alert(1)">' not in response.content  # … never as markup
    category = form.select_one("select#id_category")
    assert category.select_one("option[selected]")["value"] == ""
    assert form.select_one("button[type=submit]").text == (
        "نمایش" if language == "fa" else "Anzeigen"
    )


def test_offers_without_fixed_times_listed_below_plan(client):
    district = make_district()
    make_offer(district, title="Erziehungsberatung", rules=[], times_note="nach Vereinbarung")
    page = soup(client.get(board_url(district)))
    untimed = page.select_one("section.untimed")
    assert untimed.select_one("h3").get_text(strip=True) == "Erziehungsberatung"
    assert "nach Vereinbarung" in untimed.get_text()
    assert page.select(".days .entry") == []


def test_unpublished_offer_not_on_board(client):
    district = make_district()
    make_offer(district, title="Entwurf", status="draft")
    assert "Entwurf" not in client.get(board_url(district)).content.decode()


def test_offer_page_shows_details_and_next_dates(client):
    district = make_district()
    offer = make_offer(
        district,
        title="Sprachcafé",
        is_free=False,
        cost_note="1 € für Kaffee",
        registration_required=True,
        languages=["de", "ar"],
    )
    response = client.get(f"/de/{district.slug}/offers/{offer.slug}/")
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Sprachcafé"
    text = page.select_one(".facts").get_text(" ", strip=True)
    assert "1 € für Kaffee" in text and "Deutsch, Arabisch" in text and "nötig" in text
    assert len(page.select(".date-list time")) >= 20  # weekdays over eight weeks


def test_place_page_lists_its_offers(client):
    district = make_district()
    place = make_place(district, name="Jugendtreff Mitte", step_free=True)
    make_offer(district, place=place, title="Offener Treff")
    page = soup(client.get(f"/de/{district.slug}/places/{place.slug}/"))
    assert page.h1.get_text(strip=True) == "Jugendtreff Mitte"
    assert [h.get_text(strip=True) for h in page.select(".card h3")] == ["Offener Treff"]
    assert "stufenlos erreichbar" in page.select_one(".facts").get_text()


def test_markup_in_offer_text_is_escaped(client):
    district = make_district()
    make_offer(district, title="<script>alert(1)</script>Treff", summary="<b>fett</b>")
    body = client.get(board_url(district)).content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;Treff" in body


@pytest.mark.parametrize("language", ["de", "fa"])
def test_markup_in_every_text_of_a_board_entry_is_escaped(client, language):
    """The board's entries are written in Python (boards/plan_html.py), without autoescape:
    every text they show must still come out escaped."""
    tag = "<img src=x onerror=alert(1)>"
    district = make_district()
    place = make_place(district, name=f"Ort {tag}")
    group = make_group(name=f"Gruppe {tag}", name_fa=f"گروه {tag}")
    offer = make_offer(
        district,
        place=place,
        groups=[group],
        title=f"Titel {tag}",
        title_fa=f"عنوان {tag}",
        is_free=False,
        cost_note=f"2 € {tag}",
        cost_note_fa=f"۲ یورو {tag}",
    )
    wednesday = schedules.week_start(timezone.localdate()) + timedelta(days=2)
    ScheduleException.objects.create(offer=offer, date=wednesday, note=f"Krank {tag}")
    ScheduleException.objects.create(
        offer=offer,
        date=wednesday + timedelta(days=1),
        kind="moved",
        new_date=wednesday + timedelta(days=2),
        note=f"Raum {tag}",
    )
    body = client.get(f"/{language}/{district.slug}/").content.decode()
    own = ["گروه", "عنوان", "یورو"] if language == "fa" else ["Gruppe", "Titel", "2 €"]
    for text in ["Krank", "Raum", "Ort", *own]:  # every text is on the page, escaped
        assert f"{text} &lt;" in body, text  # (in Farsi the Latin runs are isolated, too)
    assert tag not in body
    assert "<img" not in body


@pytest.mark.parametrize(
    ("path", "status", "text"),
    [
        ("/de/nirgendwo/", 404, "Seite nicht gefunden"),
        ("/de/{d}/offers/gibt-es-nicht/", 404, "Seite nicht gefunden"),
        ("/de/{d}/places/gibt-es-nicht/", 404, "Seite nicht gefunden"),
        ("/de/{d}/offers/{other}/", 404, "Seite nicht gefunden"),
        ("/xx/{d}/", 404, "Seite nicht gefunden"),
        ("/de/{d}/?week=2026-48", 400, "Diese Adresse verstehen wir nicht"),
        ("/de/{d}/?week=2026-W60", 400, "Diese Adresse verstehen wir nicht"),
        ("/de/{d}/?week=2025-W53", 400, "Diese Adresse verstehen wir nicht"),
        ("/de/{d}/?week=%00", 400, "Diese Adresse verstehen wir nicht"),
        ("/de/{d}/?week=" + "9" * 5000, 400, "Diese Adresse verstehen wir nicht"),
        ("/de/{d}/?week=1900-W01", 404, "Seite nicht gefunden"),
        ("/de/{d}/?week=9999-W52", 404, "Seite nicht gefunden"),
        ("/de/{d}/?group=gibt-es-nicht", 400, "Diese Adresse verstehen wir nicht"),
        ("/de/{d}/?group=%00", 400, "Diese Adresse verstehen wir nicht"),
        ("/de/{d}/?group=%3Cscript%3E", 400, "Diese Adresse verstehen wir nicht"),
        ("/de/{d}/?category=' OR 1=1 --", 400, "Diese Adresse verstehen wir nicht"),
        ("/de/{d}/?category=" + "x" * 10000, 400, "Diese Adresse verstehen wir nicht"),
        ("/de/{d}/?week=2026-W48&week=%FF%FE", 400, "Diese Adresse verstehen wir nicht"),
        ("/de/{d}/?unknown=1", 200, "Wochenplan"),
    ],
)
def test_bad_input_answers_readable_4xx_never_500(client, path, status, text):
    district = make_district()
    other = make_offer(make_district(), title="Woanders")
    response = client.get(path.format(d=district.slug, other=other.slug))
    assert response.status_code == status
    body = response.content.decode()
    assert text in body
    assert '<html lang="de"' in body


def test_healthz_answers_ok(client):
    response = client.get("/healthz")
    assert (response.status_code, response.content) == (200, b"ok\n")


def test_board_sets_no_cookies(client):
    district = make_district()
    make_offer(district)
    response = client.get(board_url(district))
    assert response.cookies == {}


@pytest.mark.parametrize("language", [code for code, _ in settings.LANGUAGES])
@pytest.mark.parametrize(
    ("query", "status", "heading"),
    [
        ("week=9999-W52", 404, "Seite nicht gefunden"),
        ("week=0001-W01", 404, "Seite nicht gefunden"),
        ("week=2026-48&utm_source=1", 400, "Diese Adresse verstehen wir nicht"),
        ("group=gibt-es-nicht&x=1", 400, "Diese Adresse verstehen wir nicht"),
    ],
)
def test_board_errors_answer_in_the_urls_language(client, language, query, status, heading):
    district = make_district()
    response = client.get(f"/{language}/{district.slug}/?{query}")
    assert response.status_code == status
    page = soup(response)
    with translation.override(language):
        expected = translation.gettext(heading)
    assert (page.html["lang"], page.h1.get_text(strip=True)) == (language, expected)
