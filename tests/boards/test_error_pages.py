"""Refused requests get our own pages in the visitor's language, and log one line."""

import logging

import pytest
from django.test import Client

from boards.models import AccessibilityFeedback, LegalPage
from tests.factories import make_district

pytestmark = pytest.mark.django_db


@pytest.fixture
def strict_client():
    return Client(enforce_csrf_checks=True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Anfrage abgelehnt"),
        ("ru", "Запрос отклонён"),
        ("ar", "تم رفض الطلب"),
        ("fa", "درخواست پذیرفته نشد"),
    ],
)
@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_write_without_token_gets_our_403_page(strict_client, language, text, method):
    make_district(slug="welheim")
    response = getattr(strict_client, method)(f"/{language}/welheim/")
    assert response.status_code == 403
    body = response.content.decode()
    assert f'<html lang="{language}"' in body
    assert text in body
    assert "CSRF" not in body
    assert response.cookies == {}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Anfrage nicht möglich"),
        ("ru", "Такой запрос невозможен"),
        ("ar", "هذا الطلب غير ممكن"),
        ("fa", "این درخواست ممکن نیست"),
    ],
)
def test_method_not_allowed_gets_our_405_page(client, language, text):
    make_district(slug="welheim")
    response = client.options(f"/{language}/welheim/qr-flyer.svg")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    body = response.content.decode()
    assert f'<html lang="{language}"' in body and text in body


def test_short_link_405_is_german_page(client):
    response = client.options("/q/abc")
    assert response.status_code == 405
    assert "Anfrage nicht möglich" in response.content.decode()


def test_bad_request_logs_one_line_without_traceback(client, caplog):
    make_district(slug="welheim")
    handler = logging.getLogger().handlers[0]
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.get("/de/welheim/?week=abc%0Aforged")
    assert response.status_code == 400
    record = next(r for r in caplog.records if getattr(r, "status_code", None) == 400)
    assert handler.filter(record)
    line = handler.format(record)
    assert "Traceback" not in line
    assert "\n" not in line
    assert line.startswith("WARNING django.request ")
    assert line.endswith(": /de/welheim/")


def test_disallowed_host_logs_one_line(client, caplog):
    handler = logging.getLogger().handlers[0]
    with caplog.at_level(logging.ERROR, logger="django.security"):
        assert client.get("/de/", HTTP_HOST="evil.example").status_code == 400
    record = next(r for r in caplog.records if r.name.startswith("django.security"))
    assert handler.filter(record)
    assert "\n" not in handler.format(record)


def test_feedback_is_stored_without_control_or_bidi_characters(client):
    LegalPage.objects.create(slug="barrierefreiheit", title="Barrierefreiheit", body="Text")
    response = client.post(
        "/fa/info/barrierefreiheit/",
        {"message": "Zeile\r\nzwei\u202e\x1b", "name": "Ali\u2067\nReza", "page": "/fa/\t"},
    )
    assert response.status_code == 302
    feedback = AccessibilityFeedback.objects.get()
    assert (feedback.message, feedback.name, feedback.page) == ("Zeile\nzwei", "Ali Reza", "/fa/")
