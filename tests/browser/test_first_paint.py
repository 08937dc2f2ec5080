"""The board paints from its own HTML: its stylesheet is inline (quartier/stylesheet.py),
allowed by the Content-Security-Policy's hash, with the fonts it names still loading."""

import pytest

from tests.factories import make_district, make_offer

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("language", ["fa", "de"])
def test_board_is_styled_without_a_stylesheet_request(live_server, page, language):
    district = make_district(slug="welheim")
    make_offer(district, title="Boxen")
    refused, requested = [], []
    page.on("console", lambda message: refused.append(message.text))
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{live_server.url}/{language}/welheim/")
    page.evaluate("document.fonts.ready.then(() => true)")

    # Chromium reports a style the policy refuses on the console; none is.
    assert not [text for text in refused if "Content Security Policy" in text]
    assert not [url for url in requested if url.endswith(".css")]
    # the inline rules apply: the house font and the layout of the week
    assert "Quartier Sans" in page.evaluate("getComputedStyle(document.documentElement).fontFamily")
    assert page.evaluate("getComputedStyle(document.querySelector('.skip-link')).position") == (
        "absolute"
    )
    assert page.evaluate("document.fonts.check('16px \"Quartier Sans\"')")
    assert [url for url in requested if url.endswith(".woff2")]


def test_an_offer_page_links_the_stylesheet(live_server, page):
    district = make_district(slug="welheim")
    offer = make_offer(district, title="Boxen")
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{live_server.url}/de/welheim/offers/{offer.slug}/")
    assert [url for url in requested if url.endswith("/css/quartier.css")]
    assert "Quartier Sans" in page.evaluate("getComputedStyle(document.documentElement).fontFamily")
