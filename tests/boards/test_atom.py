"""The district's Atom feed: new and changed offers, as approved, in the reader's language."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from offers import approval
from offers.models import Membership, Offer
from tests.factories import make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def world():
    district = make_district(slug="welheim", name="Welheim")
    other = make_district(slug="altstadt", name="Altstadt")
    club = make_organisation(slug="turnverein", name="Turnverein")
    place = make_place(district, organisation=club, name="Sporthalle", street="Am Park 3")
    old = make_offer(
        district,
        place=place,
        slug="turnen",
        title="Kinderturnen",
        title_ar="جمباز الأطفال",
        summary="Bewegung für Kinder.",
    )
    new = make_offer(district, place=place, slug="tanz", title="Tanzen", summary="Für alle.")
    make_offer(other, slug="anderswo", title="Anderswo")
    make_offer(district, slug="entwurf", title="Entwurf", status="draft")
    # "old" was last changed a week ago, "new" now.
    Offer.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=7))
    return district, old, new


def feed(client, language="de"):
    response = client.get(f"/{language}/welheim/feed.atom")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    return ET.fromstring(response.content)  # noqa: S314 — our own feed


def titles(root):
    return [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]


@pytest.mark.slow
def test_lists_the_districts_published_offers_newest_change_first(client, world):
    root = feed(client)
    assert titles(root) == ["Tanzen", "Kinderturnen"]
    assert root.findtext(f"{ATOM}title") == "Neu im Wochenplan Welheim"
    self_link = root.find(f"{ATOM}link[@rel='self']").get("href")
    assert self_link.endswith("/de/welheim/feed.atom")
    entry = root.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}link").get("href").endswith("/de/welheim/offers/tanz/")
    assert entry.findtext(f"{ATOM}id").endswith("/de/welheim/offers/tanz/")
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Turnverein"
    assert "Sporthalle, Am Park 3" in entry.findtext(f"{ATOM}summary")
    assert root.findtext(f"{ATOM}updated") == entry.findtext(f"{ATOM}updated")


def test_in_the_readers_language_with_german_where_untranslated(client, world):
    root = feed(client, "ar")
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "ar"
    assert titles(root) == ["Tanzen", "جمباز الأطفال"]


def test_a_waiting_change_is_not_published_in_the_feed(client, world):
    _, old, _ = world
    user = User.objects.create_user("trainer")
    Membership.objects.create(user=user, organisation=old.organisation)
    with approval.acting(user):
        old.title = "Noch nicht freigegeben"
        old.save()
    assert "Noch nicht freigegeben" not in titles(feed(client))
    assert "Kinderturnen" in titles(feed(client))


def test_markup_in_offer_texts_stays_text_in_the_reader(client, world):
    _, old, _ = world
    old.summary = "<script>alert(1)</script>Bewegung"
    old.save()
    root = feed(client)
    summary = root.find(f"{ATOM}entry/{ATOM}summary")
    assert summary.get("type") == "html"
    # type="html": the reader parses the text as HTML, so it must arrive escaped once more.
    assert summary.text.startswith("&lt;script&gt;alert(1)&lt;/script&gt;Bewegung")


def test_unknown_district_is_404(client, world):
    assert client.get("/de/nirgendwo/feed.atom").status_code == 404


def test_the_board_points_feed_readers_to_it(client, world):
    page = client.get("/de/welheim/").content.decode()
    assert 'type="application/atom+xml" href="/de/welheim/feed.atom"' in page
