"""Translators' tools in real Chromium: the side-by-side view right-to-left for Farsi, on a
phone and a wide screen, and the import preview; axe-core finds nothing."""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from offers.enums import OfferStatus
from offers.models import Offer
from tests.browser.admin import signed_in
from tests.factories import make_accounts, make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db(transaction=True)

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
# Screenshots for a human to look at, when asked for (QUARTIER_SCREENSHOTS=/tmp/dir).
SHOTS = os.environ.get("QUARTIER_SCREENSHOTS")


@pytest.fixture
def offer():
    district = make_district(slug="welheim", name="Welheim")
    organisation = make_organisation(name="Turnverein", slug="verein-a")
    place = make_place(district, organisation=organisation)
    offer = make_offer(
        district,
        place=place,
        title="Kinderturnen",
        summary="Turnen für Kinder von 4 bis 8.",
        description="Bitte Turnschuhe mitbringen.\nEltern dürfen zuschauen.",
        title_fa="ژیمناستیک کودکان",
        status=OfferStatus.PUBLISHED,
    )
    make_accounts()
    return offer


@pytest.mark.parametrize("width", [320, 1920])
def test_side_by_side_farsi(browser, live_server, offer, width):
    page = signed_in(browser, live_server, viewport={"width": width, "height": 900})
    page.goto(f"{live_server.url}/admin/offers/offer/{offer.pk}/uebersetzen/fa/")
    area = page.locator("textarea[name=summary]")
    assert area.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.locator(".side-by-side-source").first.get_attribute("lang") == "de"
    # Nothing wider than the window (the admin's own header aside).
    overflow = page.evaluate(
        "() => [...document.querySelectorAll('.side-by-side')]"
        ".some(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
    )
    assert not overflow
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/side-by-side-fa-{width}.png", full_page=True)
    area.fill("ورزش برای کودکان ۴ تا ۸ ساله.")
    page.locator("textarea[name=description]").fill(
        "کفش ورزشی بیاورید.\nوالدین می‌توانند تماشا کنند."
    )
    page.click("input[type=submit][value='Übersetzungen speichern']")
    page.locator(".messagelist").wait_for()
    offer.refresh_from_db()
    assert offer.summary_fa == "ورزش برای کودکان ۴ تا ۸ ساله."
    assert offer.description_fa == "کفش ورزشی بیاورید.\nوالدین می‌توانند تماشا کنند."
    page.context.close()


def test_export_then_import_preview(browser, live_server, offer):
    page = signed_in(
        browser, live_server, viewport={"width": 1366, "height": 900}, accept_downloads=True
    )
    page.goto(f"{live_server.url}/admin/offers/offer/uebersetzungen/export/")
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()
    page.select_option("#id_language", "ru")
    with page.expect_download() as download:
        page.click("input[type=submit]")
    content = Path(download.value.path()).read_text(encoding="utf-8")
    assert 'trgLang="ru"' in content
    translated = content.replace(
        "<source>Kinderturnen</source>\n        <target />",
        "<source>Kinderturnen</source>\n        <target>Гимнастика для детей</target>",
    )
    assert translated != content
    page.goto(f"{live_server.url}/admin/offers/offer/uebersetzungen/import/")
    page.select_option("#id_language", "ru")
    page.set_input_files(
        "#id_file",
        files=[{"name": "ru.xlf", "mimeType": "application/xml", "buffer": translated.encode()}],
    )
    page.click("input[type=submit]")
    page.locator(".translation-changes").wait_for()
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/import-preview-1366.png", full_page=True)
    page.click("input[name=confirm]")
    page.locator(".messagelist").wait_for()
    assert Offer.objects.get(pk=offer.pk).title_ru == "Гимнастика для детей"
    page.context.close()
