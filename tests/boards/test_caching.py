"""Page cache keys come from validated parameters only: junk never costs a render."""

from collections import Counter

import pytest
from django.test.signals import template_rendered

from tests.factories import make_district, make_group, make_offer, make_place

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.QUARTIER = {**settings.QUARTIER, "PAGE_CACHE": True}


@pytest.fixture
def renders():
    """Templates rendered, by name: Django's own test signal, sent by every real render."""
    counts = Counter()

    def count(sender, template, **kwargs):
        counts[template.name] += 1

    template_rendered.connect(count)
    yield counts
    template_rendered.disconnect(count)


JUNK = [f"utm_source={n}" for n in range(20)] + [
    "x=1",
    "fbclid=abc&utm_medium=qr",
    "show=",
    "week=",
    "group=&category=",
    "rotate=de",
    "%FF=%FE",
    "x=" + "y" * 3000,
]


def test_junk_parameters_map_to_the_plain_board_and_never_render(client, page_cache, renders):
    district = make_district(slug="welheim")
    make_offer(district, title="Schach")
    plain = client.get("/de/welheim/")
    assert renders["boards/board.html"] == 1

    responses = [client.get(f"/de/welheim/?{junk}") for junk in JUNK]

    assert renders["boards/board.html"] == 1
    assert {(r.status_code, r["ETag"], r.content) for r in responses} == {
        (200, plain["ETag"], plain.content)
    }


def test_validated_filters_key_the_page_whatever_else_comes_along(client, page_cache, renders):
    district = make_district(slug="welheim")
    group = make_group(slug="familien")
    make_offer(district, groups=[group])
    first = client.get("/ru/welheim/?group=familien&utm_source=a")
    again = client.get("/ru/welheim/?x=1&group=familien")
    assert renders["boards/board.html"] == 1
    assert (again["ETag"], again.content) == (first["ETag"], first.content)
    client.get("/ru/welheim/")
    assert renders["boards/board.html"] == 2  # a different, valid filter is its own page


def test_cached_page_carries_no_junk_into_its_links(client, page_cache):
    district = make_district(slug="welheim")
    make_offer(district)
    client.get("/ar/welheim/?week=&utm_source=evil&x=%3Cb%3E")  # rendered and cached
    body = client.get("/ar/welheim/").content.decode()
    assert "evil" not in body and "%3Cb%3E" not in body
    linked = client.get("/ar/welheim/?utm_source=evil&group=").content.decode()
    assert 'href="/de/welheim/"' in linked and "evil" not in linked


@pytest.mark.parametrize("path", ["/fa/", "/fa/welheim/offers/{o}/", "/fa/welheim/places/{p}/"])
def test_other_cached_pages_ignore_junk_parameters(client, page_cache, renders, path):
    district = make_district(slug="welheim")
    place = make_place(district)
    offer = make_offer(district, place=place)
    url = path.format(o=offer.slug, p=place.slug)
    plain = client.get(url)
    rendered = sum(renders.values())
    for junk in JUNK[:5]:
        response = client.get(f"{url}?{junk}")
        assert (response.status_code, response.content) == (200, plain.content)
    assert sum(renders.values()) == rendered


def test_calendar_feed_ignores_junk_parameters(client, page_cache, django_assert_num_queries):
    make_offer(make_district(slug="welheim"))
    plain = client.get("/de/welheim/calendar.ics")
    with django_assert_num_queries(1):  # the content version: served from the cache
        response = client.get("/de/welheim/calendar.ics?utm_source=newsletter")
    assert response.content == plain.content
