"""The coverage cockpit in real Chromium: WCAG 2.1 AA by axe-core in every view of it, at the
office laptop's width and at 320 px."""

from datetime import time

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.admin import signed_in
from tests.browser.test_accessibility import WCAG_21_AA
from tests.factories import make_accounts, make_category, make_district, make_group, make_offer

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def clerk_page(browser, live_server):
    district = make_district(name="Welheim", slug="welheim")
    make_offer(
        district,
        groups=[make_group(name="Jugend", min_age=12, max_age=17)],
        categories=[make_category(name="Sport")],
        languages=["de", "fa"],
        rules=[{"weekdays": [4], "start_time": time(15), "end_time": time(17)}],
    )
    make_district(name="Altstadt", slug="altstadt")
    make_accounts()
    page = signed_in(browser, live_server)
    yield page
    page.context.close()


@pytest.mark.parametrize(
    "query", ["", "?dimension=category&week=holiday", "?dimension=language&week=normal"]
)
@pytest.mark.parametrize("width", [1366, 320])
def test_no_wcag_21_aa_violations(live_server, clerk_page, query, width):
    clerk_page.set_viewport_size({"width": width, "height": 800})
    clerk_page.goto(f"{live_server.url}/admin/cockpit/coverage/{query}")
    assert clerk_page.locator("svg[role=img]").count() == 2  # two districts
    results = Axe().run(clerk_page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def test_switching_without_javascript(browser, live_server, clerk_page):
    page = signed_in(browser, live_server, java_script_enabled=False)
    page.goto(f"{live_server.url}/admin/cockpit/coverage/")
    page.check("input[name=dimension][value=language]")
    page.click(".coverage-choice button")
    assert "dimension=language" in page.url
    assert page.get_by_text("nichts auf Farsi (Persisch) in Welheim", exact=False).count()
    page.context.close()
