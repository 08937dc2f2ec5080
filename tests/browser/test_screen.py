"""The infoscreen on landscape and portrait monitors, in every language."""

from datetime import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.boxes import SCREEN_PROBLEMS, SETTLED
from tests.browser.busy import LANGUAGES, busy_screen_district
from tests.browser.test_accessibility import WCAG_21_AA
from tests.factories import make_district, make_offer

pytestmark = pytest.mark.django_db(transaction=True)

SCREENS = [(1920, 1080), (1366, 768), (1280, 720), (1080, 1920)]


@pytest.fixture
def screen_page(browser):
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def district():
    district = make_district(slug="welheim", name="Welheim", name_ar="فيلهايم")
    for index in range(9):  # more than fit: the screen shows six and says how many more
        make_offer(
            district,
            title=f"Angebot {index}",
            title_ar=f"نشاط {index}",
            rules=[
                {
                    "weekdays": list(range(7)),
                    "start_time": time(23, 50 - index),
                    "on_public_holidays": True,
                }
            ],
        )
    return district


def test_screen_fits_1920x1080_and_shows_today(live_server, screen_page, district):
    screen_page.goto(f"{live_server.url}/ar/welheim/screen/")
    sizes = screen_page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.scrollHeight,"
        " window.innerWidth, window.innerHeight]"
    )
    assert sizes[0] <= sizes[2] and sizes[1] <= sizes[3], sizes
    titles = screen_page.locator(".screen-entries .screen-title").all_inner_texts()
    assert len(titles) == 6 and all(t.startswith("نشاط") for t in titles)
    assert screen_page.locator("html").get_attribute("dir") == "rtl"
    assert Axe().run(screen_page, options=WCAG_21_AA).violations_count == 0


def test_screen_rotates_languages_and_keeps_last_state_offline(live_server, screen_page, district):
    screen_page.clock.install()
    screen_page.goto(f"{live_server.url}/de/welheim/screen/?rotate=de,ar")
    assert screen_page.locator("html").get_attribute("lang") == "de"
    screen_page.clock.run_for(21_000)
    expect(screen_page.locator("html")).to_have_attribute("lang", "ar")
    assert screen_page.locator("h1").inner_text() == "فيلهايم"

    screen_page.context.set_offline(True)
    screen_page.clock.run_for(21_000)
    screen_page.wait_for_timeout(300)
    assert screen_page.locator("h1").inner_text() == "فيلهايم"  # still the last good page
    assert screen_page.locator(".screen-entries li").count() == 6


@pytest.mark.parametrize("language", LANGUAGES)
def test_screen_fits_every_screen_size_on_the_busiest_demo_day(live_server, browser, language):
    district, busiest = busy_screen_district()
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    page = context.new_page()
    problems = {}
    for width, height in SCREENS:
        page.set_viewport_size({"width": width, "height": height})
        page.goto(f"{live_server.url}/{language}/{district.slug}/screen/")
        page.evaluate(SETTLED)
        shown = page.locator(".screen-entries li").count()
        problems[f"{width}x{height}"] = page.evaluate(SCREEN_PROBLEMS) + (
            [] if shown == min(busiest, 6) else [f"{shown} entries shown"]
        )
    context.close()
    assert problems == {f"{width}x{height}": [] for width, height in SCREENS}


@pytest.mark.parametrize("language", ["de", "ar"])
def test_screen_shrinks_its_type_when_long_titles_would_not_fit(live_server, browser, language):
    district = make_district(slug="lang", name="Batenbrock-Süd", name_ar="باتنبروك الجنوبية")
    for index in range(8):
        make_offer(
            district,
            title="Offene Sprechstunde der Schuldner- und Insolvenzberatung für Familien mit "
            f"Kindern im Grundschulalter {index}",
            title_ar="ساعات الاستقبال المفتوحة لاستشارات الديون والإعسار للعائلات التي لديها "
            f"أطفال في سن المدرسة الابتدائية {index}",
            rules=[{"weekdays": list(range(7)), "start_time": time(0), "end_time": time(23, 59)}],
        )
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.goto(f"{live_server.url}/{language}/lang/screen/")
    page.evaluate(SETTLED)
    scale = page.evaluate(
        "getComputedStyle(document.querySelector('main')).getPropertyValue('--fit')"
    )
    problems = page.evaluate(SCREEN_PROBLEMS)
    context.close()
    assert (problems, 0.6 <= float(scale) < 1) == ([], True)
