"""Mail about new posts through a real SMTP server on loopback (tests/offers/smtp_server.py)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from network.models import NoticeSetting
from offers.models import Membership
from tests.network.conftest import make_user, make_world
from tests.offers.smtp_server import SMTPServer, free_port

pytestmark = pytest.mark.django_db(transaction=True)  # mails leave after the commit


@pytest.fixture
def world(transactional_db):
    """Made for each test: these tests commit, which no module transaction may hold."""
    return make_world()


@pytest.fixture
def smtp(settings):
    with SMTPServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_USE_TLS = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        settings.DEFAULT_FROM_EMAIL = "quartier@bottrop.example"
        settings.SITE_URL = "https://quartier.bottrop.example"
        yield server.inbox


def _opt_in(*users):
    for user in users:
        NoticeSetting.objects.create(user=user, notify=True)


def _post(client, world, district):
    return client.post(
        "/network/pinnwand/neu/",
        {
            "organisation": world.org_b.pk,
            "kind": "offer",
            "title": "Halle freitags frei",
            "text": "16 bis 17 Uhr, für Kindergruppen.",
            "districts": [district.pk],
            "expires_on": (timezone.localdate() + timedelta(days=9)).isoformat(),
        },
    )


def test_members_of_the_district_who_opted_in_get_one_mail_each(world, login, smtp):
    neighbour = make_user("nachbar", world.org_a)
    quiet = make_user("still", world.org_a)  # in the district, did not opt in
    _opt_in(world.provider_a, neighbour, world.provider_b, world.clerk)

    response = _post(login(world.provider_b), world, world.north)

    assert response.status_code == 302
    assert sorted(m.envelope_to[0] for m in smtp.messages) == [
        "nachbar@example.org",
        "treff@example.org",
    ]
    assert all(len(m.envelope_to) == 1 for m in smtp.messages)  # nobody sees the others
    assert quiet.email not in {m.envelope_to[0] for m in smtp.messages}
    mail = smtp.messages[0]
    assert mail["Subject"].strip() == "Netzwerk-Pinnwand: Angebot – Halle freitags frei"
    body = mail.get_content()
    assert "16 bis 17 Uhr, für Kindergruppen." in body
    assert "https://quartier.bottrop.example/network/pinnwand/" in body
    assert "https://quartier.bottrop.example/network/benachrichtigung/" in body


def test_no_mail_for_another_district_nor_for_the_author(world, login, smtp):
    _opt_in(world.provider_a, world.provider_b)

    _post(login(world.provider_b), world, world.south)

    assert smtp.messages == []


def test_organisation_active_by_offers_counts_for_its_district(world, login, smtp):
    from tests.factories import make_offer

    make_offer(world.south, organisation=world.org_a, place=None)
    _opt_in(world.provider_a)

    _post(login(world.provider_b), world, world.south)

    assert [m.envelope_to for m in smtp.messages] == [["treff@example.org"]]


def test_switching_notification_on_and_off(world, login, smtp):
    client = login(world.provider_a)

    client.post("/network/benachrichtigung/", {"notify": "on"})
    _post(login(world.provider_b), world, world.north)
    assert [m.envelope_to for m in smtp.messages] == [["treff@example.org"]]
    login(world.provider_a).post("/network/benachrichtigung/", {})
    smtp.clear()
    _post(login(world.provider_b), world, world.north)

    assert NoticeSetting.objects.get(user=world.provider_a).notify is False
    assert smtp.messages == []


def test_edits_send_no_mail(world, login, smtp):
    _opt_in(world.provider_b)
    Membership.objects.create(user=world.provider_b, organisation=world.org_a)

    login(world.provider_a).post(
        f"/network/pinnwand/{world.post_a.pk}/bearbeiten/",
        {
            "organisation": world.org_a.pk,
            "kind": "offer",
            "title": "Raum dienstags und donnerstags frei",
            "text": "Mehr Zeit.",
            "districts": [world.north.pk],
            "expires_on": world.post_a.expires_on.isoformat(),
        },
    )

    assert smtp.messages == []


def test_post_is_saved_when_the_mail_server_is_away(world, login, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nobody listens
    _opt_in(world.provider_a)

    response = _post(login(world.provider_b), world, world.north)

    assert response.status_code == 302
    assert world.org_b.network_posts.filter(title="Halle freitags frei").exists()
