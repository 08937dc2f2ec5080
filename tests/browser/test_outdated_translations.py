"""The "Übersetzung möglicherweise veraltet" mark in real Chromium: axe-clean when open, the
German text one tap away without JavaScript, no sideways scrolling at 320 px (RTL too)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_accessibility import WCAG_21_AA
from tests.factories import make_district, make_offer

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def outdated(wide_weeks):
    district = make_district(slug="welheim", name="Welheim", name_ar="فيلهايم")
    offer = make_offer(
        district,
        slug="fussball",
        title="Fußball",
        title_ar="كرة القدم",
        title_fa="فوتبال",
        summary="Für Kinder.",
        summary_ar="للأطفال.",
        summary_fa="برای کودکان.",
    )
    offer.title_de = "Fußball und Basketball für Kinder und Jugendliche mit Trainingsbeginn"
    offer.save()
    return district


@pytest.mark.parametrize("path", ["/ar/welheim/offers/fussball/", "/fa/welheim/"])
def test_open_mark_has_no_wcag_violations(live_server, page, outdated, path):
    page.goto(live_server.url + path)
    page.locator("details.outdated-note summary").first.click()
    assert page.locator("details.outdated-note[open] [lang=de]").first.is_visible()
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def test_german_one_tap_away_without_javascript_at_320_px(live_server, browser, outdated):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 700})
    page = context.new_page()
    page.goto(live_server.url + "/ar/welheim/offers/fussball/")
    german = page.locator("details.outdated-note [lang=de]")
    assert not german.is_visible()
    page.locator("details.outdated-note summary").click()
    assert german.is_visible() and "Trainingsbeginn" in german.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()
