"""What every page's head and header get from boards.context_processors."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import make_district, make_offer

pytestmark = pytest.mark.django_db
SITE = "https://quartier.example"


def alternates(response):
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return {
        link["hreflang"]: link["href"] for link in page.select('link[rel="alternate"][hreflang]')
    }


def test_board_alternates_are_absolute_complete_with_x_default(client, settings, wide_weeks):
    settings.SITE_URL = SITE
    district = make_district(slug="welheim")
    make_offer(district)

    found = alternates(client.get("/ru/welheim/?week=2026-W48"))

    assert found == {
        "de": f"{SITE}/de/welheim/?week=2026-W48",
        "ru": f"{SITE}/ru/welheim/?week=2026-W48",  # the page itself
        "ar": f"{SITE}/ar/welheim/?week=2026-W48",
        "fa": f"{SITE}/fa/welheim/?week=2026-W48",
        "tr": f"{SITE}/tr/welheim/?week=2026-W48",
        "uk": f"{SITE}/uk/welheim/?week=2026-W48",
        "x-default": f"{SITE}/de/welheim/?week=2026-W48",
    }


def test_offer_page_alternates_cover_every_configured_language(client, settings):
    settings.SITE_URL = SITE
    district = make_district(slug="welheim")
    offer = make_offer(district, slug="kinderturnen")

    found = alternates(client.get(f"/fa/welheim/offers/{offer.slug}/"))

    path = "welheim/offers/kinderturnen/"
    expected = {code: f"{SITE}/{code}/{path}" for code, _ in settings.LANGUAGES}
    assert found == {**expected, "x-default": f"{SITE}/de/{path}"}


def test_start_page_x_default_is_the_language_choosing_root(client, settings):
    settings.SITE_URL = SITE

    found = alternates(client.get("/ar/"))

    assert (found["x-default"], found["ar"]) == (f"{SITE}/", f"{SITE}/ar/")
