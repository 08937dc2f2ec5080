"""Accounts: password policy, failed-login lockout per user name and address, sessions."""

import pytest
from axes.models import AccessAttempt, AccessLog
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse

from tests.factories import make_accounts, make_district, make_offer, make_organisation

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
GOOD_PASSWORD = "Wochenplan-Welheim-2026!"


@pytest.fixture
def demo_users():
    make_organisation(slug="verein-a", name="Verein A")
    make_accounts()


def _change_password(client, new):
    client.post(LOGIN, {"username": "verein-a", "password": "demo"})
    return client.post(
        reverse("admin:password_change"),
        {"old_password": "demo", "new_password1": new, "new_password2": new},
    )


def test_provider_password_1_is_refused(client, demo_users):
    response = _change_password(client, "1")
    assert response.status_code == 200
    errors = response.context["form"].errors["new_password2"]
    assert any("mindestens 12 Zeichen" in error for error in errors)
    assert User.objects.get(username="verein-a").check_password("demo")


def test_provider_long_good_password_is_accepted(client, demo_users):
    response = _change_password(client, GOOD_PASSWORD)
    assert response.status_code == 302
    assert User.objects.get(username="verein-a").check_password(GOOD_PASSWORD)


@pytest.mark.slow
def test_demo_password_still_set_by_seed_demo(client):
    call_command("seed_demo")
    response = client.post(LOGIN, {"username": "sozialamt", "password": "demo"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def _fail(client, address, times=5):
    """`times` wrong passwords for `sozialamt`; the statuses answered."""
    return [
        client.post(
            LOGIN, {"username": "sozialamt", "password": "falsch"}, REMOTE_ADDR=address
        ).status_code
        for _ in range(times)
    ]


def test_five_failures_lock_name_and_address_with_german_message(client, demo_users):
    assert _fail(client, "203.0.113.7") == [200, 200, 200, 200, 429]
    response = client.post(
        LOGIN, {"username": "sozialamt", "password": "demo"}, REMOTE_ADDR="203.0.113.7"
    )
    assert response.status_code == 429
    body = response.content.decode()
    assert "Zu viele fehlgeschlagene Anmeldungen" in body
    assert '<form action="/admin/login/' in body
    assert "_auth_user_id" not in client.session


def test_lockout_does_not_reach_the_same_user_from_another_address(client, demo_users):
    _fail(client, "203.0.113.7")
    response = client.post(
        LOGIN, {"username": "sozialamt", "password": "demo"}, REMOTE_ADDR="198.51.100.2"
    )
    assert response.status_code == 302


def test_lockout_does_not_reach_other_users_from_the_same_address(client, demo_users):
    _fail(client, "203.0.113.7")
    response = client.post(
        LOGIN, {"username": "verein-a", "password": "demo"}, REMOTE_ADDR="203.0.113.7"
    )
    assert response.status_code == 302


def test_four_failures_then_success_logs_in(client, demo_users):
    assert _fail(client, "203.0.113.7", times=4) == [200, 200, 200, 200]
    response = client.post(
        LOGIN, {"username": "sozialamt", "password": "demo"}, REMOTE_ADDR="203.0.113.7"
    )
    assert response.status_code == 302


def test_forwarded_for_ignored_without_trusted_proxies(client, demo_users):
    for n in range(5):
        client.post(
            LOGIN,
            {"username": "sozialamt", "password": "falsch"},
            REMOTE_ADDR="203.0.113.7",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}",
        )
    response = client.post(
        LOGIN, {"username": "sozialamt", "password": "demo"}, REMOTE_ADDR="203.0.113.7"
    )
    assert response.status_code == 429


def test_behind_one_trusted_proxy_the_forwarded_address_counts(client, demo_users, settings):
    settings.QUARTIER = {**settings.QUARTIER, "TRUSTED_PROXIES": 1}
    for _ in range(5):
        client.post(
            LOGIN,
            {"username": "sozialamt", "password": "falsch"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="forged, 203.0.113.7",
        )
    other = client.post(
        LOGIN,
        {"username": "sozialamt", "password": "demo"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.2",
    )
    assert other.status_code == 302


def test_staff_session_lasts_a_working_day(client, demo_users, settings):
    response = client.post(LOGIN, {"username": "sozialamt", "password": "demo"})
    assert 8 * 3600 <= settings.SESSION_COOKIE_AGE <= 12 * 3600
    assert response.cookies["sessionid"]["max-age"] == settings.SESSION_COOKIE_AGE


def test_login_redirect_points_into_the_admin(settings):
    assert reverse(settings.LOGIN_REDIRECT_URL).startswith("/admin/")


def test_public_pages_set_no_cookie(client):
    district = make_district(slug="welheim")
    offer = make_offer(district)
    for url in ["/", "/de/", "/de/welheim/", f"/fa/welheim/offers/{offer.slug}/"]:
        assert client.get(url).cookies == {}, url


def test_successful_logins_store_no_address(client, demo_users):
    client.post(LOGIN, {"username": "sozialamt", "password": "demo"}, REMOTE_ADDR="203.0.113.7")
    assert AccessLog.objects.count() == 0
    assert AccessAttempt.objects.count() == 0
