"""Leichte Sprache in real Chromium: axe-core finds nothing, big type, no sideways
scrolling at 320 px, and the switch entry fits the header in German, Arabic and Farsi."""

from datetime import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from demo.legal_pages import load_legal_pages
from offers import schedules
from offers.models import City, ScheduleException
from tests.browser.test_accessibility import WCAG_21_AA
from tests.factories import make_district, make_offer, make_place

pytestmark = pytest.mark.django_db(transaction=True)

EASY_PAGES = [
    "/leichte-sprache/",
    "/leichte-sprache/wochen-plan-lesen/",
    "/leichte-sprache/stadtteil-finden/",
    "/leichte-sprache/barrierefreiheit/",
    "/leichte-sprache/rueckmeldung/",
    "/leichte-sprache/stadtteil/welheim/",
    "/leichte-sprache/stadtteil/nirgendwo/",
]


@pytest.fixture
def site():
    """Welheim with an offer in Leichte Sprache, one without (the fallback), a cancellation
    and an offer without fixed times."""
    City.objects.create(name="Bottrop", name_fa="بوتروپ", phone="02041 70-4410")
    district = make_district(slug="welheim", name="Welheim", name_fa="ولهایم", name_ar="فيلهايم")
    place = make_place(district, slug="treff", name="Jugendtreff", step_free=True)
    offer = make_offer(
        district,
        place=place,
        slug="fussball",
        title="Fußball",
        summary_easy="Fußball für Kinder.\nDie Kinder spielen in 2 Mannschaften.",
        registration_required=True,
        rules=[{"weekdays": [0, 2, 4], "start_time": time(16), "end_time": time(17, 30)}],
    )
    monday = schedules.week_start(timezone.localdate())
    ScheduleException.objects.create(offer=offer, date=monday, note="Halle gesperrt")
    make_offer(
        district,
        place=place,
        title="Nachbarschaftshilfe-Sprechstunde",
        rules=[{"weekdays": [1], "start_time": time(9)}],
    )
    make_offer(district, place=place, title="Beratung", rules=[], contact_phone="02041 1234")
    load_legal_pages()
    return district


@pytest.mark.parametrize("path", EASY_PAGES)
def test_no_wcag_21_aa_violations(live_server, page, site, path):
    page.goto(live_server.url + path)
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def test_big_type_left_aligned(live_server, page, site):
    page.goto(live_server.url + "/leichte-sprache/stadtteil/welheim/")
    size, line_height, align = page.evaluate(
        """() => { const s = getComputedStyle(document.querySelector('.easy h1 + p'));
            return [parseFloat(s.fontSize), parseFloat(s.lineHeight), s.textAlign]; }"""
    )
    assert size >= 20 and line_height >= 1.5 * size and align == "left"


@pytest.mark.parametrize(
    "path", [*EASY_PAGES, "/de/welheim/", "/ar/welheim/", "/fa/welheim/", "/fa/"]
)
def test_no_horizontal_scrolling_at_320_px(live_server, browser, site, path):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(live_server.url + path)
    scroll, client = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert scroll <= client, path
    # The switch entry: icon and label on one line, inside the header.
    link = page.locator("nav.language-switch a.switch-easy")
    box, icon = link.bounding_box(), link.locator("svg").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320
    assert box["height"] < 60 and icon["width"] <= 24
    context.close()


def test_switch_leads_from_the_farsi_board_to_the_plan_in_leichte_sprache(live_server, page, site):
    page.goto(live_server.url + "/fa/welheim/")
    page.get_by_role("link", name="Leichte Sprache").click()
    page.wait_for_url("**/leichte-sprache/stadtteil/welheim/")
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator("h1").inner_text() == "Wochen-Plan für Welheim"
    assert page.locator(".easy-fallback").count() >= 1
    text = page.locator("main").inner_text().replace("\xa0", " ")
    assert "von 16 Uhr bis 17 Uhr 30" in text
