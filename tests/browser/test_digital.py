"""The digital-help page and an anchor place's page in real Chromium: WCAG 2.1 AA (axe) in
German and Persian, no horizontal scrolling at 320 px, readable without JavaScript, and no
request to another host ("Weg dorthin" loads nothing until tapped)."""

from datetime import time
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from offers.models import City
from tests.browser.test_accessibility import WCAG_21_AA
from tests.factories import make_district, make_offer, make_place

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = [
    "/de/digital/",
    "/fa/digital/",
    "/de/welheim/places/buecherei/",
    "/fa/welheim/places/buecherei/",
]


@pytest.fixture
def site():
    City.objects.create(name="Bottrop", name_fa="بوتروپ")
    district = make_district(slug="welheim", name="Welheim", name_fa="ولهایم")
    library = make_place(
        district,
        slug="buecherei",
        name="Stadtteilbücherei Welheim",
        street="Gungstraße 12",
        postcode="46238",
        digital_anchor=True,
        wifi=True,
        computers=True,
        printer_scanner=True,
        devices_to_lend=True,
        help_languages=["de", "ru", "fa"],
        latitude=Decimal("51.5102"),
        longitude=Decimal("6.9712"),
    )
    make_offer(
        district,
        place=library,
        slug="digitalpaten",
        title="Digitalpaten-Sprechstunde",
        title_fa="ساعت مشاوره راهنمایان دیجیتال",
        digital_help=True,
        rules=[{"weekdays": [1, 3], "start_time": time(14), "end_time": time(16)}],
    )
    return district


@pytest.mark.parametrize("path", PAGES)
def test_no_wcag_21_aa_violations(live_server, page, site, path):
    page.goto(live_server.url + path)
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def test_no_horizontal_scrolling_at_320_px_and_no_other_host(live_server, browser, site):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    for path in PAGES:
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        scroll, client = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert scroll <= client, path
    context.close()
    assert hosts == {urlsplit(live_server.url).netloc}


def test_readable_without_javascript(live_server, browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/de/welheim/")
    page.get_by_role("link", name="Hilfe mit Handy und Internet").click()
    assert page.url.endswith("/de/digital/")
    card = page.locator("li.digital-place")
    assert card.locator("h3").inner_text() == "Stadtteilbücherei Welheim"
    assert card.locator(".help-hours li").count() == 3
    assert card.get_by_role("link", name="In der Karten-App öffnen").get_attribute("href") == (
        "geo:51.5102,6.9712"
    )
    context.close()
