"""The board's SQL queries do not grow with the number of offers (docs/performance.md)."""

from datetime import date, time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from offers.models import Closure, ScheduleException
from tests.factories import make_category, make_district, make_group, make_offer, make_place

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def _district_with_offers(count):
    district = make_district()
    place = make_place(district)
    group, category = make_group(slug=f"g{count}"), make_category(slug=f"c{count}")
    rules = [
        {"weekdays": [0, 2], "start_time": time(15), "end_time": time(17)},
        {"kind": "monthly", "weekdays": [4], "ordinal": -1, "start_time": time(18)},
    ]
    offers = [
        make_offer(district, place=place, rules=rules, groups=[group], categories=[category])
        for _ in range(count)
    ]
    for offer in offers[::3]:
        ScheduleException.objects.create(offer=offer, date=date(2026, 11, 23), note="krank")
    Closure.objects.create(
        place=place, start_date=date(2026, 11, 27), end_date=date(2026, 11, 27), reason="zu"
    )
    return district, group


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries), response


@pytest.mark.parametrize("filtered", [False, True])
def test_board_query_count_same_for_10_and_500_offers(client, wide_weeks, filtered):
    small, small_group = _district_with_offers(10)
    large, large_group = _district_with_offers(500)

    def url(district, group):
        return f"/de/{district.slug}/?week=2026-W48" + (f"&group={group.slug}" if filtered else "")

    small_count, small_response = _queries(client, url(small, small_group))
    large_count, large_response = _queries(client, url(large, large_group))

    assert small_count == large_count
    # Pinned: city, district, offers, rules, target groups, categories, exceptions, closures,
    # places, plus the two filter lists (and one lookup per filter value given).
    assert small_count == (12 if filtered else 11)
    assert large_response.content.decode().count('class="entry-time"') == 500 * 2 + 500


@pytest.mark.parametrize("page", ["embed/", "feed.atom"])
def test_embed_and_atom_query_counts_same_for_10_and_200_offers(client, page):
    small, _ = _district_with_offers(10)
    large, _ = _district_with_offers(200)
    small_count, _ = _queries(client, f"/de/{small.slug}/{page}")
    large_count, response = _queries(client, f"/de/{large.slug}/{page}")
    assert small_count == large_count
    # Pinned: district, offers, rules, target groups, categories (prefetched with the
    # offers); the embed adds the city (footer), exceptions, closures and places.
    assert small_count == (9 if page == "embed/" else 5)
    body = response.content.decode()
    if page == "embed/":
        # This week's Monday and Wednesday (the monthly rule's last Friday may fall in it).
        assert body.count('class="embed-time"') >= 200 * 2
    else:
        assert body.count("<entry>") == 30  # the newest 30


def test_easy_plan_query_count_same_for_10_and_200_offers(client):
    small, _ = _district_with_offers(10)
    large, _ = _district_with_offers(200)
    small_count, _ = _queries(client, f"/leichte-sprache/stadtteil/{small.slug}/")
    large_count, response = _queries(client, f"/leichte-sprache/stadtteil/{large.slug}/")
    assert small_count == large_count
    # Pinned: the board's without its two filter lists: city, district, offers, rules,
    # target groups, categories, exceptions, closures, places.
    assert small_count == 9
    assert response.content.decode().count('class="easy-time"') >= 200 * 2
