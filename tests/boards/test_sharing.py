"""Link previews (Open Graph), share links and schema.org data, per language."""

import io
import json
from datetime import time

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from PIL import Image

from offers import selectors
from tests.factories import make_district, make_offer, make_place

pytestmark = pytest.mark.django_db


@pytest.fixture
def district():
    district = make_district(slug="welheim", name="Welheim", name_fa="ولهایم", name_ru="Вельхайм")
    place = make_place(district, slug="treff", name="Jugendtreff", street="Gungstraße 46")
    make_offer(
        district,
        place=place,
        slug="fussball",
        title="Fußball",
        title_fa="فوتبال",
        title_ru="Футбол",
        summary="Training",
        summary_fa="تمرین",
        rules=[{"weekdays": [0, 1, 2, 3, 4, 5, 6], "start_time": time(16), "end_time": time(18)}],
    )
    return district


def meta(page, prop):
    tag = page.find("meta", attrs={"property": prop}) or page.find("meta", attrs={"name": prop})
    return tag["content"]


@pytest.mark.parametrize(
    ("language", "title", "locale", "this_week"),
    [
        ("de", "Welheim", "de_DE", "Diese Woche: Fußball"),
        ("ru", "Вельхайм", "ru_RU", "Эта неделя: Футбол"),
        ("fa", "ولهایم", "fa_IR", "این هفته: فوتبال"),
    ],
)
def test_board_open_graph_in_language(client, district, language, title, locale, this_week):
    page = BeautifulSoup(client.get(f"/{language}/welheim/").content, "html.parser")
    assert meta(page, "og:title") == title
    assert meta(page, "og:locale") == locale
    assert meta(page, "og:description") == this_week
    assert meta(page, "og:image") == f"http://127.0.0.1:8000/{language}/welheim/preview.png"
    assert meta(page, "twitter:card") == "summary_large_image"


@pytest.mark.pdf
def test_preview_image_is_1200_by_630_png(client, district):
    response = client.get("/fa/welheim/preview.png")
    assert response["Content-Type"] == "image/png"
    assert Image.open(io.BytesIO(response.content)).size == (1200, 630)


def test_share_links_need_no_javascript(client, district):
    page = BeautifulSoup(client.get("/de/welheim/offers/fussball/").content, "html.parser")
    links = [a["href"] for a in page.select(".share-links a")]
    assert links[0].startswith("https://wa.me/?text=Fu%C3%9Fball")
    assert "http%3A//127.0.0.1%3A8000/de/welheim/offers/fussball/" in links[1]
    assert links[2].startswith("mailto:?subject=")
    assert (
        page.select_one("#share-url")["value"]
        == "http://127.0.0.1:8000/de/welheim/offers/fussball/"
    )


def test_offer_json_ld_matches_the_dates_shown(client, district):
    page = BeautifulSoup(client.get("/fa/welheim/offers/fussball/").content, "html.parser")
    events = json.loads(page.find("script", type="application/ld+json").string)
    offer = district.offers.get()
    shown = selectors.upcoming_occurrences(offer, timezone.localdate())[:10]
    assert [e["startDate"][:16] for e in events] == [
        f"{o.day.isoformat()}T{o.start:%H:%M}" for o in shown
    ]
    first = events[0]
    assert (first["@type"], first["name"], first["inLanguage"]) == ("Event", "فوتبال", "fa")
    assert first["location"]["address"]["streetAddress"] == "Gungstraße 46"
    assert first["startDate"].endswith(("+01:00", "+02:00"))


def test_place_json_ld(client, district):
    page = BeautifulSoup(client.get("/de/welheim/places/treff/").content, "html.parser")
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert (data["@type"], data["name"]) == ("Place", "Jugendtreff")
    assert data["address"]["postalCode"] == "46236"


def test_json_ld_cannot_break_out_of_its_script(client, district):
    offer = district.offers.get()
    offer.title_de = "</script><script>alert(1)</script>"
    offer.save()
    body = client.get("/de/welheim/offers/fussball/").content.decode()
    assert "</script><script>alert(1)" not in body


def test_screen_rejects_unknown_rotation(client, district):
    assert client.get("/de/welheim/screen/?rotate=de,xx").status_code == 400
    assert client.get("/de/welheim/screen/?rotate=de,fa,ar").status_code == 200
