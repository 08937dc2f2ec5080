"""Print products and previews do bounded work: only the board's weeks, only known options,
fresh renders limited per address, answers in the URL's language and never a 500."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext

from boards.weeks import week_range
from flyers.renderers import PRODUCTS, RENDER_COUNTS
from offers import schedules
from tests.factories import make_district, make_offer

pytestmark = [pytest.mark.django_db, pytest.mark.pdf]

LANGUAGES = [code for code, _ in settings.LANGUAGES]
# Every product as PDF and as preview image, and the board's link preview image.
PRODUCT_URLS = [f"{name}.{kind}" for name in sorted(PRODUCTS) for kind in ("pdf", "png")] + [
    "preview.png"
]


@pytest.fixture
def district():
    district = make_district(slug="welheim", code="wel")
    make_offer(district, title="Hausaufgabenhilfe")
    return district


@pytest.fixture
def rates(settings):
    def limit(**rates):
        merged = {**settings.QUARTIER["RATES"], **rates}
        settings.QUARTIER = {**settings.QUARTIER, "RATES": merged}

    return limit


def iso(monday):
    return schedules.format_iso_week(monday)


def out_of_range_weeks():
    first, last = week_range(timezone.localdate())
    return [iso(first - timedelta(weeks=1)), iso(last + timedelta(weeks=1)), "9999-W52", "0001-W01"]


def page(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def assert_error_page(response, status, language, heading):
    """Our own page, in the URL's language, with the status the case calls for."""
    assert response.status_code == status
    html = page(response)
    assert html.html["lang"] == language
    assert html.html["dir"] == ("rtl" if language in ("ar", "fa") else "ltr")
    with translation.override(language):
        assert html.h1.get_text(strip=True) == gettext(heading)


@pytest.mark.parametrize("week", out_of_range_weeks())
@pytest.mark.parametrize("product", ["plan.pdf", "plan.png"])
def test_weeks_the_board_does_not_show_are_404_without_a_render(client, district, product, week):
    before = sum(RENDER_COUNTS.values())
    response = client.get(f"/fa/welheim/{product}?week={week}")
    assert_error_page(response, 404, "fa", "Seite nicht gefunden")
    assert sum(RENDER_COUNTS.values()) == before


@pytest.mark.parametrize("week", out_of_range_weeks())
@pytest.mark.parametrize("product", [url for url in PRODUCT_URLS if not url.startswith("plan")])
def test_products_without_a_week_ignore_it_and_reuse_the_plain_render(
    client, district, product, week
):
    plain = client.get(f"/de/welheim/{product}")
    before = sum(RENDER_COUNTS.values())
    response = client.get(f"/de/welheim/{product}?week={week}")
    assert (response.status_code, response.content) == (200, plain.content)
    assert sum(RENDER_COUNTS.values()) == before


def test_first_and_last_week_of_the_board_render(client, district):
    first, last = week_range(timezone.localdate())
    for monday in (first, last):
        response = client.get(f"/de/welheim/plan.pdf?week={iso(monday)}")
        assert (response.status_code, response["Content-Type"]) == (200, "application/pdf")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("path", "status", "heading"),
    [
        ("flyer.pdf?layout=poster", 400, "Diese Adresse verstehen wir nicht"),
        ("flyer.png?layout=" + "x" * 5000, 400, "Diese Adresse verstehen wir nicht"),
        ("plan.pdf?size=a5", 400, "Diese Adresse verstehen wir nicht"),
        ("plan.png?size=A3", 400, "Diese Adresse verstehen wir nicht"),
        ("plan.pdf?week=2026-48", 400, "Diese Adresse verstehen wir nicht"),
        ("plan.png?week=2025-W53", 400, "Diese Adresse verstehen wir nicht"),
        ("plan.pdf?week=%00", 400, "Diese Adresse verstehen wir nicht"),
        ("plan.pdf?week=0000-W01", 400, "Diese Adresse verstehen wir nicht"),
        ("plan.pdf?week=9999-W52", 404, "Seite nicht gefunden"),
        ("plan.png?week=0001-W01&size=a3", 404, "Seite nicht gefunden"),
        ("poster.pdf", 404, "Seite nicht gefunden"),
        ("../nirgendwo/plan.pdf", 404, "Seite nicht gefunden"),
    ],
)
def test_unknown_options_answer_in_the_urls_language(
    client, district, language, path, status, heading
):
    response = client.get(f"/{language}/welheim/{path}")
    assert_error_page(response, status, language, heading)


def test_fresh_renders_limited_per_address_cache_hits_not(client, district, rates):
    rates(render="2/h")
    this, following, after = (
        iso(schedules.week_start(timezone.localdate()) + timedelta(weeks=n)) for n in (0, 1, 2)
    )
    me, other = {"REMOTE_ADDR": "203.0.113.1"}, {"REMOTE_ADDR": "203.0.113.2"}
    assert client.get(f"/ar/welheim/plan.pdf?week={this}", **me).status_code == 200
    assert client.get(f"/ar/welheim/plan.png?week={following}", **me).status_code == 200

    refused = client.get(f"/ar/welheim/plan.pdf?week={after}", **me)
    assert_error_page(refused, 429, "ar", "Einen Moment, bitte")
    assert refused["Retry-After"] == "60"
    # What is cached costs nothing and is never refused; other addresses have their own limit.
    for _ in range(5):
        assert client.get(f"/ar/welheim/plan.pdf?week={this}", **me).status_code == 200
    assert client.get(f"/ar/welheim/plan.pdf?week={after}", **other).status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("product", PRODUCT_URLS)
def test_over_the_render_limit_every_product_answers_429_in_the_urls_language(
    client, district, rates, language, product
):
    rates(render="0/h")
    response = client.get(f"/{language}/welheim/{product}")
    assert_error_page(response, 429, language, "Einen Moment, bitte")
