"""Nothing sticks out of a day card of the weekly plan, from a small phone to a wide monitor."""

import pytest

from tests.browser.boxes import DAY_PROBLEMS, SETTLED
from tests.browser.busy import LANGUAGES, busiest_demo_district

pytestmark = pytest.mark.django_db(transaction=True)

WIDTHS = [320, 360, 768, 1024, 1200, 1280, 1440, 1920]


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_sticks_out_of_a_day_on_the_busiest_demo_board(live_server, browser, language):
    district, _ = busiest_demo_district()
    context = browser.new_context(viewport={"width": 1920, "height": 1000})
    page = context.new_page()
    problems = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 1000})
        page.goto(f"{live_server.url}/{language}/{district.slug}/")
        page.evaluate(SETTLED)
        assert page.locator(".day").count() == 7
        problems[width] = page.evaluate(DAY_PROBLEMS)[:5]
    context.close()
    assert problems == dict.fromkeys(WIDTHS, [])


# Every control of the filter form inside the form's card (a Ukrainian category name made the
# "Що?" select wider than a 320 px phone's card).
FILTER_PROBLEMS = """() => {
  const form = document.querySelector("form.filters").getBoundingClientRect();
  return [...document.querySelectorAll("form.filters select, form.filters button")]
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.left < form.left - 0.5 || box.right > form.right + 0.5;
    })
    .map((el) => el.id);
}"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_filter_form_fits_a_small_phone(live_server, browser, language):
    district, _ = busiest_demo_district()
    page = browser.new_page(viewport={"width": 320, "height": 800})
    page.goto(f"{live_server.url}/{language}/{district.slug}/")
    problems = page.evaluate(FILTER_PROBLEMS)
    page.close()
    assert problems == []
