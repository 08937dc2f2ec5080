"""The members' own login page: the admin's accounts, django-axes' lockout, German, no admin."""

import pytest
from django.contrib.auth.models import User

from offers.models import Membership
from tests.factories import make_organisation

pytestmark = pytest.mark.django_db

LOGIN = "/network/anmelden/"


@pytest.fixture
def provider():
    user = User.objects.create_user("sonnenblume", password="richtig", is_staff=True)
    Membership.objects.create(user=user, organisation=make_organisation())
    return user


def test_login_page_is_the_members_area_not_the_admin(client):
    page = client.get(f"{LOGIN}?next=/network/pinnwand/").content.decode()
    assert "Anmelden im Netzwerk" in page and "Quartier – Verwaltung" not in page
    assert 'name="next" value="/network/pinnwand/"' in page
    assert "Pinnwand</a>" not in page  # no menu before the login
    assert "Abmelden" not in page


def test_member_logs_in_and_comes_back_to_the_page_wanted(client, provider):
    response = client.post(
        f"{LOGIN}?next=/network/pinnwand/",
        {"username": "sonnenblume", "password": "richtig", "next": "/network/pinnwand/"},
    )
    assert response["Location"] == "/network/pinnwand/"
    assert client.get("/network/pinnwand/").status_code == 200


def test_without_next_the_login_leads_to_the_overview(client, provider):
    response = client.post(LOGIN, {"username": "sonnenblume", "password": "richtig"})
    assert response["Location"] == "/network/"
    assert client.get(LOGIN)["Location"] == "/network/"  # already logged in


def test_next_to_another_host_is_ignored(client, provider):
    response = client.post(
        LOGIN, {"username": "sonnenblume", "password": "richtig", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/network/"


def test_wrong_password_is_a_german_error_on_the_same_page(client, provider):
    response = client.post(LOGIN, {"username": "sonnenblume", "password": "falsch"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Bitte Benutzername und Passwort eingeben." in page
    assert 'role="alert"' in page


def test_five_failures_lock_the_login_with_a_german_message(client, provider):
    for _ in range(5):
        client.post(LOGIN, {"username": "sonnenblume", "password": "falsch"})
    response = client.post(LOGIN, {"username": "sonnenblume", "password": "richtig"})
    page = response.content.decode()
    assert response.status_code == 429
    assert "Zu viele fehlgeschlagene Anmeldungen" in page
    assert "Anmelden im Netzwerk" in page
    assert client.get("/network/").status_code == 302  # not logged in


def test_logout_leads_back_to_the_members_login(client, provider):
    client.force_login(provider)
    assert "Abmelden (sonnenblume)" in client.get("/network/").content.decode()
    response = client.post("/network/abmelden/")
    assert response["Location"] == LOGIN
    assert client.get("/network/")["Location"].startswith(LOGIN)
