"""The residents' languages are configuration: a language added in the settings reaches the
board, the switch, the print page, the feeds and the admin without a code change."""

import os
import subprocess
import sys
from datetime import time

import pytest
from bs4 import BeautifulSoup

from tests.factories import make_district, make_offer

pytestmark = pytest.mark.django_db

POLISH = {"name": "Polski", "admin_name": "Polnisch", "switch_label": "Język", "og_locale": "pl_PL"}


@pytest.fixture
def polish(settings):
    """A seventh language, for this test only: settings, nothing else."""
    settings.RESIDENT_LANGUAGES = {**settings.RESIDENT_LANGUAGES, "pl": POLISH}
    settings.LANGUAGES = [*settings.LANGUAGES, ("pl", "Polski")]


@pytest.fixture
def district():
    district = make_district(slug="welheim", name="Welheim")
    every_day = [{"weekdays": list(range(7)), "start_time": time(15), "end_time": time(16)}]
    make_offer(district, slug="turnen", title="Kinderturnen", rules=every_day)
    return district


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


@pytest.mark.pdf
def test_a_language_in_the_settings_has_board_switch_print_page_and_feeds(client, polish, district):
    board = BeautifulSoup(page(client, "/pl/welheim/").content, "html.parser")
    assert board.html["lang"] == "pl"
    assert "Kinderturnen" in board.select_one(".entry-title").text  # German, marked as such
    switch = board.select_one("nav.language-switch")
    assert switch["aria-label"].endswith("· Język")
    assert switch.select_one("a[hreflang=pl]")["aria-current"] == "page"
    assert board.select_one('meta[property="og:locale"]')["content"] == "pl_PL"

    german = BeautifulSoup(page(client, "/de/welheim/").content, "html.parser")
    assert german.select_one("nav.language-switch a[hreflang=pl]")["href"] == "/pl/welheim/"
    assert german.select_one("link[rel=alternate][hreflang=pl]") is not None

    printing = BeautifulSoup(page(client, "/de/welheim/print/").content, "html.parser")
    assert printing.select_one('a[hreflang=pl][href="/pl/welheim/flyer.pdf"]').text == "Polski"
    assert page(client, "/pl/welheim/flyer.pdf")["Content-Type"] == "application/pdf"

    assert b"Kinderturnen" in page(client, "/pl/welheim/calendar.ics").content
    assert b'xml:lang="pl"' in page(client, "/pl/welheim/feed.atom").content
    assert b'lang="pl"' in page(client, "/pl/welheim/embed/").content


def test_the_admin_offers_the_new_language_for_translation_state(admin_client, polish, district):
    changelist = page(admin_client, "/admin/offers/offer/").content.decode()
    assert "?missing=pl" in changelist  # the filter "Übersetzung fehlt in … Polnisch"
    assert "Polnisch" in changelist


def settings_with(languages: str):
    """What `settings.LANGUAGES` becomes with QUARTIER_LANGUAGES=`languages` (a fresh process:
    settings are read once)."""
    env = {
        **os.environ,
        "QUARTIER_LANGUAGES": languages,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
    }
    return subprocess.run(  # noqa: S603 — our interpreter, fixed arguments
        [sys.executable, "-c", "from django.conf import settings; print(settings.LANGUAGES)"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_deployment_chooses_its_languages():
    chosen = settings_with("de,fa")
    assert chosen.stdout.strip() == "[('de', 'Deutsch'), ('fa', 'فارسی')]"


@pytest.mark.parametrize("languages", ["ru,fa", "de,xx"])
def test_languages_without_german_or_unknown_are_refused_at_start(languages):
    refused = settings_with(languages)
    assert refused.returncode != 0
    assert "QUARTIER_LANGUAGES must include 'de'" in refused.stderr
