"""The coverage cockpit (issue 15): numbers against a hand count, dimensions, the holiday week,
gaps in words, the XLSX, who may see it and its query count."""

import io
from datetime import date, time, timedelta

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from offers import approval, coverage
from offers.calendars import city_calendar
from offers.enums import WEEKDAY_NAMES, OfferStatus
from offers.models import ScheduleException
from tests.factories import (
    make_accounts,
    make_category,
    make_district,
    make_group,
    make_offer,
    make_place,
)

pytestmark = pytest.mark.django_db

URL = "/admin/cockpit/coverage/"


def weeks():
    today = timezone.localdate()
    calendar = city_calendar()
    return (
        coverage.find_week(calendar, today, coverage.NORMAL),
        coverage.find_week(calendar, today, coverage.HOLIDAY),
    )


@pytest.fixture
def town():
    """Welheim with five offers (one a draft) and Altstadt that shows one of them."""
    normal, _ = weeks()
    welheim = make_district(name="Welheim", slug="welheim")
    altstadt = make_district(name="Altstadt", slug="altstadt")
    place = make_place(welheim)
    kids = make_group(name="Kinder", min_age=6, max_age=11)
    sport = make_category(name="Sport")
    creative = make_category(name="Kreativ")
    youth = make_offer(  # 10–14 and 14–18: Friday 2 h
        welheim,
        place=place,
        min_age=12,
        max_age=15,
        categories=[sport],
        languages=["de", "ar"],
        rules=[{"weekdays": [4], "start_time": time(15), "end_time": time(17)}],
    )
    youth.districts.add(altstadt)
    children = make_offer(  # 6–10 and 10–14: Monday and Wednesday 1.5 h, German
        welheim,
        place=place,
        groups=[kids],
        categories=[creative],
        rules=[{"weekdays": [0, 2], "start_time": time(16), "end_time": time(17, 30)}],
    )
    ScheduleException.objects.create(offer=children, date=normal + timedelta(days=2), note="krank")
    make_offer(  # only in the holidays: Tuesday 3 h for the children
        welheim,
        place=place,
        groups=[kids],
        rules=[
            {
                "weekdays": [1],
                "start_time": time(10),
                "end_time": time(13),
                "school_holidays": "only",
            }
        ],
    )
    make_offer(  # no ages anywhere: for everybody, Thursday, no end (1 h), not in the holidays
        welheim,
        place=place,
        rules=[{"weekdays": [3], "start_time": time(9), "school_holidays": "pause"}],
    )
    make_offer(  # a draft: residents do not see it, so it does not count
        welheim,
        place=place,
        status=OfferStatus.DRAFT,
        rules=[{"weekdays": [5], "start_time": time(10), "end_time": time(12)}],
    )
    return {"welheim": welheim, "altstadt": altstadt, "sport": sport, "creative": creative}


def grid_of(result, district):
    return next(g for g in result.grids if g.district == district).hours


def test_age_hours_equal_the_hand_count(town):
    normal, _ = weeks()
    hours = grid_of(coverage.coverage(normal, coverage.AGE), town["welheim"])
    assert hours == {
        "0–3": [0, 0, 0, 1, 0, 0, 0],
        "3–6": [0, 0, 0, 1, 0, 0, 0],
        "6–10": [1.5, 0, 0, 1, 0, 0, 0],  # Wednesday cancelled
        "10–14": [1.5, 0, 0, 1, 2, 0, 0],
        "14–18": [0, 0, 0, 1, 2, 0, 0],
        "Erwachsene": [0, 0, 0, 1, 0, 0, 0],
        "60+": [0, 0, 0, 1, 0, 0, 0],
    }
    altstadt = grid_of(coverage.coverage(normal, coverage.AGE), town["altstadt"])
    assert altstadt["14–18"] == [0, 0, 0, 0, 2, 0, 0]
    assert altstadt["0–3"] == [0] * 7


def test_holiday_week(town):
    _, holiday = weeks()
    hours = grid_of(coverage.coverage(holiday, coverage.AGE, coverage.HOLIDAY), town["welheim"])
    # The holiday programme runs, the Thursday café pauses; public holidays may fall in it.
    calendar = city_calendar()
    public = [calendar.public_holiday(holiday + timedelta(days=d)) for d in range(7)]
    expected_6_10 = [1.5, 3, 1.5, 0, 0, 0, 0]
    expected = [0 if public[d] else h for d, h in enumerate(expected_6_10)]
    assert hours["6–10"] == expected
    assert hours["0–3"] == [0] * 7


@pytest.mark.parametrize(
    ("dimension", "row", "expected"),
    [
        (coverage.CATEGORY, "sport", [0, 0, 0, 0, 2, 0, 0]),
        (coverage.CATEGORY, "creative", [1.5, 0, 0, 0, 0, 0, 0]),
        (coverage.LANGUAGE, "de", [1.5, 0, 0, 1, 2, 0, 0]),  # no language named: German
        (coverage.LANGUAGE, "ar", [0, 0, 0, 0, 2, 0, 0]),
        (coverage.LANGUAGE, "tr", [0] * 7),
    ],
)
def test_dimension_switch(town, dimension, row, expected):
    normal, _ = weeks()
    key = str(town[row].pk) if dimension == coverage.CATEGORY else row
    assert grid_of(coverage.coverage(normal, dimension), town["welheim"])[key] == expected


def test_gaps_in_words(town):
    normal, _ = weeks()
    result = coverage.coverage(normal, coverage.AGE)
    sentences = coverage.gap_sentences(result)[town["welheim"].pk]
    assert "nichts für 14–18 in Welheim am Montag, Dienstag, Mittwoch, Samstag und Sonntag" in (
        sentences
    )
    assert (
        "nichts für 0–3 in Altstadt in der ganzen Woche"
        in (coverage.gap_sentences(result)[town["altstadt"].pk])
    )
    by_language = coverage.gap_sentences(coverage.coverage(normal, coverage.LANGUAGE))
    arabic = "nichts auf Arabisch in Welheim am Montag, Dienstag, Mittwoch, Donnerstag, Samstag"
    assert arabic + " und Sonntag" in by_language[town["welheim"].pk]


def test_age_bands_overlap():
    assert coverage.age_keys((12, 15), []) == {"10–14", "14–18"}
    assert coverage.age_keys((None, None), [(6, 11)]) == {"6–10", "10–14"}
    assert coverage.age_keys((None, 3), []) == {"0–3", "3–6"}
    assert coverage.age_keys((65, None), []) == {"60+"}
    assert coverage.age_keys((None, None), [(None, None)]) == {b[0] for b in coverage.AGE_BANDS}


class Calendar:
    def __init__(self, school=(), public=()):
        self.school, self.public = set(school), set(public)

    def school_holiday(self, day):
        return "Ferien" if day in self.school else None

    def public_holiday(self, day):
        return "Feiertag" if day in self.public else None


def test_find_week_skips_holidays():
    monday = date(2026, 3, 23)
    easter = {monday + timedelta(days=7 + d) for d in range(14)}
    calendar = Calendar(school=easter | {monday + timedelta(days=1)})
    assert coverage.find_week(calendar, monday, coverage.NORMAL) == monday + timedelta(days=21)
    assert coverage.find_week(calendar, monday, coverage.HOLIDAY) == monday + timedelta(days=7)
    assert coverage.find_week(Calendar(), monday, coverage.HOLIDAY) is None


def login(client, username):
    client.force_login(User.objects.get(username=username))
    return client


@pytest.fixture
def users(town):
    organisation = town["welheim"].offers.first().organisation
    make_accounts()
    return {"provider": organisation.slug}


def test_clerk_sees_heatmap_table_and_gaps(client, users, town):
    response = login(client, "sozialamt").get(URL)
    assert response.status_code == 200
    assert reverse("cockpit-coverage") == URL
    html = response.content.decode()
    assert html.count('<svg viewBox="0 0') == 2  # one chart per district
    assert "<caption>Welheim: Stunden nach Altersgruppe</caption>" in html
    assert "nichts für 14–18 in Welheim am Montag, Dienstag, Mittwoch, Samstag und Sonntag" in html
    assert "nichts auf Arabisch" in login(client, "sozialamt").get(URL + "?dimension=language").text


def test_provider_gets_403(client, users):
    assert login(client, users["provider"]).get(URL).status_code == 403
    assert login(client, users["provider"]).get(URL + "?format=xlsx").status_code == 403


def test_anonymous_goes_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("query", ["?dimension=alter", "?week=2026-W01", "?format=pdf"])
def test_bad_choice_is_400(client, users, query):
    assert login(client, "sozialamt").get(URL + query).status_code == 400


def test_xlsx_has_the_same_numbers(client, users, town):
    response = login(client, "sozialamt").get(URL + "?dimension=age&week=normal&format=xlsx")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="abdeckung-age-')
    book = load_workbook(io.BytesIO(response.content))
    rows = list(book["Stunden"].iter_rows(values_only=True))
    assert rows[1] == ("Stadtteil", "Altersgruppe", *WEEKDAY_NAMES, "Woche")
    assert ("Welheim", "10–14", 1.5, 0, 0, 1, 2, 0, 0, 4.5) in rows
    assert ("Altstadt", "14–18", 0, 0, 0, 0, 2, 0, 0, 2) in rows
    assert len(rows) == 2 + 2 * len(coverage.AGE_BANDS)
    gaps = [row[1] for row in book["Lücken"].iter_rows(min_row=2, values_only=True)]
    assert "nichts für 14–18 in Welheim am Montag, Dienstag, Mittwoch, Samstag und Sonntag" in gaps


def _more_offers(district, count):
    group = make_group(min_age=14, max_age=17)
    for n in range(count):
        make_offer(
            district,
            groups=[group],
            categories=[make_category()],
            languages=["tr"],
            rules=[{"weekdays": [n % 7], "start_time": time(14), "end_time": time(16)}],
        )


@pytest.mark.parametrize("dimension", [coverage.AGE, coverage.CATEGORY, coverage.LANGUAGE])
def test_queries_do_not_grow_with_the_data(
    client, users, town, django_assert_num_queries, dimension
):
    login(client, "sozialamt")
    counts = []
    for extra in (0, 12):
        _more_offers(town["welheim"], extra)
        # Session, user, clerk group; offers, rules, districts, exceptions, closures, active
        # districts; the dimension's relation and its rows (age: target groups for snapshots);
        # the admin's permissions and city (4).
        expected = {coverage.AGE: 15, coverage.CATEGORY: 15, coverage.LANGUAGE: 13}[dimension]
        with django_assert_num_queries(expected):
            response = client.get(f"{URL}?dimension={dimension}")
        counts.append(response.status_code)
    assert counts == [200, 200]


def test_a_waiting_change_does_not_count_until_approved(users, town):
    """Residents see the approved state, so does the cockpit."""
    normal, _ = weeks()
    offer = town["welheim"].offers.get(min_age=12)
    with approval.acting(User.objects.get(username=offer.organisation.slug)):
        offer.min_age, offer.max_age = 60, 99
        offer.save()
    offer.refresh_from_db()
    assert offer.approved_snapshot  # waiting for a clerk
    hours = grid_of(coverage.coverage(normal, coverage.AGE), town["welheim"])
    assert hours["14–18"][4] == 2
    assert hours["60+"][4] == 0


def test_the_clerks_work_list_links_both_cockpit_pages_providers_see_none(client, users):
    index = login(client, "sozialamt").get(reverse("admin:index")).content.decode()
    assert f'href="{URL}"' in index and f'href="{reverse("cockpit-reach")}"' in index
    index = login(client, users["provider"]).get(reverse("admin:index")).content.decode()
    assert "/admin/cockpit/" not in index
