"""A 60-letter word wraps in the web layouts: nothing gets wider than the screen."""

import pytest

from tests.factories import make_district, make_offer, make_place

pytestmark = pytest.mark.django_db(transaction=True)

WORD = "Donaudampfschifffahrtsgesellschaftskapitänsmützenherstellung"


@pytest.mark.parametrize("language", ["de", "fa"])
@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("path", ["", "offers/lang/", "places/haus/", "screen/"])
def test_sixty_letter_word_does_not_widen_the_page(live_server, browser, language, width, path):
    district = make_district(slug="welheim")
    place = make_place(district, slug="haus", name=WORD)
    make_offer(district, place=place, slug="lang", title=WORD, summary=WORD)
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server.url}/{language}/welheim/{path}")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    context.close()
    assert overflow <= 0
