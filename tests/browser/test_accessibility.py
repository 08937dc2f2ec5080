"""WCAG 2.1 AA in real Chromium: axe-core on every kind of page, keyboard, zoom, no JavaScript."""

from datetime import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from demo.legal_pages import load_legal_pages
from offers import schedules
from offers.models import City, ScheduleException
from tests.factories import (
    make_category,
    make_district,
    make_group,
    make_offer,
    make_organisation,
    make_place,
)

pytestmark = pytest.mark.django_db(transaction=True)

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def site():
    """A district with translated content, a place, a cancellation, an untimed offer and the
    legal pages: every element a page can show."""
    City.objects.create(name="Bottrop", name_fa="بوتروپ", name_ar="بوتروب", name_ru="Ботроп")
    district = make_district(
        slug="welheim", name="Welheim", name_fa="ولهایم", name_ar="فيلهايم", office_name="Büro"
    )
    provider = make_organisation(
        slug="jugendhilfe",
        name="Jugendhilfe",
        phone="02041 186420",
        email="kontakt@jugendhilfe.example",
        website="https://jugendhilfe.example",
        profile="Offene Treffs und Beratung für Kinder und Jugendliche.",
        profile_fa="دیدارهای آزاد و مشاوره برای کودکان و نوجوانان.",
    )
    place = make_place(
        district,
        organisation=provider,
        slug="treff",
        name="Jugendtreff",
        step_free=True,
        hours=[[["09:00", "12:00"], ["14:00", "17:00"]]] * 5 + [[["10:00", "13:00"]], []],
        opening_hours="in den Schulferien ab 10 Uhr",
    )
    kids = make_group(slug="kinder", name="Kinder", name_fa="کودکان", name_ar="الأطفال")
    sport = make_category(slug="sport", name="Sport", name_fa="ورزش", name_ar="رياضة")
    offer = make_offer(
        district,
        place=place,
        slug="fussball",
        title="Fußball",
        title_fa="فوتبال",
        title_ar="كرة القدم",
        groups=[kids],
        categories=[sport],
        registration_required=True,
        languages=["de", "fa"],
        rules=[{"weekdays": [0, 2, 4], "start_time": time(16), "end_time": time(18)}],
    )
    monday = schedules.week_start(timezone.localdate())
    ScheduleException.objects.create(offer=offer, date=monday, note="Halle gesperrt")
    make_offer(district, place=place, title="Beratung", rules=[], times_note="nach Vereinbarung")
    load_legal_pages()
    return district


PAGES = [
    "/de/",
    "/de/welheim/",
    "/fa/welheim/",
    "/ar/welheim/?group=kinder",
    "/ru/welheim/",
    "/de/welheim/offers/fussball/",
    "/fa/welheim/places/treff/",
    "/de/welheim/places/treff/",
    "/de/welheim/print/",
    "/fa/welheim/embed/",
    "/de/welheim/actors/",  # who is active in the district (issue 13)
    "/fa/welheim/actors/",
    "/de/actors/?kind=youth_centre",
    "/fa/actors/",
    "/ar/info/barrierefreiheit/",
    "/data/",  # the open-data page (German only)
    "/de/nirgendwo/",
]


@pytest.mark.parametrize("path", PAGES)
def test_no_wcag_21_aa_violations(live_server, page, site, path):
    page.goto(live_server.url + path)
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize(("width", "zoom"), [(1280, 2), (1280, 4), (320, 1)])
def test_no_horizontal_scrolling_when_zoomed(live_server, browser, site, width, zoom):
    # Zooming a window of a given width lays out like a viewport of width/zoom CSS pixels
    # with `zoom` device pixels each: 200 % at 1280 px, and WCAG's reflow case (400 %).
    context = browser.new_context(
        viewport={"width": width // zoom, "height": 600}, device_scale_factor=zoom
    )
    page = context.new_page()
    for path in [
        "/fa/welheim/",
        "/de/welheim/offers/fussball/",
        "/de/welheim/print/",
        "/fa/welheim/embed/",
        "/de/welheim/actors/",  # who is active in the district (issue 13)
        "/fa/welheim/actors/",
        "/de/actors/?kind=youth_centre",
        "/fa/actors/",
    ]:
        page.goto(live_server.url + path)
        scroll, client = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert scroll <= client, path
    context.close()


def test_keyboard_reaches_filters_and_week_links_with_visible_focus(live_server, page, site):
    page.goto(live_server.url + "/de/welheim/")
    reached = []
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => { const el = document.activeElement;
                const style = getComputedStyle(el);
                return [el.id || el.getAttribute('rel') || el.textContent.trim().slice(0, 30),
                        style.outlineStyle, style.outlineWidth, el.tagName]; }"""
        )
        if focused[3] == "BODY":  # the first key press brings focus into the page
            continue
        reached.append(focused[0])
        assert focused[1] == "solid" and focused[2] == "3px", f"no visible focus: {focused}"
    assert reached[0] == "Zum Inhalt springen"
    assert {"id_group", "id_category", "submit-id-show", "next"} <= set(reached)

    # Choose a filter and submit with the keyboard only.
    page.focus("#id_group")
    page.keyboard.press("ArrowDown")
    page.focus("#submit-id-show")
    page.keyboard.press("Enter")
    page.wait_for_url("**group=**")
    assert "group=" in page.url


def test_plan_readable_without_javascript(live_server, browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/de/welheim/?group=kinder")
    assert page.locator(".entry-title").first.inner_text() == "Fußball"
    page.get_by_role("link", name="Nächste Woche").click()
    assert "week=" in page.url and "group=kinder" in page.url
    context.close()
