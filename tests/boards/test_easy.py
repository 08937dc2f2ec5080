"""The pages in Leichte Sprache (boards/easy.py): German whatever the browser asks, every
district's plan, the entry in every page's language switch, the fallback to the normal
summary, times as "von 15 Uhr bis 17 Uhr", and approval like every other offer text."""

from datetime import date, time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.urls import reverse

from boards import easy_text
from offers.models import City
from tests.admin_forms import form_data
from tests.factories import make_accounts, make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db

PAGES = [
    "/leichte-sprache/",
    "/leichte-sprache/wochen-plan-lesen/",
    "/leichte-sprache/stadtteil-finden/",
    "/leichte-sprache/barrierefreiheit/",
    "/leichte-sprache/rueckmeldung/",
]
FALLBACK = "Diesen Text gibt es noch nicht in Leichter Sprache."


@pytest.fixture
def site():
    City.objects.create(
        name="Bottrop", contact_name="Sozialamt", phone="02041 70-4410", email="q@bottrop.example"
    )
    welheim = make_district(slug="welheim", name="Welheim", name_fa="ولهایم")
    make_district(slug="altstadt", name="Altstadt")
    organisation = make_organisation(slug="verein-a")
    place = make_place(welheim, organisation=organisation, name="Jugendtreff")
    make_offer(
        welheim,
        place=place,
        slug="turnen",
        title="Kinderturnen",
        summary="Bewegungsparcours für Kinder von 3 bis 6 Jahren.",
        summary_easy="Turnen für kleine Kinder.\nEin Erwachsener kommt mit.",
        rules=[{"weekdays": [0], "start_time": time(15), "end_time": time(17)}],
    )
    make_offer(
        welheim,
        place=place,
        slug="cafe",
        title="Sprachcafé",
        summary="Deutsch üben bei Tee und Gebäck.",
        rules=[{"weekdays": [2], "start_time": time(15, 30)}],
    )
    return welheim


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


# --- the formatter ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        (time(15), time(17), "von 15 Uhr bis 17 Uhr"),
        (time(15, 30), time(17), "von 15 Uhr 30 bis 17 Uhr"),
        (time(9), time(11, 5), "von 9 Uhr bis 11 Uhr 5"),
        (time(9), None, "um 9 Uhr"),
        (time(0, 30), None, "um 0 Uhr 30"),
    ],
)
def test_times_in_words_around_digits(start, end, text):
    assert easy_text.time_span(start, end) == text


def test_clock_times_do_not_break_apart_on_a_page():
    assert easy_text.time_span(time(11, 30), None, "\xa0") == "um 11\xa0Uhr\xa030"


def test_days_written_out():
    assert easy_text.day_name(date(2026, 11, 30)) == "Montag, 30. November"
    assert easy_text.day_name(date(2026, 3, 1)) == "Sonntag, 1. März"


# --- pages --------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", PAGES)
def test_pages_are_german_whatever_the_browser_asks(client, site, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="fa,ar;q=0.9")
    assert response.status_code == 200
    page = soup(response)
    assert (page.html["lang"], page.html["dir"]) == ("de", "ltr")
    assert page.select_one("h1").get_text(strip=True)
    assert not page.select("link[rel=alternate][hreflang]")  # not translations of /xx/ pages
    switch = page.select_one("nav.language-switch")
    assert switch.select_one("a[aria-current=page]").get_text(strip=True) == "Leichte Sprache"


def test_start_page_links_every_page_and_the_normal_site(client, site):
    links = {a["href"] for a in soup(client.get("/leichte-sprache/")).select("main a")}
    assert set(PAGES[1:]) <= links
    assert "/de/" in links


def test_district_page_lists_every_active_district_as_a_plan_link(client, site):
    page = soup(client.get("/leichte-sprache/stadtteil-finden/"))
    links = {a.get_text(strip=True): a["href"] for a in page.select(".easy-districts a")}
    assert links == {
        "Wochen-Plan für Altstadt": "/leichte-sprache/stadtteil/altstadt/",
        "Wochen-Plan für Welheim": "/leichte-sprache/stadtteil/welheim/",
    }


def test_accessibility_page_links_the_full_statement(client, site):
    page = soup(client.get("/leichte-sprache/barrierefreiheit/"))
    assert page.select_one('main a[href="/de/info/barrierefreiheit/"]')


def test_feedback_page_gives_the_city_contact_and_the_form(client, site):
    page = soup(client.get("/leichte-sprache/rueckmeldung/"))
    assert page.select_one('a[href="tel:0204170-4410"]')
    assert page.select_one('a[href="mailto:q@bottrop.example"]')
    assert page.select_one('a[href="/de/info/barrierefreiheit/#feedback"]')


@pytest.mark.parametrize("slug", ["welheim", "altstadt"])
def test_every_district_has_a_plan(client, site, slug):
    response = client.get(f"/leichte-sprache/stadtteil/{slug}/")
    assert response.status_code == 200
    assert soup(response).html["lang"] == "de"


@pytest.mark.parametrize("slug", ["nirgendwo", "x" * 60])
def test_unknown_district_is_a_404_in_leichte_sprache(client, site, slug):
    response = client.get(f"/leichte-sprache/stadtteil/{slug}/")
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == "de"
    assert page.select_one("h1").get_text(strip=True) == "Diesen Stadtteil gibt es hier nicht"
    assert page.select_one('a[href="/leichte-sprache/stadtteil-finden/"]')


def test_bad_input_is_a_4xx(client, site):
    assert client.get("/leichte-sprache/stadtteil/<b>/").status_code == 404
    assert client.get("/leichte-sprache/stadtteil-finden/?week=xx&junk=1").status_code == 200
    assert client.post("/leichte-sprache/").status_code in (403, 405, 200)


# --- the plan -----------------------------------------------------------------------------------


def _entries(client, slug="welheim"):
    page = soup(client.get(f"/leichte-sprache/stadtteil/{slug}/"))
    return {entry.h3.get_text(strip=True): entry for entry in page.select(".easy-day .easy-entry")}


def test_plan_shows_the_easy_summary_and_marks_the_fallback(client, site):
    entries = _entries(client)
    turnen, cafe = entries["Kinderturnen"], entries["Sprachcafé"]
    assert "Turnen für kleine Kinder." in turnen.get_text()
    assert turnen.select_one(".easy-summary br")  # one sentence a line, as written
    assert FALLBACK not in turnen.get_text()
    assert "Bewegungsparcours" not in turnen.get_text()
    fallback = cafe.select_one(".easy-fallback")
    assert FALLBACK in fallback.get_text()
    assert "Deutsch üben bei Tee und Gebäck." in fallback.get_text()


def test_plan_writes_times_and_days_in_words(client, site):
    entries = _entries(client)
    assert entries["Kinderturnen"].select_one(".easy-time").text == "von 15\xa0Uhr bis 17\xa0Uhr"
    assert entries["Sprachcafé"].select_one(".easy-time").text == "um 15\xa0Uhr\xa030"
    page = soup(client.get("/leichte-sprache/stadtteil/welheim/"))
    headings = [h.get_text(" ", strip=True) for h in page.select(".easy-day h2")]
    assert len(headings) == 7
    assert headings[0].startswith("Montag, ") and headings[6].startswith("Sonntag, ")
    assert "15:00" not in page.select_one("main").get_text()


def test_plan_links_each_offer_page_saying_where_it_goes(client, site):
    link = _entries(client)["Kinderturnen"].select("a")[-1]
    assert link["href"] == "/de/welheim/offers/turnen/"
    assert (
        link.get_text(" ", strip=True) == "Mehr über das Angebot Kinderturnen in schwerer Sprache"
    )


def test_easy_summary_waits_for_approval_like_every_other_text(client, site):
    make_accounts()
    offer = site.offers.get(slug="turnen")
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    client.force_login(User.objects.get(username="verein-a"))
    form = client.get(url).context["adminform"].form
    assert "summary_easy" in form.fields
    data = form_data(form, summary_easy="WARTET auf Freigabe.")
    data.update({"rules-TOTAL_FORMS": "1", "rules-INITIAL_FORMS": "1"})
    rule = offer.rules.get()
    data.update(
        {
            "rules-0-id": rule.pk,
            "rules-0-offer": offer.pk,
            "rules-0-kind": rule.kind,
            "rules-0-weekdays": [str(d) for d in rule.weekdays],
            "rules-0-interval_weeks": rule.interval_weeks,
            "rules-0-start_time": "15:00",
            "rules-0-end_time": "17:00",
            "rules-0-school_holidays": rule.school_holidays,
        }
    )
    assert client.post(url, data).status_code == 302
    offer.refresh_from_db()
    assert offer.summary_easy == "WARTET auf Freigabe." and offer.has_pending_changes

    client.logout()
    text = _entries(client)["Kinderturnen"].get_text()
    assert "WARTET" not in text and "Turnen für kleine Kinder." in text

    client.force_login(User.objects.get(username="sozialamt"))
    review = reverse("admin:offers_offer_review", args=[offer.pk])
    assert client.post(review, {"decision": "approve"}).status_code == 302
    client.logout()
    assert "WARTET auf Freigabe." in _entries(client)["Kinderturnen"].get_text()


# --- the switch on every page ------------------------------------------------------------------


def _easy_link(page):
    links = [a for a in page.select("nav.language-switch a") if "Leichte Sprache" in a.text]
    assert len(links) == 1
    return links[0]


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/de/", "/leichte-sprache/"),
        ("/ar/", "/leichte-sprache/"),
        ("/de/welheim/", "/leichte-sprache/stadtteil/welheim/"),
        ("/fa/welheim/", "/leichte-sprache/stadtteil/welheim/"),
        ("/ar/welheim/offers/turnen/", "/leichte-sprache/stadtteil/welheim/"),
        ("/de/info/barrierefreiheit/", "/leichte-sprache/"),
        ("/ru/nirgendwo/", "/leichte-sprache/"),
    ],
)
def test_switch_has_leichte_sprache_on_every_page(client, site, path, target):
    from demo.legal_pages import load_legal_pages

    load_legal_pages()
    response = client.get(path)
    assert response.status_code in (200, 404)
    page = soup(response)
    link = _easy_link(page)
    assert (link["href"], link["lang"], link.get("aria-current")) == (target, "de", None)
    icon = link.select_one("svg")
    assert icon["aria-hidden"] == "true" and not icon.select("image, use")
    current = page.select("nav.language-switch a[aria-current=page]")
    assert [a["hreflang"] for a in current] == [path[1:3]]


# --- cache --------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/leichte-sprache/", "/leichte-sprache/stadtteil/welheim/"])
def test_pages_are_cached_like_the_board(client, site, page_cache, path):
    first = client.get(path, HTTP_ACCEPT_LANGUAGE="fa")
    assert first.status_code == 200 and first["ETag"]
    again = client.get(path + "?utm_source=qr")
    assert again.content == first.content
    assert client.get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    # A provider's save raises the content version: the next visit renders afresh.
    offer = site.offers.get(slug="turnen")
    offer.summary_easy = "Neu in Leichter Sprache."
    offer.save()
    assert client.get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_unknown_district_is_not_cached(client, site, page_cache):
    assert client.get("/leichte-sprache/stadtteil/bald/").status_code == 404
    make_district(slug="bald", name="Bald")
    assert client.get("/leichte-sprache/stadtteil/bald/").status_code == 200
