"""Words residents read: the brand, one term per concept, official benefit names (issue 11)."""

import pytest
from bs4 import BeautifulSoup

from offers.models import City
from tests.factories import make_district, make_offer

LANGUAGES = ["de", "ru", "ar", "fa"]


@pytest.fixture
def district(db):
    City.objects.create(name="Bottrop", name_ru="Ботроп", name_ar="بوتروب", name_fa="بوتروپ")
    district = make_district(slug="welheim", name="Welheim", name_ru="Вельхайм")
    make_offer(district, title="Fußball")
    return district


def _brand_texts(html):
    page = BeautifulSoup(html, "html.parser")
    return [page.title.get_text(" ", strip=True), page.select_one(".brand-text").get_text(" ")]


@pytest.mark.parametrize("path", ["/{l}/", "/{l}/welheim/"])
def test_brand_stays_quartier_in_every_language(client, district, path):
    brands = {
        language: [
            "Quartier" in text
            for text in _brand_texts(client.get(path.format(l=language)).content.decode())
        ]
        for language in LANGUAGES
    }
    assert brands == {language: [True, True] for language in LANGUAGES}
