"""The client address: X-Forwarded-For believed only as far as the trusted proxies go."""

import pytest
from django.test import RequestFactory

from boards.models import AccessibilityFeedback
from demo.legal_pages import load_legal_pages
from quartier.client import UNKNOWN, client_address


@pytest.fixture
def proxies(settings):
    def trust(count):
        settings.QUARTIER = {**settings.QUARTIER, "TRUSTED_PROXIES": count}

    return trust


def _request(remote="10.0.0.1", forwarded=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **headers)


@pytest.mark.parametrize(
    ("trusted", "remote", "forwarded", "expected"),
    [
        (0, "10.0.0.1", None, "10.0.0.1"),
        (0, "10.0.0.1", "203.0.113.5", "10.0.0.1"),  # spoofed header ignored
        (1, "10.0.0.1", "203.0.113.5", "203.0.113.5"),
        (1, "10.0.0.1", "6.6.6.6, 203.0.113.5", "203.0.113.5"),  # client wrote the left one
        (2, "10.0.0.1", "6.6.6.6, 203.0.113.5, 10.0.0.2", "203.0.113.5"),
        (2, "10.0.0.1", "203.0.113.5", "203.0.113.5"),  # fewer entries than proxies
        (1, "10.0.0.1", None, "10.0.0.1"),  # no header: the proxy itself
        (1, "10.0.0.1", " 2001:DB8::7 ", "2001:db8::7"),
        (1, "10.0.0.1", "not-an-address", UNKNOWN),
        (0, "", None, UNKNOWN),  # unix socket without a proxy header
    ],
)
def test_client_address(proxies, trusted, remote, forwarded, expected):
    proxies(trusted)
    assert client_address(_request(remote, forwarded)) == expected


def _post_feedback(client, forwarded):
    return client.post(
        "/de/info/barrierefreiheit/",
        {"message": "Kontrast zu schwach"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR=forwarded,
    )


@pytest.fixture
def one_feedback_per_address(settings, db):
    load_legal_pages()
    settings.QUARTIER = {
        **settings.QUARTIER,
        "RATES": {**settings.QUARTIER["RATES"], "feedback": "1/h"},
    }


def test_spoofed_forwarded_for_does_not_escape_the_limit_without_proxies(
    client, proxies, one_feedback_per_address
):
    proxies(0)
    statuses = [_post_feedback(client, f"203.0.113.{n}").status_code for n in (1, 2)]
    assert statuses == [302, 429]
    assert AccessibilityFeedback.objects.count() == 1


def test_forwarded_for_tells_clients_apart_behind_one_proxy(
    client, proxies, one_feedback_per_address
):
    proxies(1)
    statuses = [_post_feedback(client, f"203.0.113.{n}").status_code for n in (1, 2, 1)]
    assert statuses == [302, 302, 429]
    assert AccessibilityFeedback.objects.count() == 2
