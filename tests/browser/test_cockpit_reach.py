"""The reach page in Chromium with the demo data: axe-core finds no WCAG 2.1 AA violations, the
charts fit a phone's width, and the XLSX link downloads."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from tests.browser.admin import signed_in
from tests.browser.test_accessibility import WCAG_21_AA

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def clerk(browser, live_server):
    call_command("seed_demo", verbosity=0)
    page = signed_in(browser, live_server)
    yield page
    page.context.close()


@pytest.mark.parametrize("query", ["", "?weeks=5&until=2099-01-01"])
def test_reach_page_has_no_wcag_21_aa_violations(live_server, clerk, query):
    response = clerk.goto(f"{live_server.url}/admin/cockpit/reach/{query}")
    assert response.status == (400 if query else 200)
    results = Axe().run(clerk, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def test_reach_page_fits_320_pixels(live_server, clerk):
    clerk.set_viewport_size({"width": 320, "height": 700})
    clerk.goto(f"{live_server.url}/admin/cockpit/reach/")
    for chart in clerk.locator(".reach-chart > svg").all():
        box = chart.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320


def test_reach_export_downloads(live_server, clerk):
    clerk.goto(f"{live_server.url}/admin/cockpit/reach/?weeks=4")
    with clerk.expect_download() as download:
        clerk.get_by_text("Als Excel-Datei (XLSX) herunterladen").click()
    assert download.value.suggested_filename.endswith(".xlsx")
