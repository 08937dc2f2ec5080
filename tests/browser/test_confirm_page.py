"""The page behind a reminder mail's "noch aktuell" link (boards/confirm.py) in real Chromium:
axe finds nothing, it fits 320 px, and the button works without JavaScript."""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from offers import reminders
from offers.models import City, Offer
from tests.factories import make_district, make_offer

pytestmark = pytest.mark.django_db(transaction=True)

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
OLD = timezone.localdate() - timedelta(days=200)


@pytest.fixture
def offer():
    City.objects.create(name="Bottrop", email="sozialamt@bottrop.example")
    return make_offer(make_district(slug="welheim"), title="Lauftreff", last_confirmed=OLD)


def test_confirm_page_is_accessible_and_fits(live_server, browser, offer):
    token = reminders.confirm_token(offer)
    context = browser.new_context(viewport={"width": 320, "height": 700})
    page = context.new_page()
    for path in (f"/bestaetigen/{token}/", f"/bestaetigen/{token}x/"):
        page.goto(live_server.url + path)
        results = Axe().run(page, options=WCAG_21_AA)
        assert results.violations_count == 0, results.generate_report()
        scroll, client = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert scroll <= client, path
    context.close()


def test_confirm_button_works_without_javascript(live_server, browser, offer):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/bestaetigen/{reminders.confirm_token(offer)}/")
    page.click("form.confirm-form button")
    assert "Danke, das Angebot ist bestätigt" in page.inner_text("main")
    assert Offer.objects.get(pk=offer.pk).last_confirmed == timezone.localdate()
    context.close()
