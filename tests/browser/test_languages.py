"""Four languages, two directions, in a real browser."""

import pytest

from tests.factories import make_district, make_group, make_offer

pytestmark = pytest.mark.django_db(transaction=True)

DIRECTIONS = {"de": "ltr", "ru": "ltr", "ar": "rtl", "fa": "rtl"}


@pytest.fixture
def district():
    district = make_district(slug="welheim", name="Welheim", name_fa="ولهایم")
    make_offer(district, title="Hausaufgabenhilfe", title_fa="کمک در انجام تکالیف")
    return district


@pytest.mark.parametrize(("language", "direction"), DIRECTIONS.items())
def test_board_has_language_and_direction(live_server, page, district, language, direction):
    page.goto(f"{live_server.url}/{language}/welheim/")
    html = page.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == (language, direction)
    assert page.evaluate("getComputedStyle(document.body).direction") == direction


def test_switcher_keeps_district_week_and_filter(live_server, page, district):
    make_group(slug="kinder")
    page.goto(f"{live_server.url}/de/welheim/?week=2026-W48&group=kinder")
    page.get_by_role("link", name="فارسی").click()
    page.wait_for_url("**/fa/welheim/**")
    assert page.url == f"{live_server.url}/fa/welheim/?week=2026-W48&group=kinder"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "ولهایم"


def test_switcher_keeps_offer_page(live_server, page, district):
    page.goto(f"{live_server.url}/fa/welheim/")
    page.locator(".entry-title a").first.click()
    offer_url = page.url
    assert "/fa/welheim/offers/" in offer_url
    page.get_by_role("link", name="Русский").click()
    page.wait_for_url("**/ru/welheim/offers/**")
    assert page.url == offer_url.replace("/fa/", "/ru/")


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("fa-IR,fa;q=0.9", "fa"),
        ("ar-SY", "ar"),
        ("ru-RU,ru;q=0.8,en;q=0.5", "ru"),
        ("tr-TR,en;q=0.8", "tr"),
        ("uk-UA,uk;q=0.9,ru;q=0.8", "uk"),
        ("pl-PL,en;q=0.8", "de"),  # not offered: German
    ],
)
def test_root_redirects_by_browser_language(live_server, browser, district, accept, expected):
    context = browser.new_context(extra_http_headers={"Accept-Language": accept})
    page = context.new_page()
    page.goto(f"{live_server.url}/")
    assert page.url == f"{live_server.url}/{expected}/"
    context.close()


@pytest.mark.parametrize(
    ("language", "not_loaded", "loaded"),
    [
        ("de", None, {"switch-cyrillic-700", "switch-arabic-700"}),
        ("ru", "switch-cyrillic-700", {"switch-arabic-700", "noto-sans-cyrillic-700"}),
        ("fa", "switch-arabic-700", {"switch-cyrillic-700", "vazirmatn-arabic-400"}),
    ],
)
def test_switch_names_in_the_pages_own_script_need_no_extra_font(
    live_server, page, district, language, not_loaded, loaded
):
    fonts = set()
    page.on("request", lambda request: fonts.add(request.url.rsplit("/", 1)[-1].split(".")[0]))
    page.goto(f"{live_server.url}/{language}/welheim/")
    page.evaluate("document.fonts.ready.then(() => true)")
    assert loaded <= fonts
    assert not_loaded not in fonts
