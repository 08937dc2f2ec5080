"""After one visit, a district's board and infoscreen stay readable without a connection, marked
with when they were saved; with a connection, the network's page is served, never the copy."""

from datetime import time

import pytest
from django.utils import timezone

from tests.factories import make_district, make_offer

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def district():
    district = make_district(slug="welheim", name="Welheim")
    weekday = timezone.localdate().weekday()
    make_offer(
        district,
        slug="cafe",
        title="Elterncafé",
        title_fa="کافه والدین",
        rules=[{"weekdays": [weekday], "start_time": time(0, 0), "end_time": time(23, 59)}],
    )
    return district


def kept(page):
    """Wait until the service worker controls this page and holds a copy of it."""
    page.wait_for_function(
        "() => !!navigator.serviceWorker.controller",
        polling=100,
        timeout=15000,
    )
    for _ in range(150):
        if page.evaluate(
            "caches.open('quartier-offline-1').then(c => c.match(location.href)).then(r => !!r)"
        ):
            return
        page.wait_for_timeout(100)
    raise AssertionError("the service worker kept no copy of the page")


@pytest.mark.parametrize(
    ("path", "language", "title", "stand"),
    [
        ("/de/welheim/", "de", "Elterncafé", "Ohne Internetverbindung. Stand:"),
        ("/fa/welheim/", "fa", "کافه والدین", "اتصال اینترنت برقرار نیست."),
        ("/de/welheim/screen/", "de", "Elterncafé", "Ohne Internetverbindung. Stand:"),
    ],
)
def test_visit_go_offline_reload(live_server, browser, district, path, language, title, stand):
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(live_server.url + path)
    kept(page)
    note = page.locator(".offline-note")
    assert note.is_hidden()

    context.set_offline(True)
    page.reload()
    assert page.locator("html").get_attribute("lang") == language
    assert title in page.locator("main").inner_text()
    assert note.is_visible()
    assert stand in note.inner_text()
    saved = note.locator("time").get_attribute("datetime")
    assert saved.startswith(timezone.now().strftime("%Y-%m-%d"))
    # the page's own styles came from the cache too
    assert page.evaluate("getComputedStyle(document.body).margin") == "0px"

    # back online: the network's page again, no offline mark
    context.set_offline(False)
    page.reload()
    assert page.locator(".offline-note").is_hidden()
    context.close()


def test_without_javascript_nothing_changes(live_server, browser, district):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/de/welheim/")
    assert "Elterncafé" in page.locator("main").inner_text()
    assert page.locator(".offline-note").is_hidden()
    context.close()
