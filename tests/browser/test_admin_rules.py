"""Schedule rules entered as a clerk does, in real Chromium at 1366×768 with the menu open:
clicking and typing only, every form element inside the window, the saved rules right.

The tests count clicks and keystrokes as they go; `-s` prints the counts. Before this form a
weekly rule "Mo–Do 15–17, nicht in den Schulferien" took 10 clicks, 10 keystrokes and one
sideways scroll on a row 1,584 px wide, with 11 fields in view.
"""

from datetime import date, time, timedelta

import pytest
from django.utils import timezone

from offers import selectors
from offers.models import ScheduleException, ScheduleRule
from tests.browser.admin import signed_in
from tests.factories import make_accounts, make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db(transaction=True)

WIDTH, HEIGHT = 1366, 768

# Every visible input, select, textarea, label and button of the form whose box is not fully
# inside the window (left/right), and whether the page scrolls sideways.
OUTSIDE = """() => {
  const form = document.querySelector("#offer_form");
  const shown = (el) => el.getClientRects().length > 0
    && getComputedStyle(el).visibility !== "hidden";
  const outside = [...form.querySelectorAll("input, select, textarea, label, button")]
    .filter((el) => el.type !== "hidden" && shown(el))
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.left < -0.5 || box.right > window.innerWidth + 0.5;
    })
    .map((el) => el.id || el.name || el.textContent.trim().slice(0, 30));
  const root = document.documentElement;
  if (root.scrollWidth > window.innerWidth) outside.push(`page ${root.scrollWidth} px wide`);
  return outside;
}"""

# The fields a rule shows: labelled boxes that are displayed.
VISIBLE_FIELDS = """(rule) => [...rule.querySelectorAll(".fieldBox")]
  .filter((box) => box.getClientRects().length > 0)
  .map((box) => [...box.classList].find((c) => c.startsWith("field-")).slice(6))"""


class Clerk:
    """A page driven by clicks and typed keys, counted."""

    def __init__(self, page):
        self.page = page
        self.clicks = 0
        self.keys = 0

    def click(self, selector):
        self.page.locator(selector).click()
        self.clicks += 1

    def type_into(self, selector, text):
        self.click(selector)
        self.page.keyboard.type(text)
        self.keys += len(text)

    def choose(self, selector, value):
        self.page.locator(selector).select_option(value)
        self.clicks += 2  # open the list, pick the entry

    def count(self):
        return {"clicks": self.clicks, "keystrokes": self.keys}


@pytest.fixture
def offer():
    district = make_district(slug="welheim")
    organisation = make_organisation(slug="verein-a")
    place = make_place(district, organisation=organisation)
    make_accounts()
    return make_offer(district, place=place, slug="hausaufgaben", title="Hausaufgaben", rules=[])


@pytest.fixture
def page(browser, live_server, offer):  # the offer's fixture makes the clerk's account
    page = signed_in(
        browser,
        live_server,
        viewport={"width": WIDTH, "height": HEIGHT},
        timezone_id="Europe/Berlin",
        locale="de-DE",
    )
    yield page
    page.context.close()


def open_offer(page, live_server, offer):
    page.goto(f"{live_server.url}/admin/offers/offer/{offer.pk}/change/")
    assert page.locator("#nav-sidebar").is_visible()  # the menu is open
    assert page.locator("#nav-sidebar").bounding_box()["width"] > 200


def save_and_continue(page):
    page.locator("input[name=_continue]").last.click()
    page.wait_for_selector(".messagelist .success")


def visible_fields(page, index):
    return page.locator(f"#rules-{index}").evaluate(VISIBLE_FIELDS)


def test_weekly_rule_and_holiday_programme_by_clicking_and_typing(page, live_server, offer, capsys):
    open_offer(page, live_server, offer)
    clerk = Clerk(page)

    # A weekly rule: the offer has none, so one empty rule is there already.
    clerk.click("#rules-0 .weekday-shortcut >> text=Mo–Do")
    clerk.type_into("#id_rules-0-start_time", "15-17")
    clerk.choose("#id_rules-0-school_holidays", "pause")
    weekly = clerk.count()
    assert visible_fields(page, 0) == [
        "kind",
        "weekdays",
        "interval_weeks",
        "start_time",
        "end_time",
        "valid_from",
        "valid_until",
        "school_holidays",
        "on_public_holidays",
    ]

    # The Easter programme: Mo–Fr 10–13 in two weeks, and an outing on the Saturday.
    clerk.click("#rules-group .add-row a")
    clerk.click("#rules-1 .weekday-shortcut >> text=Mo–Fr")
    clerk.type_into("#id_rules-1-start_time", "10-13")
    clerk.type_into("#id_rules-1-valid_from", "22.03.2027")
    clerk.type_into("#id_rules-1-valid_until", "26.03.2027")
    clerk.click("#rules-group .add-row a")
    clerk.click("#rules-2 .weekday-shortcut >> text=Mo–Fr")
    clerk.type_into("#id_rules-2-start_time", "10 bis 13 Uhr")
    clerk.type_into("#id_rules-2-valid_from", "29.03.2027")
    clerk.type_into("#id_rules-2-valid_until", "02.04.2027")
    clerk.click("#rules-group .add-row a")
    clerk.choose("#id_rules-3-kind", "single")
    assert visible_fields(page, 3) == [
        "kind",
        "date",
        "start_time",
        "end_time",
        "on_public_holidays",
    ]
    clerk.type_into("#id_rules-3-date", "27.03.2027")
    clerk.type_into("#id_rules-3-start_time", "9.30-16")

    assert page.evaluate(OUTSIDE) == []
    clerk.click("input[name=_continue] >> nth=-1")
    page.wait_for_selector(".messagelist .success")
    assert page.evaluate(OUTSIDE) == []

    rules = [
        (r.kind, r.weekdays, r.date, r.start_time, r.end_time, r.valid_from, r.valid_until)
        for r in ScheduleRule.objects.filter(offer=offer).order_by("pk")
    ]
    assert rules == [
        ("weekly", [0, 1, 2, 3], None, time(15), time(17), None, None),
        ("weekly", [0, 1, 2, 3, 4], None, time(10), time(13), date(2027, 3, 22), date(2027, 3, 26)),
        ("weekly", [0, 1, 2, 3, 4], None, time(10), time(13), date(2027, 3, 29), date(2027, 4, 2)),
        ("single", [], date(2027, 3, 27), time(9, 30), time(16), None, None),
    ]
    assert ScheduleRule.objects.filter(offer=offer, school_holidays="pause").count() == 1
    shown = [
        (page.input_value(f"#id_rules-{i}-start_time"), page.input_value(f"#id_rules-{i}-end_time"))
        for i in range(4)
    ]
    assert sorted(shown) == [
        ("09:30", "16:00"),
        ("10:00", "13:00"),
        ("10:00", "13:00"),
        ("15:00", "17:00"),
    ]
    # A cancellation shows in the form too, in two short lines as well.
    first = selectors.next_dates(offer, timezone.localdate()).dates[0].day
    ScheduleException.objects.create(offer=offer, date=first, note="Ersatz am Freitag")
    page.reload()
    assert page.locator("#exceptions-0").is_visible()
    assert page.evaluate(OUTSIDE) == []
    with capsys.disabled():
        print(f"\none weekly rule: {weekly}, 9 fields shown; the whole form: {clerk.count()}")
    assert weekly == {"clicks": 4, "keystrokes": 5}  # and one more click to save


def test_wrong_time_shown_beside_the_field_and_linked_from_the_top(page, live_server, offer):
    open_offer(page, live_server, offer)
    page.click("#rules-0 .weekday-shortcut >> text=täglich")
    page.click("#id_rules-0-start_time")
    page.keyboard.type("25 Uhr")
    save = page.locator("input[name=_continue]").last
    save.click()
    page.wait_for_selector(".error-summary")
    message = "Die Uhrzeit „25“ gibt es nicht: Stunden gehen von 0 bis 23."
    beside = page.locator("#rules-0 .field-start_time").locator("xpath=..").locator(".errorlist")
    assert message in beside.inner_text()
    page.locator(".error-summary a", has_text=message).click()
    box = page.locator("#id_rules-0-start_time").bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= HEIGHT  # scrolled to the field
    assert page.evaluate(OUTSIDE) == []
    # Put right, the rule saves with the days the shortcut ticked.
    page.fill("#id_rules-0-start_time", "")
    page.click("#id_rules-0-start_time")
    page.keyboard.type("١٠-١٣")
    save.click()
    page.wait_for_selector(".messagelist .success")
    rule = ScheduleRule.objects.get(offer=offer)
    assert (rule.weekdays, rule.start_time, rule.end_time) == (list(range(7)), time(10), time(13))


def test_kind_shows_only_its_fields_and_all_return_without_script(
    browser, page, live_server, offer
):
    open_offer(page, live_server, offer)
    page.select_option("#id_rules-0-kind", "monthly")
    assert visible_fields(page, 0) == [
        "kind",
        "weekdays",
        "ordinal",
        "start_time",
        "end_time",
        "valid_from",
        "valid_until",
        "school_holidays",
        "on_public_holidays",
    ]
    page.select_option("#id_rules-0-kind", "weekly")
    assert "interval_weeks" in visible_fields(page, 0)
    assert page.evaluate(OUTSIDE) == []

    context = browser.new_context(
        viewport={"width": WIDTH, "height": HEIGHT}, java_script_enabled=False
    )
    context.add_cookies(page.context.cookies())
    plain = context.new_page()
    plain.goto(f"{live_server.url}/admin/offers/offer/{offer.pk}/change/")
    assert len(visible_fields(plain, 0)) == 11
    assert not plain.locator("#rules-0 .weekday-shortcut").first.is_visible()
    assert plain.evaluate(OUTSIDE) == []
    context.close()


def test_next_dates_from_a_january_start(page, live_server, offer):
    today = timezone.localdate()
    january = date(today.year + 1, 1, 1)
    first_monday = january + timedelta(days=(7 - january.weekday()) % 7)
    open_offer(page, live_server, offer)
    page.click("#rules-0 .weekday-shortcut >> text=Mo–Fr")
    page.click("#id_rules-0-start_time")
    page.keyboard.type("9")
    page.click("#id_rules-0-valid_from")
    page.keyboard.type(f"{first_monday:%d.%m.%Y}")
    save_and_continue(page)

    assert page.locator(".next-dates-from").inner_text() == (
        f"Gezählt ab dem ersten Termin am {first_monday:%d.%m.%Y}."
    )
    items = page.locator(".upcoming li")
    assert items.count() == 8
    assert items.first.inner_text() == f"Mo {first_monday:%d.%m.%Y} 09:00 – Ausfall eintragen"
    assert page.locator(".upcoming a", has_text="Ausfall eintragen").count() == 8
    page.locator(".upcoming a").first.click()
    assert page.input_value("#id_date") == f"{first_monday:%d.%m.%Y}"
