"""The embed for partners' websites: the district's week in an iframe, or one provider's."""

from datetime import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone, translation

from offers import approval
from offers.models import Membership, ScheduleException
from offers.schedules import week_start
from tests.factories import make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db
EVERY_DAY = [{"weekdays": list(range(7)), "start_time": time(15), "end_time": time(16, 30)}]


@pytest.fixture
def world():
    district = make_district(slug="welheim", name="Welheim", name_fa="ولهایم")
    club = make_organisation(slug="turnverein", name="Turnverein Welheim")
    school = make_organisation(slug="schule", name="Gartenstadtschule")
    hall = make_place(district, organisation=club, name="Sporthalle", slug="halle")
    gym = make_offer(
        district,
        place=hall,
        slug="turnen",
        title="Kinderturnen",
        title_fa="ژیمناستیک کودکان",
        rules=EVERY_DAY,
    )
    homework = make_offer(
        district,
        organisation=school,
        slug="hausaufgaben",
        title="Hausaufgabenhilfe",
        rules=[{"weekdays": [1], "start_time": time(14), "end_time": time(15)}],
    )
    return district, club, gym, homework


def embed(client, query="", language="de"):
    return client.get(f"/{language}/welheim/embed/{query}")


def test_shows_the_week_with_times_titles_and_places(client, world):
    response = embed(client)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    days = soup.select(".embed-days > li")
    assert len(days) == 7  # the gym runs every day
    first = days[0]
    assert "15:00–16:30" in first.select_one(".embed-time").text
    assert first.select_one("a").text == "Kinderturnen"
    assert "Sporthalle" in first.select_one(".embed-place").text
    assert "Hausaufgabenhilfe" in days[1].text
    assert soup.select_one("h1").text.strip() == "Welheim"


def test_is_framable_by_partners_but_the_board_is_not(client, world):
    response = embed(client)
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert "X-Frame-Options" not in response
    board = client.get("/de/welheim/")
    assert "frame-ancestors 'none'" in board["Content-Security-Policy"]
    assert board["X-Frame-Options"] == "DENY"


def test_framing_sites_come_from_the_setting(client, world, settings):
    settings.QUARTIER = {**settings.QUARTIER, "EMBED_FRAME_ANCESTORS": "https://schule.example"}
    response = embed(client)
    assert response["Content-Security-Policy"].endswith("frame-ancestors https://schule.example")


def test_needs_no_script_sets_no_cookie_and_opens_links_in_a_new_tab(client, world):
    response = embed(client)
    soup = BeautifulSoup(response.content, "html.parser")
    assert not soup.select("script")
    assert not response.cookies
    links = soup.select("a[href]")
    assert links
    for link in links:
        assert link["target"] == "_blank"
        assert "noopener" in link["rel"]
    assert soup.select_one(".embed-more a")["href"] == "/de/welheim/"


def test_one_providers_offers(client, world):
    response = embed(client, "?organisation=turnverein")
    soup = BeautifulSoup(response.content, "html.parser")
    assert "Kinderturnen" in soup.text
    assert "Hausaufgabenhilfe" not in soup.text
    assert "Turnverein Welheim" in soup.select_one("h1").text


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("?organisation=unbekannt", 404),
        ("?organisation=%3Cscript%3E", 400),
        ("?organisation=" + "a" * 200, 400),
        ("?organisation=turnverein&organisation=schule", 200),  # the last one, as Django reads
        ("?utm_source=newsletter", 200),
    ],
)
def test_bad_queries_get_clear_answers(client, world, query, status):
    response = embed(client, query)
    assert response.status_code == status
    if status != 200:
        assert "Content-Security-Policy" in response


def test_an_unpublished_provider_has_no_embed(client, world):
    _, club, _, _ = world
    club.status = "pending"
    club.save()
    assert embed(client, "?organisation=turnverein").status_code == 404


def test_a_waiting_move_to_the_provider_does_not_show_yet(client, world):
    """A provider moves its offer to its other organisation: the approved one still decides."""
    district, club, gym, homework = world
    user = User.objects.create_user("schule-user")
    Membership.objects.create(user=user, organisation=homework.organisation)
    Membership.objects.create(user=user, organisation=club)
    with approval.acting(user):
        homework.organisation = club
        homework.save()
    homework.refresh_from_db()
    assert homework.approved_snapshot  # the change waits
    text = BeautifulSoup(embed(client, "?organisation=turnverein").content, "html.parser").text
    assert "Hausaufgabenhilfe" not in text
    text = BeautifulSoup(embed(client, "?organisation=schule").content, "html.parser").text
    assert "Hausaufgabenhilfe" in text


def test_cancelled_dates_are_struck_and_named(client, world):
    _, _, gym, _ = world
    monday = week_start(timezone.localdate())
    ScheduleException.objects.create(offer=gym, date=monday)
    soup = BeautifulSoup(embed(client).content, "html.parser")
    first = soup.select(".embed-days > li")[0]
    entry = first.select_one("li.is-cancelled")
    assert entry.select_one("s")
    assert entry.select_one(".embed-status").text == "Fällt aus"


def test_right_to_left_and_translated(client, world):
    soup = BeautifulSoup(embed(client, language="fa").content, "html.parser")
    html = soup.select_one("html")
    assert (html["lang"], html["dir"]) == ("fa", "rtl")
    assert "ژیمناستیک کودکان" in soup.text
    assert soup.select_one("h1").text.strip() == "ولهایم"
    # The Tuesday offer has no Farsi title: German, marked as such.
    fallback = soup.find(string=lambda text: "Hausaufgabenhilfe" in text).parent
    assert (fallback["lang"], fallback["dir"]) == ("de", "ltr")


def test_markup_in_texts_stays_text(client, world):
    _, _, gym, _ = world
    gym.title = '<img src=x onerror="alert(1)">Turnen'
    gym.save()
    response = embed(client)
    assert b"<img src=x" not in response.content
    assert b"&lt;img src=x" in response.content


def test_cached_and_renewed_on_every_change(client, world, settings, django_assert_num_queries):
    settings.QUARTIER = {**settings.QUARTIER, "PAGE_CACHE": True}
    _, _, gym, _ = world
    embed(client)
    with django_assert_num_queries(1):  # the content version
        assert "Kinderturnen" in embed(client).content.decode()
    with translation.override("de"):
        gym.title = "Eltern-Kind-Turnen"
        gym.save()
    assert "Eltern-Kind-Turnen" in embed(client).content.decode()


def test_print_page_offers_the_snippet(client, world):
    soup = BeautifulSoup(
        client.get(reverse("flyers:print", args=["welheim"])).content, "html.parser"
    )
    snippet = soup.select_one("#embed-code").text
    assert snippet.startswith('<iframe src="')
    assert '/de/welheim/embed/"' in snippet
    assert 'title="Wochenplan Welheim"' in snippet
