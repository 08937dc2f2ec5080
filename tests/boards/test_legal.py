"""Impressum, privacy notice, accessibility statement with its feedback form: the pages a
German public body must publish (DDG, GDPR, BITV NRW)."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import RequestFactory
from django.utils import translation

from boards.models import AccessibilityFeedback, LegalPage
from boards.views import server_error
from demo.legal_pages import load_legal_pages
from tests.factories import make_district

pytestmark = pytest.mark.django_db

LEGAL = ["impressum", "datenschutz", "barrierefreiheit"]


@pytest.fixture
def legal_pages():
    load_legal_pages()


@pytest.mark.parametrize("path", ["/de/", "/fa/welheim/", "/ru/info/impressum/", "/ar/x/"])
def test_legal_pages_linked_from_every_page(client, legal_pages, path):
    make_district(slug="welheim")
    page = BeautifulSoup(client.get(path).content, "html.parser")
    links = [a["href"] for a in page.select(".footer-links a")]
    language = path.split("/")[1]
    assert links == [f"/{language}/info/{slug}/" for slug in LEGAL]


@pytest.mark.parametrize("language", [code for code, _ in settings.LANGUAGES])
@pytest.mark.parametrize("slug", LEGAL)
def test_legal_page_in_each_language(client, legal_pages, language, slug):
    response = client.get(f"/{language}/info/{slug}/")
    page = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert page.html["lang"] == language
    assert page.select_one(".prose").get("lang") is None  # translated, not German fallback
    assert len(page.select(".prose p")) >= 3


def test_accessibility_statement_names_feedback_and_enforcement(client, legal_pages):
    text = BeautifulSoup(client.get("/de/info/barrierefreiheit/").content, "html.parser").get_text(
        " "
    )
    assert "barrierefreiheit@bottrop.example" in text
    assert "Ombudsstelle" in text


def test_feedback_form_saves_report_without_cookie(client, legal_pages):
    response = client.post(
        "/fa/info/barrierefreiheit/",
        {"message": "دکمه را نمی‌بینم", "page": "/fa/welheim/", "name": "", "email": ""},
    )
    assert (response.status_code, response["Location"]) == (
        302,
        "/fa/info/barrierefreiheit/?sent=1#feedback",
    )
    assert response.cookies == {}
    feedback = AccessibilityFeedback.objects.get()
    assert (feedback.message, feedback.language) == ("دکمه را نمی‌بینم", "fa")
    thanks = BeautifulSoup(client.get(response["Location"]).content, "html.parser")
    assert thanks.select_one(".notice[role=status]")


@pytest.mark.parametrize(
    ("data", "error_field"),
    [
        ({"message": ""}, "message"),
        ({"message": "x" * 5001}, "message"),
        ({"message": "ok", "email": "kein-mail"}, "email"),
    ],
)
def test_feedback_form_errors_shown_not_saved(client, legal_pages, data, error_field):
    response = client.post("/de/info/barrierefreiheit/", data)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one(f"#div_id_{error_field} .error")
    assert not AccessibilityFeedback.objects.exists()


def test_feedback_honeypot_drops_bots(client, legal_pages):
    response = client.post(
        "/de/info/barrierefreiheit/", {"message": "Kaufen Sie!", "website": "http://spam"}
    )
    assert response.status_code == 302
    assert not AccessibilityFeedback.objects.exists()


def test_unknown_legal_page_is_404(client, legal_pages):
    assert client.get("/de/info/agb/").status_code == 404


def test_500_page_in_visitors_language_without_database():
    request = RequestFactory().get("/ar/welheim/")
    with translation.override("ar"):
        response = server_error(request)
    body = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="ar" dir="rtl">' in body
    assert "Traceback" not in body


@pytest.mark.parametrize(
    ("language", "heading"),
    [("de", "Einen Moment, bitte"), ("ru", "Подождите, пожалуйста"), ("fa", "لطفاً کمی صبر کنید")],
)
def test_feedback_posts_limited_per_address_with_429_in_language(
    client, legal_pages, settings, language, heading
):
    settings.QUARTIER = {
        **settings.QUARTIER,
        "RATES": {**settings.QUARTIER["RATES"], "feedback": "2/h"},
    }
    url = f"/{language}/info/barrierefreiheit/"
    statuses = [client.post(url, {"message": f"Meldung {n}"}).status_code for n in range(4)]
    assert statuses == [302, 302, 429, 429]
    assert AccessibilityFeedback.objects.count() == 2
    refused = client.post(url, {"message": "noch eine"})
    page = BeautifulSoup(refused.content, "html.parser")
    assert (page.html["lang"], page.h1.get_text(strip=True)) == (language, heading)
    assert refused["Retry-After"] == "60"
    assert client.get(url).status_code == 200  # reading the statement is never limited


def test_legal_page_with_empty_body_is_shown_not_500(client):
    LegalPage.objects.create(slug="impressum", title="Impressum", body_de="")
    response = client.get("/de/info/impressum/")
    assert response.status_code == 200
