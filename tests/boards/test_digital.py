"""Help with phone and internet (issue 13): `/<lang>/digital/` lists the digital anchor places
by district with equipment, languages of help, next help hours and "Weg dorthin"; place pages
show a "Digitaler Ankerort" box; the board filters `?extra=digital` and marks the entries."""

import json
import re
from datetime import date, time, timedelta
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from offers import approval, digital_help
from offers.enums import OfferStatus
from offers.models import City, District, Offer, Place, ScheduleException
from tests.factories import make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db

EVERY_DAY = {
    "weekdays": [0, 1, 2, 3, 4, 5, 6],
    "start_time": time(10),
    "end_time": time(12),
    "on_public_holidays": True,
    "school_holidays": "always",
}


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def make_anchor(district, **kwargs):
    defaults = {
        "digital_anchor": True,
        "wifi": True,
        "printer_scanner": True,
        "help_languages": ["de", "fa"],
        "latitude": Decimal("51.5236"),
        "longitude": Decimal("6.9296"),
    }
    return make_place(district, **{**defaults, **kwargs})


def make_help(district, place, **kwargs):
    return make_offer(district, place=place, digital_help=True, rules=[EVERY_DAY], **kwargs)


@pytest.fixture
def city():
    return City.objects.create(name="Bottrop")


@pytest.fixture
def two_districts(city):
    welheim = make_district(slug="welheim", name="Welheim", name_fa="ولهایم", position=0)
    altstadt = make_district(slug="altstadt", name="Altstadt", position=1)
    library = make_anchor(welheim, slug="buecherei", name="Bücherei Welheim", computers=True)
    office = make_anchor(
        altstadt, slug="buero", name="Quartiersbüro Altstadt", latitude=None, longitude=None
    )
    make_place(welheim, slug="halle", name="Sporthalle")  # not an anchor
    make_help(welheim, library, slug="digitalpaten", title="Digitalpaten")
    make_help(altstadt, office, slug="handy-hilfe", title="Handy-Hilfe")
    make_offer(welheim, place=library, slug="vorlesen", title="Vorlesestunde")
    return welheim, altstadt


# --- the page -------------------------------------------------------------------------------


def test_page_lists_anchor_places_by_district_with_what_they_offer(client, two_districts):
    page = soup(client.get("/de/digital/"))
    assert page.h1.get_text(strip=True) == "Hilfe mit Handy und Internet"
    sections = page.select("section.digital-district")
    assert [s.h2.get_text(strip=True) for s in sections] == ["Welheim", "Altstadt"]
    library = sections[0].select_one("li.digital-place")
    assert library.h3.get_text(strip=True) == "Bücherei Welheim"
    assert library.h3.a["href"] == "/de/welheim/places/buecherei/"
    assert [b.get_text(strip=True) for b in library.select(".badge-equipment")] == [
        "Freies WLAN",
        "Computer zum Benutzen",
        "Drucker und Scanner",
    ]
    languages = library.select(".help-languages span[lang]")
    assert [(s["lang"], s.get_text()) for s in languages] == [("de", "Deutsch"), ("fa", "فارسی")]
    assert "Sporthalle" not in page.get_text()


def test_page_shows_the_next_three_help_hours_from_today(client, two_districts):
    today = timezone.localdate()
    hours = soup(client.get("/de/digital/")).select("section.digital-district")[0]
    times = [t["datetime"] for t in hours.select(".help-hours time")]
    assert times == [(today + timedelta(days=n)).isoformat() for n in range(3)]
    assert "Digitalpaten" in hours.select_one(".help-hours").get_text()
    assert "Vorlesestunde" not in hours.get_text()  # not marked as digital help


def test_weg_dorthin_links_load_nothing_until_tapped(client, two_districts):
    page = soup(client.get("/de/digital/"))
    welheim, altstadt = page.select("section.digital-district")
    links = [a["href"] for a in welheim.select(".way-there a")]
    number = re.search(r"\d+", welheim.select_one(".address").get_text()).group()
    assert links == [
        "geo:51.5236,6.9296",
        "https://www.openstreetmap.org/?mlat=51.5236&mlon=6.9296#map=18/51.5236/6.9296",
        "https://maps.apple.com/?ll=51.5236,6.9296"
        f"&q=B%C3%BCcherei%20Welheim%2C%20Hauptstra%C3%9Fe%20{number}",
    ]
    assert all("noopener" in a["rel"] for a in welheim.select(".way-there a[href^=https]"))
    assert altstadt.select(".way-there") == []  # no coordinates, no links
    # Nothing from another host is loaded: other hosts appear only in links.
    loaded = [
        tag.get("src") or tag.get("href")
        for tag in page.select("script, img, iframe, link:not([rel=alternate])")
    ]
    assert [url for url in loaded if url and "://" in url] == []


def test_page_speaks_the_readers_language_and_is_right_to_left_in_persian(client, two_districts):
    page = soup(client.get("/fa/digital/"))
    assert page.html["dir"] == "rtl"
    assert page.h1.get_text(strip=True) == "کمک برای گوشی و اینترنت"
    assert page.select("section.digital-district h2")[0].get_text(strip=True) == "ولهایم"


def test_every_board_links_to_the_page_in_its_language(client, two_districts):
    for code in ("de", "ru", "ar", "fa", "tr", "uk"):
        page = soup(client.get(f"/{code}/welheim/"))
        assert page.select_one(f'footer a[href="/{code}/digital/"]') is not None, code


def test_page_without_anchor_places_says_so(client, city):
    page = soup(client.get("/de/digital/"))
    assert "Zurzeit sind keine Orte" in page.select_one("main").get_text()


def test_unapproved_changes_stay_off_the_page(client, two_districts):
    welheim, _ = two_districts
    hall = Place.objects.get(slug="halle")
    new = make_anchor(welheim, slug="neu", name="Neuer Ort", status=OfferStatus.PENDING)
    make_help(welheim, new, slug="neue-hilfe")
    # A provider's waiting change turns a published place into an anchor: not yet.
    hall.approved_snapshot = approval.snapshot(hall)
    hall.digital_anchor = True
    hall.save()
    text = soup(client.get("/de/digital/")).get_text()
    assert "Neuer Ort" not in text and "Sporthalle" not in text


def test_disabled_district_is_left_out(client, two_districts):
    District.objects.filter(slug="altstadt").update(is_active=False)
    page = soup(client.get("/de/digital/"))
    assert [h.get_text(strip=True) for h in page.select("section h2")] == ["Welheim"]


def test_digital_is_a_reserved_district_slug(city):
    district = District(name="Digital", slug="digital", code="dig")
    with pytest.raises(ValidationError):
        district.full_clean()


# --- next help hours (the selector) -----------------------------------------------------------


def test_next_help_hours_skip_cancelled_dates_and_offers_elsewhere(two_districts):
    welheim, _ = two_districts
    library = Place.objects.get(slug="buecherei")
    tuesday = {**EVERY_DAY, "weekdays": [1], "start_time": time(9)}
    later = make_offer(welheim, place=library, digital_help=True, rules=[tuesday], slug="dienstags")
    Offer.objects.filter(slug="digitalpaten").update(status=OfferStatus.ARCHIVED)
    ScheduleException.objects.create(offer=later, date=date(2026, 11, 24))
    groups = digital_help.anchors_by_district(date(2026, 11, 23))
    hours = groups[0].places[0].help_hours
    assert [(e.occurrence.day, e.offer.slug) for e in hours] == [
        (date(2026, 12, 1), "dienstags"),
        (date(2026, 12, 8), "dienstags"),
        (date(2026, 12, 15), "dienstags"),
    ]


def test_place_without_help_hours_says_to_ask(client, two_districts):
    Offer.objects.filter(digital_help=True).update(digital_help=False)
    page = soup(client.get("/de/digital/"))
    assert "keine Sprechstunde" in page.select_one("li.digital-place").get_text()


# --- the place page -------------------------------------------------------------------------


def test_place_page_has_the_anchor_box_and_the_way_there(client, two_districts):
    page = soup(client.get("/de/welheim/places/buecherei/"))
    box = page.select_one("section.digital-anchor")
    assert box.h2.get_text(strip=True) == "Digitaler Ankerort"
    assert box.select_one('a[href="/de/digital/"]') is not None
    assert len(box.select(".badge-equipment")) == 3
    assert len(box.select(".help-hours li")) == 3
    assert page.select_one('.way-there a[href="geo:51.5236,6.9296"]') is not None


def test_place_page_data_carries_the_coordinates(client, two_districts):
    page = soup(client.get("/de/welheim/places/buecherei/"))
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 51.5236, "longitude": 6.9296}


def test_ordinary_place_page_has_neither(client, two_districts):
    page = soup(client.get("/de/welheim/places/halle/"))
    assert page.select("section.digital-anchor") == [] and page.select(".way-there") == []


def test_place_page_shows_the_approved_coordinates(client, two_districts):
    library = Place.objects.get(slug="buecherei")
    library.approved_snapshot = approval.snapshot(library)
    library.latitude, library.longitude = Decimal("51.6"), Decimal("6.8")
    library.save()
    page = soup(client.get("/de/welheim/places/buecherei/"))
    assert page.select_one(".way-there a")["href"] == "geo:51.5236,6.9296"


# --- the board ------------------------------------------------------------------------------


def entry_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".entry-title a")]


def test_filter_narrows_the_board_to_digital_help(client, two_districts):
    everything = set(entry_titles(client.get("/de/welheim/")))
    assert {"Digitalpaten", "Vorlesestunde"} <= everything
    narrowed = set(entry_titles(client.get("/de/welheim/?extra=digital")))
    assert narrowed == {"Digitalpaten"}
    page = soup(client.get("/de/welheim/?extra=digital"))
    assert page.select_one("select#id_extra option[selected]")["value"] == "digital"
    # The language switch keeps the filter.
    assert page.select_one('.language-switch a[hreflang="fa"]')["href"] == (
        "/fa/welheim/?extra=digital"
    )


@pytest.mark.parametrize("value", ["online-und-mehr", "%00", "<script>", "x" * 5000])
def test_bad_filter_is_a_400_in_the_visitors_language(client, two_districts, value):
    response = client.get(f"/fa/welheim/?extra={value}")
    assert response.status_code == 400
    assert soup(response).html["lang"] == "fa"


def test_board_entries_carry_the_digital_badges(client, two_districts):
    page = soup(client.get("/de/welheim/"))
    entries = {e.select_one(".entry-title").get_text(strip=True): e for e in page.select(".entry")}
    help_badge = entries["Digitalpaten"].select_one(".badge-digital_help")
    assert help_badge.get_text(strip=True) == "Hilfe mit Handy und Internet"
    assert help_badge.svg.use["href"].endswith("#p-digital-help")
    anchor = entries["Vorlesestunde"].select_one(".badge-digital_anchor")
    assert anchor.get_text(strip=True) == "Digitaler Ankerort"


# --- queries and cache ----------------------------------------------------------------------


def _city_with_anchors(count):
    organisation = make_organisation()
    for _ in range(count):
        district = make_district()
        for _ in range(2):
            place = make_anchor(district, organisation=organisation)
            make_help(district, place, organisation=organisation)


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries), response


def test_page_query_count_same_for_2_and_40_districts(client, city):
    _city_with_anchors(2)
    small, _ = _queries(client, "/de/digital/")
    _city_with_anchors(38)
    large, response = _queries(client, "/de/digital/")
    assert small == large
    # Pinned: city, districts, places, offers, rules, exceptions, closures.
    assert small == 7
    assert len(soup(response).select("li.digital-place")) == 80


def test_place_page_query_count_same_with_1_and_30_help_offers(client, two_districts):
    welheim, _ = two_districts
    library = Place.objects.get(slug="buecherei")
    small, _ = _queries(client, "/de/welheim/places/buecherei/")
    for _ in range(29):
        make_help(welheim, library)
    large, _ = _queries(client, "/de/welheim/places/buecherei/")
    assert small == large


def test_cached_page_changes_when_a_place_changes(client, settings, two_districts):
    settings.QUARTIER = {**settings.QUARTIER, "PAGE_CACHE": True}
    first = client.get("/de/digital/")
    assert client.get("/de/digital/").content == first.content  # served from the cache
    library = Place.objects.get(slug="buecherei")
    library.devices_to_lend = True
    library.save()
    again = soup(client.get("/de/digital/"))
    assert "Geräte zum Ausleihen" in again.get_text()


def test_filter_decides_on_the_approved_state(client, two_districts):
    # A waiting change marks "Vorlesestunde" as help and unmarks "Digitalpaten": not yet.
    for slug, value in (("vorlesen", True), ("digitalpaten", False)):
        offer = Offer.objects.get(slug=slug)
        offer.approved_snapshot = approval.snapshot(offer)
        offer.digital_help = value
        offer.save()
    assert set(entry_titles(client.get("/de/welheim/?extra=digital"))) == {"Digitalpaten"}


def test_filtered_board_query_count_same_for_10_and_100_offers(client, city):
    counts = []
    for size in (10, 100):
        district = make_district()
        place = make_anchor(district)
        for n in range(size):
            make_offer(district, place=place, digital_help=n % 2 == 0, rules=[EVERY_DAY])
        count, response = _queries(client, f"/de/{district.slug}/?extra=digital")
        counts.append(count)
        titles = entry_titles(response)
        assert len(titles) == size // 2 * 7  # every help offer, every day of the week
    # Pinned: as the unfiltered board (tests/boards/test_queries.py); the filter costs none.
    assert counts == [11, 11]
