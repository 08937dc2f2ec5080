"""Page cache keys come from validated parameters only: junk never costs a render."""

import pytest

from tests.factories import make_district, make_group, make_offer, make_place

pytestmark = pytest.mark.django_db


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


def test_junk_parameters_map_to_the_plain_board_and_never_render(
    client, page_cache, rendered_templates
):
    district = make_district(slug="welheim")
    make_offer(district, title="Schach")
    plain = client.get("/de/welheim/")
    assert rendered_templates["boards/board.html"] == 1

    responses = [client.get(f"/de/welheim/?{junk}") for junk in JUNK]

    assert rendered_templates["boards/board.html"] == 1
    assert {(r.status_code, r["ETag"], r.content) for r in responses} == {
        (200, plain["ETag"], plain.content)
    }


def test_validated_filters_key_the_page_whatever_else_comes_along(
    client, page_cache, rendered_templates
):
    district = make_district(slug="welheim")
    group = make_group(slug="familien")
    make_offer(district, groups=[group])
    first = client.get("/ru/welheim/?group=familien&utm_source=a")
    again = client.get("/ru/welheim/?x=1&group=familien")
    assert rendered_templates["boards/board.html"] == 1
    assert (again["ETag"], again.content) == (first["ETag"], first.content)
    client.get("/ru/welheim/")
    assert rendered_templates["boards/board.html"] == 2  # a different, valid filter is its own page


def test_cached_page_carries_no_junk_into_its_links(client, page_cache):
    district = make_district(slug="welheim")
    make_offer(district)
    client.get("/ar/welheim/?week=&utm_source=evil&x=%3Cb%3E")  # rendered and cached
    body = client.get("/ar/welheim/").content.decode()
    assert "evil" not in body and "%3Cb%3E" not in body
    linked = client.get("/ar/welheim/?utm_source=evil&group=").content.decode()
    assert 'href="/de/welheim/"' in linked and "evil" not in linked


@pytest.mark.parametrize("path", ["/fa/", "/fa/welheim/offers/{o}/", "/fa/welheim/places/{p}/"])
def test_other_cached_pages_ignore_junk_parameters(client, page_cache, rendered_templates, path):
    district = make_district(slug="welheim")
    place = make_place(district)
    offer = make_offer(district, place=place)
    url = path.format(o=offer.slug, p=place.slug)
    plain = client.get(url)
    rendered = sum(rendered_templates.values())
    for junk in JUNK[:5]:
        response = client.get(f"{url}?{junk}")
        assert (response.status_code, response.content) == (200, plain.content)
    assert sum(rendered_templates.values()) == rendered


def test_calendar_feed_ignores_junk_parameters(client, page_cache, django_assert_num_queries):
    make_offer(make_district(slug="welheim"))
    plain = client.get("/de/welheim/calendar.ics")
    with django_assert_num_queries(1):  # the content version: served from the cache
        response = client.get("/de/welheim/calendar.ics?utm_source=newsletter")
    assert response.content == plain.content


# --- Plain pages (no query string): answered before the middleware stack and the view ------


def _headers(response):
    return {name: value for name, value in response.items() if name != "Date"}


@pytest.mark.parametrize("path", ["/fa/welheim/", "/de/welheim/embed/", "/ru/welheim/feed.atom"])
def test_plain_page_is_answered_with_one_query_and_the_same_headers(
    client, page_cache, django_assert_num_queries, path
):
    make_offer(make_district(slug="welheim"), title="Schach")
    first = client.get(path)
    with django_assert_num_queries(1):  # the content version
        again = client.get(path)
    assert again.status_code == 200
    assert (_headers(again), again.content) == (_headers(first), first.content)
    assert again["Content-Length"] == str(len(again.content))


def test_plain_page_keeps_what_the_view_and_the_inner_middleware_added(client, page_cache):
    make_offer(make_district(slug="welheim"))
    client.get("/de/welheim/embed/")
    embed = client.get("/de/welheim/embed/")
    board = client.get("/ar/welheim/")
    board = client.get("/ar/welheim/")
    # The embed may be framed by partners (its own CSP, no X-Frame-Options); the board not.
    assert "frame-ancestors 'none'" not in embed["Content-Security-Policy"]
    assert not embed.has_header("X-Frame-Options")
    assert board["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in board["Content-Security-Policy"]
    assert board["Content-Language"] == "ar"


def test_plain_page_is_compressed_once_and_decompresses_to_the_page(client, page_cache):
    import gzip

    make_offer(make_district(slug="welheim"), title="Schach")
    plain = client.get("/de/welheim/")
    zipped = client.get("/de/welheim/", HTTP_ACCEPT_ENCODING="gzip, br")
    zipped_again = client.get("/de/welheim/", HTTP_ACCEPT_ENCODING="gzip")
    assert zipped["Content-Encoding"] == "gzip" and "Accept-Encoding" in zipped["Vary"]
    assert zipped.content == zipped_again.content  # stored compressed, not compressed per hit
    assert gzip.decompress(zipped.content) == plain.content
    assert zipped["ETag"] == "W/" + plain["ETag"]
    assert not plain.has_header("Content-Encoding")


def test_plain_page_answers_304_to_its_etag(client, page_cache, django_assert_num_queries):
    make_offer(make_district(slug="welheim"))
    etag = client.get("/de/welheim/")["ETag"]
    with django_assert_num_queries(1):
        response = client.get("/de/welheim/", HTTP_IF_NONE_MATCH=etag)
    assert (response.status_code, response.content, response["ETag"]) == (304, b"", etag)


def test_plain_page_follows_every_content_change(client, page_cache):
    district = make_district(slug="welheim")
    offer = make_offer(district, title="Schach")
    assert "Schach" in client.get("/de/welheim/").content.decode()
    assert "Schach" in client.get("/de/welheim/").content.decode()  # from the plain cache
    offer.title = "Tischtennis"
    offer.save()
    body = client.get("/de/welheim/").content.decode()
    assert "Tischtennis" in body and "Schach" not in body


def test_pages_that_change_with_the_minute_are_not_kept_as_plain_pages(client, page_cache):
    from boards.caching import plain_key
    from quartier import safe_cache

    district = make_district(slug="welheim")
    place = make_place(district)
    make_offer(district, place=place)
    path = f"/de/welheim/places/{place.slug}/"
    client.get(path)
    client.get(path)
    assert safe_cache.get(plain_key(path)) is None  # its `vary` is the minute (open now)
    client.get("/de/welheim/")
    assert safe_cache.get(plain_key("/de/welheim/")) is not None


def test_answers_with_a_cookie_or_for_a_session_are_never_kept(rf):
    from django.http import HttpResponse

    from boards.caching import keeps_plain_page

    request = rf.get("/de/welheim/")
    request.plain_page = True
    assert keeps_plain_page(request, HttpResponse("page"))
    with_cookie = HttpResponse("page")
    with_cookie.set_cookie("csrftoken", "secret")
    per_session = HttpResponse("page", headers={"Vary": "Accept-Language, Cookie"})
    assert not keeps_plain_page(request, with_cookie)
    assert not keeps_plain_page(request, per_session)
    assert not keeps_plain_page(request, HttpResponse("gone", status=404))
    request.plain_page = False  # the view said its page changes with more than the path
    assert not keeps_plain_page(request, HttpResponse("page"))


def test_requests_with_a_query_or_a_head_go_to_the_view(client, page_cache, rendered_templates):
    make_offer(make_district(slug="welheim"))
    client.get("/de/welheim/")
    assert client.get("/de/welheim/?utm_source=x").status_code == 200  # the view's own cache
    head = client.head("/de/welheim/")
    assert (head.status_code, head.content) == (200, b"")
    assert rendered_templates["boards/board.html"] == 1
