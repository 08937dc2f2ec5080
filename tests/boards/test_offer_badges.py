"""Childcare and interpreter labels in every language; "anzeigen ab" keeps an offer off the
board until its day."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from offers.models import Offer
from tests.factories import make_district, make_offer

pytestmark = pytest.mark.django_db

LABELS = {
    "de": ("Kinderbetreuung", "mit Dolmetscher/in", "Farsi (Persisch)"),
    "ru": ("Присмотр за детьми", "С переводчиком", "фарси (персидский)"),
    "ar": ("رعاية الأطفال", "بحضور مترجم", "الفارسية"),
    "fa": ("نگهداری از کودکان", "با مترجم", "فارسی"),
}
# The offer page has room for the long wording.
LONG_CHILDCARE = {
    "de": "Kinderbetreuung während des Angebots",
    "ru": "Присмотр за детьми во время занятия",
    "ar": "رعاية الأطفال أثناء النشاط",
    "fa": "نگهداری از کودکان در طول فعالیت",
}


def badges(response):
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return {
        "childcare": [b.get_text(strip=True) for b in page.select(".badge-childcare")],
        "interpreter": [b.get_text(strip=True) for b in page.select(".badge-interpreter")],
        "text": page.get_text(" "),
    }


@pytest.mark.parametrize("language", LABELS)
def test_offer_page_and_board_show_childcare_and_interpreter(client, language):
    district = make_district(slug="welheim")
    make_offer(district, slug="elterncafe", childcare=True, interpreter=True, languages=["fa"])
    childcare, interpreter, farsi = LABELS[language]
    page = badges(client.get(f"/{language}/welheim/offers/elterncafe/"))
    assert (page["childcare"], page["interpreter"]) == ([LONG_CHILDCARE[language]], [interpreter])
    assert farsi in page["text"]
    board = badges(client.get(f"/{language}/welheim/"))
    assert childcare in board["childcare"] and interpreter in board["interpreter"]


def test_no_labels_without_childcare_or_interpreter(client):
    district = make_district(slug="welheim")
    make_offer(district, slug="turnen")
    page = badges(client.get("/de/welheim/offers/turnen/"))
    assert (page["childcare"], page["interpreter"]) == ([], [])


def test_offer_without_dates_is_hidden_before_show_from_and_shown_from_that_day(client):
    district = make_district(slug="welheim")
    today = timezone.localdate()
    offer = make_offer(
        district,
        slug="beratung",
        rules=[],
        times_note="Termine nach Vereinbarung",
        visible_from=today + timedelta(days=1),
    )
    assert client.get("/de/welheim/offers/beratung/").status_code == 404
    assert "beratung" not in client.get("/de/welheim/").content.decode()
    assert list(Offer.objects.published()) == []

    Offer.objects.filter(pk=offer.pk).update(visible_from=today)
    assert client.get("/de/welheim/offers/beratung/").status_code == 200
    assert "/de/welheim/offers/beratung/" in client.get("/de/welheim/").content.decode()
    assert list(Offer.objects.published()) == [offer]
