"""Opening hours on Arabic and Persian place pages, measured in Chromium (as test_bidi.py):
each range reads 9:00 → 12:00 from left to right and never breaks, and the ranges of a day
keep their order — the first one is read first, on the right in a right-to-left line."""

import pytest

from tests.browser.test_bidi import assert_left_to_right, group_rects
from tests.factories import make_district, make_place

pytestmark = pytest.mark.django_db(transaction=True)

WEEK = [[["09:00", "12:00"], ["14:00", "17:00"], ["18:00", "19:30"]]] * 5 + [
    [["10:00", "13:00"]],
    [],
]


@pytest.fixture
def place():
    district = make_district(slug="welheim", name="Welheim")
    return make_place(district, slug="treff", name="Treff", hours=WEEK)


def first_before_second(first, second, rtl):
    """In reading order: on the same line, right of it in RTL (left in LTR); or above."""
    if abs(first["top"] - second["top"]) >= 2:
        return first["top"] < second["top"]
    return first["left"] > second["right"] - 0.5 if rtl else first["right"] <= second["left"] + 0.5


@pytest.mark.parametrize("width", [320, 1920])
@pytest.mark.parametrize("language", ["ar", "fa"])
def test_ranges_read_in_order_on_rtl_pages(live_server, browser, place, language, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/{language}/welheim/places/treff/")
        assert page.locator("html").get_attribute("dir") == "rtl"
        week = ".hours-week li"
        assert_left_to_right(page, week, r"(9:00)\D{1,3}(12:00)")
        assert_left_to_right(page, week, r"(14:00)\D{1,3}(17:00)")
        assert_left_to_right(page, week, r"(18:00)\D{1,3}(19:30)")
        first, second, third = group_rects(
            page, week, r"(9:00\D{1,3}12:00)\D+(14:00\D{1,3}17:00)\D+(18:00\D{1,3}19:30)"
        )
        assert first_before_second(first, second, rtl=True), (first, second)
        assert first_before_second(second, third, rtl=True), (second, third)
        # the days' label is read before the times: right of them (or above)
        days, times = group_rects(page, week, r"^(\S+)[^0-9]*(9:00)")
        assert first_before_second(days, times, rtl=True), (days, times)
    finally:
        context.close()


def test_ranges_read_in_order_on_german_pages(live_server, page, place):
    page.goto(f"{live_server.url}/de/welheim/places/treff/")
    first, second = group_rects(page, ".hours-week li", r"(9:00–12:00), (14:00–17:00)")
    assert first_before_second(first, second, rtl=False)
