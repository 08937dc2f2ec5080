"""Schedule rules in the offer form, posted as the browser posts them: forgiving times, errors
next to the field and linked from the top, fields per kind, times without seconds, and the
dates the rules give ("Nächste Termine")."""

from datetime import date, time, timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from offers import selectors
from offers.enums import WEEKDAY_SHORT_NAMES
from offers.models import ScheduleException, ScheduleRule
from tests.admin_forms import form_data
from tests.factories import make_district, make_offer

pytestmark = pytest.mark.django_db

EVERY_FIELD = [
    "kind",
    "weekdays",
    "interval_weeks",
    "ordinal",
    "date",
    "start_time",
    "end_time",
    "valid_from",
    "valid_until",
    "school_holidays",
    "on_public_holidays",
]


@pytest.fixture
def offer():
    return make_offer(make_district(), rules=[])


def change_url(offer):
    return reverse("admin:offers_offer_change", args=[offer.pk])


def post_rule(client, target, initial=0, **rule):
    """`target`'s change form as shown, with one rule row (`initial` 1: an existing one)."""
    url = change_url(target)
    data = form_data(client.get(url).context["adminform"].form)
    data.update({"rules-TOTAL_FORMS": "1", "rules-INITIAL_FORMS": str(initial)})
    row = {"kind": "weekly", "interval_weeks": "1", "school_holidays": "always", **rule}
    data.update({f"rules-0-{name}": value for name, value in row.items()})
    return client.post(url, data)


def rule_errors(response):
    [inline] = [i for i in response.context["inline_admin_formsets"] if i.formset.prefix == "rules"]
    return inline.formset.errors[0]


@pytest.mark.parametrize(
    ("typed", "end_typed", "start", "end"),
    [
        ("15-17", "", time(15), time(17)),
        ("15 bis 17 Uhr", "", time(15), time(17)),
        ("١٠-١٣", "", time(10), time(13)),
        ("۱۰:۳۰", "12", time(10, 30), time(12)),
        ("10 Uhr", "", time(10), None),
        ("9.30", "11.45", time(9, 30), time(11, 45)),
        ("15-17", "17:00", time(15), time(17)),  # the same end twice is no conflict
    ],
)
def test_typed_times_saved(admin_client, offer, typed, end_typed, start, end):
    response = post_rule(
        admin_client, offer, weekdays=["0", "3"], start_time=typed, end_time=end_typed
    )
    assert response.status_code == 302
    rule = ScheduleRule.objects.get(offer=offer)
    assert (rule.weekdays, rule.start_time, rule.end_time) == ([0, 3], start, end)


def test_range_and_another_end_is_error_next_to_end(admin_client, offer):
    response = post_rule(admin_client, offer, weekdays=["1"], start_time="15-17", end_time="18")
    assert response.status_code == 200
    assert rule_errors(response)["end_time"] == [
        "„von“ enthält schon ein Ende (17:00). Bitte hier leer lassen oder dieselbe Uhrzeit "
        "eingeben."
    ]
    assert not ScheduleRule.objects.exists()


def test_range_typed_over_an_existing_rule_replaces_its_end(admin_client):
    offer = make_offer(
        make_district(), rules=[{"weekdays": [1], "start_time": time(15), "end_time": time(17)}]
    )
    rule = offer.rules.get()
    response = post_rule(
        admin_client,
        offer,
        initial=1,
        id=rule.pk,
        offer=offer.pk,
        weekdays=["1"],
        start_time="10-13",
        end_time="17:00",  # shown from before, not typed
    )
    assert response.status_code == 302
    rule.refresh_from_db()
    assert (rule.start_time, rule.end_time) == (time(10), time(13))


def test_bad_time_is_error_next_to_field_and_linked_from_the_top(admin_client, offer):
    response = post_rule(admin_client, offer, weekdays=["1"], start_time="25")
    assert response.status_code == 200
    message = (
        "Die Uhrzeit „25“ gibt es nicht: Stunden gehen von 0 bis 23. "
        "Bitte z. B. 9:30 oder 10-13 eingeben."
    )
    page = BeautifulSoup(response.content, "html.parser")
    box = page.select_one("#rules-0 .fieldBox.field-start_time")
    beside = box.find_previous_sibling("ul", class_="errorlist")
    assert beside.get_text(strip=True) == message
    link = page.select_one(".error-summary a[href='#id_rules-0-start_time']")
    assert link.get_text(strip=True) == f"Terminregel 1, von: {message}"
    assert page.select_one("#id_rules-0-start_time") is not None


def test_error_summary_links_every_error(admin_client, offer):
    response = post_rule(admin_client, offer, kind="single", start_time="kaffee")
    page = BeautifulSoup(response.content, "html.parser")
    links = {a["href"]: a.get_text(strip=True) for a in page.select(".error-summary a")}
    assert links["#id_rules-0-start_time"].startswith("Terminregel 1, von: „kaffee“")
    assert links["#id_rules-0-date"] == (
        "Terminregel 1, Datum: Für einen Einzeltermin bitte ein Datum angeben."
    )


def test_fields_the_kind_does_not_use_are_reset(admin_client, offer):
    response = post_rule(
        admin_client,
        offer,
        kind="single",
        date="04.04.2027",
        weekdays=["1"],
        interval_weeks="2",
        valid_from="01.05.2027",  # left over from a weekly rule: would hide the date
        school_holidays="pause",
        start_time="10-12",
    )
    assert response.status_code == 302
    rule = ScheduleRule.objects.get(offer=offer)
    assert (rule.kind, rule.date, rule.weekdays, rule.interval_weeks) == (
        "single",
        date(2027, 4, 4),
        [],
        1,
    )
    assert (rule.valid_from, rule.school_holidays) == (None, "always")


def test_without_script_every_field_of_a_rule_is_in_the_form(admin_client):
    offer = make_offer(make_district(), rules=[{"weekdays": [1], "start_time": time(9, 30)}])
    page = BeautifulSoup(admin_client.get(change_url(offer)).content, "html.parser")
    rule = page.select_one("#rules-0")
    names = {f["name"].removeprefix("rules-0-") for f in rule.select("[name^='rules-0-']")}
    assert set(EVERY_FIELD) <= names
    assert not rule.select("[hidden] input, [hidden] select")  # the script hides, not the HTML
    shortcuts = rule.select_one(".weekday-shortcuts")
    assert shortcuts.has_attr("hidden")  # buttons only where the script runs
    assert [b.get_text() for b in shortcuts.select("button")] == ["Mo–Fr", "Mo–Do", "täglich"]
    script = page.select_one("script[src$='js/admin-rules.js']")
    assert script is not None and not page.select("script:not([src]):not([type])")


def test_an_offer_without_rules_shows_one_empty_rule_that_is_not_saved_untouched(
    admin_client, offer
):
    response = admin_client.get(change_url(offer))
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("#id_rules-0-kind") is not None
    data = form_data(response.context["adminform"].form)
    rule_form = next(
        i for i in response.context["inline_admin_formsets"] if i.formset.prefix == "rules"
    ).formset.forms[0]
    data.update({"rules-TOTAL_FORMS": "1", "rules-INITIAL_FORMS": "0"})
    for field in rule_form:  # what the browser sends for the untouched rule
        if field.value() not in (None, [], False, ""):
            data[field.html_name] = field.value()
    response = admin_client.post(change_url(offer), data)
    assert response.status_code == 302, response.context["errors"]
    assert not ScheduleRule.objects.filter(offer=offer).exists()


def test_times_are_shown_without_seconds(admin_client):
    offer = make_offer(
        make_district(),
        rules=[{"weekdays": [0], "start_time": time(9, 30), "end_time": time(11)}],
    )
    monday = timezone.localdate() + timedelta(days=7 - timezone.localdate().weekday())
    ScheduleException.objects.create(
        offer=offer, date=monday, kind="moved", new_start_time=time(16, 30)
    )
    page = BeautifulSoup(admin_client.get(change_url(offer)).content, "html.parser")
    assert page.select_one("#id_rules-0-start_time")["value"] == "09:30"
    assert page.select_one("#id_rules-0-end_time")["value"] == "11:00"
    assert page.select_one("#id_exceptions-0-new_start_time")["value"] == "16:30"
    assert ":00:00" not in page.get_text() and "09:30:00" not in str(page)


# --- Nächste Termine ---------------------------------------------------------------------------


def test_next_dates_count_from_a_later_start():
    # Today 01.12.2026, the offer starts on Monday 04.01.2027.
    offer = make_offer(
        make_district(),
        rules=[{"weekdays": [0, 2], "start_time": time(17), "valid_from": date(2027, 1, 4)}],
    )
    found = selectors.next_dates(offer, date(2026, 12, 1))
    assert found.start == date(2027, 1, 4)
    assert [o.day for o in found.dates] == [
        date(2027, 1, 4),
        date(2027, 1, 6),
        date(2027, 1, 11),
        date(2027, 1, 13),
        date(2027, 1, 18),
        date(2027, 1, 20),
        date(2027, 1, 25),
        date(2027, 1, 27),
    ]


def test_next_dates_name_what_holidays_took_away():
    # Fridays 15:00, not in the school holidays; Thursdays 10:00 in the holidays too.
    offer = make_offer(
        make_district(),
        rules=[
            {"weekdays": [4], "start_time": time(15), "school_holidays": "pause"},
            {"weekdays": [3], "start_time": time(10)},
        ],
    )
    found = selectors.next_dates(offer, date(2026, 12, 14))
    dropped = [(o.day, o.cause, o.note) for o in found.dropped]
    assert dropped == [
        (date(2026, 12, 25), "school_holidays", "Weihnachtsferien"),
        (date(2027, 1, 1), "school_holidays", "Weihnachtsferien"),
    ]
    assert [o.day for o in found.dates] == [
        date(2026, 12, 17),
        date(2026, 12, 18),
        date(2026, 12, 24),  # a Thursday: in the holidays too
        date(2026, 12, 31),
        date(2027, 1, 7),
        date(2027, 1, 8),
        date(2027, 1, 14),
        date(2027, 1, 15),
    ]


def test_next_dates_name_a_public_holiday():
    offer = make_offer(make_district(), rules=[{"weekdays": [0], "start_time": time(10)}])
    found = selectors.next_dates(offer, date(2027, 3, 22))
    assert [(o.day, o.cause, o.note) for o in found.dropped] == [
        (date(2027, 3, 29), "public_holiday", "Ostermontag"),
        (date(2027, 5, 17), "public_holiday", "Pfingstmontag"),
    ]


def test_next_dates_three_queries(django_assert_num_queries):
    offer = make_offer(make_district())
    with django_assert_num_queries(3):
        selectors.next_dates(offer, date(2026, 12, 1))


def test_change_page_lists_dates_from_a_later_start_with_links(admin_client):
    first = timezone.localdate() + timedelta(days=70)
    offer = make_offer(
        make_district(),
        rules=[{"weekdays": [first.weekday()], "start_time": time(9, 30), "valid_from": first}],
    )
    page = BeautifulSoup(admin_client.get(change_url(offer)).content, "html.parser")
    assert page.select_one(".next-dates-from").get_text(strip=True) == (
        f"Gezählt ab dem ersten Termin am {first:%d.%m.%Y}."
    )
    items = page.select(".upcoming li")
    assert len(items) == 8
    weekday = WEEKDAY_SHORT_NAMES[first.weekday()]
    assert items[0].get_text(" ", strip=True) == (
        f"{weekday} {first:%d.%m.%Y} 09:30 – Ausfall eintragen"
    )
    assert all(item.select_one("a").get_text() == "Ausfall eintragen" for item in items)
    form = admin_client.get(items[0].select_one("a")["href"]).context["adminform"].form
    assert form.initial["date"] == f"{first:%d.%m.%Y}"


def test_change_page_names_a_public_holiday_it_dropped(admin_client):
    today = timezone.localdate()
    christmas = date(today.year, 12, 25)
    if christmas < today:
        christmas = date(today.year + 1, 12, 25)
    offer = make_offer(
        make_district(),
        rules=[
            {
                "weekdays": [christmas.weekday()],
                "start_time": time(10),
                "valid_from": max(today, christmas - timedelta(days=14)),
            }
        ],
    )
    page = BeautifulSoup(admin_client.get(change_url(offer)).content, "html.parser")
    lines = [li.get_text(" ", strip=True) for li in page.select(".dropped-dates li")]
    assert f"entfällt: {christmas:%d.%m.%Y} – Erster Weihnachtstag (Feiertag)" in lines


def test_change_page_without_rules_says_so(admin_client, offer):
    page = BeautifulSoup(admin_client.get(change_url(offer)).content, "html.parser")
    assert page.select_one(".next-dates").get_text(strip=True) == (
        "Keine Terminregeln: das Angebot steht unter „Ohne feste Termine“."
    )
