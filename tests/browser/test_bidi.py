"""Numbers inside Arabic and Persian pages, measured in Chromium (boards/bidi.py isolates
them once, where the text is written).

Each check finds a pattern in an element's text, takes the rectangles of two of its capture
groups (Range.getBoundingClientRect) and compares them: in «02041 70-4410» the «02041» box lies
left of the «4410» box, a time range starts on the left, the postcode stands left of its city —
whatever the page direction — and a run stays on one line.
"""

import pytest

from demo.legal_pages import load_legal_pages
from offers.models import City
from tests.factories import make_district, make_place

pytestmark = pytest.mark.django_db(transaction=True)

RTL = ["ar", "fa"]

# rectangles of the capture groups of `pattern` in the text of the first `selector` element
GROUP_RECTS = """
([selector, pattern]) => {
  const root = document.querySelector(selector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = "";
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push([node, text.length]);
    text += node.data;
  }
  const match = new RegExp(pattern, "d").exec(text);
  if (!match) return null;
  const locate = (offset) => {
    let found = nodes[0];
    for (const entry of nodes) if (entry[1] <= offset) found = entry;
    return [found[0], offset - found[1]];
  };
  return match.indices.slice(1).map(([start, end]) => {
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(end));
    const rects = range.getClientRects();
    const box = range.getBoundingClientRect();
    return {left: box.left, right: box.right, top: box.top, lines: rects.length};
  });
}
"""

HOURS = {
    "ar": "الاثنين 9–12 والخميس 17:00 – 19:30 (Jugendzentrum Welheim)",
    "fa": "دوشنبه 9–12 و پنج‌شنبه 17:00 – 19:30 (Jugendzentrum Welheim)",
}


def group_rects(page, selector, pattern):
    rects = page.evaluate(GROUP_RECTS, [selector, pattern])
    assert rects, f"{pattern!r} not found in {selector}"
    return rects


def assert_left_to_right(page, selector, pattern):
    first, second = group_rects(page, selector, pattern)
    assert first["right"] <= second["left"] + 0.5, (pattern, first, second)
    assert abs(first["top"] - second["top"]) < 2, f"{pattern!r} breaks over two lines"


@pytest.fixture
def place():
    load_legal_pages()
    City.objects.create(
        name="Bottrop",
        contact_name="Stadt Bottrop",
        street="Ernst-Wilczok-Platz 1",
        postcode="46236",
        locality="Bottrop",
        phone="02041 70-3000",
    )
    district = make_district(slug="welheim", name="Welheim")
    return make_place(
        district,
        slug="jugendzentrum",
        name="Jugendzentrum Welheim",
        street="Gungstraße 46",
        postcode="46236",
        locality="Bottrop",
        phone="02041 70-4410",
        opening_hours="Mo 9–12, Do 17:00 – 19:30 (Jugendzentrum Welheim)",
        opening_hours_ar=HOURS["ar"],
        opening_hours_fa=HOURS["fa"],
    )


@pytest.mark.parametrize("language", RTL)
def test_legal_page_phone_and_postcode_read_left_to_right(live_server, page, place, language):
    page.goto(f"{live_server.url}/{language}/info/impressum/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_left_to_right(page, ".prose", r"(02041)\D{1,3}70\D{1,3}(4410)")
    assert_left_to_right(page, ".prose", r"(46236)\s(Bottrop)")
    # the same in the footer's address and phone, for every page
    assert_left_to_right(page, ".site-footer", r"(46236)\s(Bottrop)")
    assert_left_to_right(page, ".site-footer", r"(02041)\D{1,3}70\D{1,3}(3000)")
    street, city = group_rects(page, ".site-footer", r"(Ernst-Wilczok-Platz\s1)\W+(46236)")
    assert street["left"] > city["left"] or street["top"] < city["top"]


@pytest.mark.parametrize("language", RTL)
def test_place_page_address_hours_phone_read_left_to_right(live_server, page, place, language):
    page.goto(f"{live_server.url}/{language}/welheim/places/jugendzentrum/")
    assert_left_to_right(page, ".facts", r"(Gungstraße)\s(46)")
    assert_left_to_right(page, ".facts", r"(46236)\s(Bottrop)")
    assert_left_to_right(page, ".facts", r"(02041)\D{1,3}70\D{1,3}(4410)")
    assert_left_to_right(page, ".facts", r"[^0-9](9)\D{1,3}(12)")
    assert_left_to_right(page, ".facts", r"(17:00)\D{1,5}(19:30)")
    opening, closing = group_rects(page, ".facts", r"(\()Jugendzentrum Welheim(\))")
    assert opening["left"] < closing["left"]
    # the street address comes after the word for «address» in reading order: on its right
    # side stands the label's <dt>, so the address's start (the street) is its rightmost part
    street, city = group_rects(page, ".facts", r"(Gungstraße\s46)\W+(46236\sBottrop)")
    assert street["left"] > city["left"] or street["top"] < city["top"]


def test_german_page_unchanged(live_server, page, place):
    page.goto(f"{live_server.url}/de/welheim/places/jugendzentrum/")
    text = page.locator(".facts").inner_text()
    assert "\u2066" not in text and "\u2069" not in text
    assert "Gungstraße 46, 46236 Bottrop" in text
