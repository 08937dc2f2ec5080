"""An online offer's page in real Chromium while its join link shows: axe 0 violations in
German and Persian, no horizontal scrolling at 320 px, the link works without JavaScript."""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from offers.models import Offer
from tests.browser.test_accessibility import WCAG_21_AA
from tests.factories import make_district, make_offer

pytestmark = pytest.mark.django_db(transaction=True)

JOIN = "https://meet.example.org/elterntreff"


@pytest.fixture
def online():
    """An online offer with a date that started five minutes ago (its link shows now)."""
    district = make_district(slug="welheim", name="Welheim", name_fa="ولهایم")
    now = timezone.localtime()
    # Five minutes ago, but today: the page lists dates from today on.
    start = max(now - timedelta(minutes=5), now.replace(hour=0, minute=0, second=0))
    offer = make_offer(
        district,
        slug="elterntreff",
        title="Elterntreff online",
        title_fa="دیدار آنلاین والدین",
        attendance="online",
        online_url=JOIN,
        childcare=True,
        rules=[
            {
                "kind": "single",
                "date": start.date(),
                "start_time": start.time().replace(second=0, microsecond=0),
                "end_time": (start + timedelta(hours=1)).time().replace(second=0, microsecond=0),
            }
        ],
    )
    Offer.objects.filter(pk=offer.pk).update(place=None)
    return offer


@pytest.mark.parametrize("language", ["de", "fa"])
def test_the_page_with_the_link_has_no_wcag_21_aa_violations(live_server, page, online, language):
    page.goto(f"{live_server.url}/{language}/welheim/offers/elterntreff/")
    assert page.locator(".join a.button").get_attribute("href") == JOIN
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("language", ["de", "fa"])
def test_at_320_px_nothing_scrolls_sideways(live_server, browser, online, language):
    context = browser.new_context(viewport={"width": 320, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server.url}/{language}/welheim/offers/elterntreff/")
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    context.close()
    assert widths[0] <= widths[1]


def test_the_link_works_without_javascript(live_server, browser, online):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/de/welheim/offers/elterntreff/")
    link = page.get_by_role("link", name="Jetzt online teilnehmen")
    href = link.get_attribute("href")
    context.close()
    assert href == JOIN
