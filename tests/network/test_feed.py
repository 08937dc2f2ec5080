"""The private calendar: a secret address per member, no session, revocable."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from network.models import DateKind, FeedToken, NetworkDate
from tests.factories import make_place
from tests.imports import modules_importing

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(world):
    start = timezone.now().replace(microsecond=0) + timedelta(days=5)
    date = NetworkDate.objects.create(
        title="Stadtteilkonferenz Nord",
        kind=DateKind.MEETING,
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        place=make_place(world.north, name="Quartiersbüro Nord"),
        room="Raum 2",
        organiser=world.org_a,
    )
    date.districts.set([world.north])
    return date


def _new_address(client) -> str:
    response = client.post("/network/termine/kalender/", {"action": "renew"})
    assert response.status_code == 200
    (url,) = re.findall(r'value="(http[^"]+\.ics)"', response.content.decode())
    return url.removeprefix("http://127.0.0.1:8000")


def test_address_works_without_a_session(world, login, meeting, settings):
    settings.SITE_URL = "http://127.0.0.1:8000"
    path = _new_address(login(world.provider_a))

    response = Client().get(path)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar"
    assert "no-store" in response["Cache-Control"]
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["summary"]) == "Netzwerktreffen: Stadtteilkonferenz Nord"
    assert event.decoded("dtstart") == meeting.starts_at
    assert "Quartiersbüro Nord" in str(event["location"])
    assert "Raum 2" in str(event["location"])


def test_renewed_address_replaces_the_old_one(world, login, meeting, settings):
    settings.SITE_URL = "http://127.0.0.1:8000"
    client = login(world.provider_a)
    old = _new_address(client)

    new = _new_address(client)

    assert Client().get(old).status_code == 404
    assert Client().get(new).status_code == 200


def test_revoked_address_answers_404(world, login, meeting, settings):
    settings.SITE_URL = "http://127.0.0.1:8000"
    client = login(world.provider_a)
    path = _new_address(client)

    client.post("/network/termine/kalender/", {"action": "revoke"})

    assert Client().get(path).status_code == 404
    assert not FeedToken.objects.filter(user=world.provider_a).exists()


@pytest.mark.parametrize("token", ["falsch", "x" * 43, "..%2F..%2Fetc", "a" * 500])
def test_wrong_token_answers_404(world, meeting, client, token):
    FeedToken.issue(world.provider_a)

    assert client.get(f"/network/feed/{token}.ics").status_code == 404


def test_address_of_a_former_member_answers_404(world, meeting, client):
    token = FeedToken.issue(world.provider_a)
    world.provider_a.memberships.all().delete()

    assert client.get(f"/network/feed/{token}.ics").status_code == 404


def test_address_of_a_deactivated_account_answers_404(world, meeting, client):
    token = FeedToken.issue(world.provider_a)
    world.provider_a.is_active = False
    world.provider_a.save()

    assert client.get(f"/network/feed/{token}.ics").status_code == 404


def test_only_a_hash_of_the_token_is_stored(world):
    token = FeedToken.issue(world.provider_a)

    stored = FeedToken.objects.get(user=world.provider_a).digest
    assert token not in stored
    assert len(token) >= 43


def test_address_is_shown_once(world, login, settings):
    settings.SITE_URL = "http://127.0.0.1:8000"
    client = login(world.provider_a)
    _new_address(client)

    page = client.get("/network/termine/kalender/").content.decode()

    assert "/network/feed/" not in page
    assert "Neue Adresse erzeugen" in page


def test_network_dates_reach_no_public_page_or_feed(world, meeting, client):
    public = [
        f"/de/{world.north.slug}/",
        f"/de/{world.north.slug}/calendar.ics",
        f"/de/{world.north.slug}/feed.atom",
        "/api/hsds/services",
        "/data/offers.json",
    ]
    for path in public:
        response = client.get(path)
        assert response.status_code == 200, path
        body = response.content.decode()
        assert "Stadtteilkonferenz" not in body, path
        assert "Anna Intern" not in body, path


def test_no_public_code_imports_the_members_area():
    public = ("offers", "boards", "flyers", "opendata")
    assert modules_importing("network", public, migrations=False) == []
