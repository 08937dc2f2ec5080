"""An outdated translation is marked in every channel, never a silent mix: the embed, the
infoscreen, the Atom and calendar feeds (docs/translations.md "Outdated translations")."""

import re
import xml.etree.ElementTree as ET
from datetime import time, timedelta

import pypdfium2
import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from icalendar import Calendar

from offers import schedules
from offers.models import ScheduleException
from tests.factories import (
    make_category,
    make_district,
    make_group,
    make_offer,
    make_organisation,
    make_place,
)

pytestmark = pytest.mark.django_db

EVERY_DAY = [{"weekdays": list(range(7)), "start_time": time(15), "end_time": time(16)}]
MARK_RU = "Перевод, возможно, устарел"
NEW_GERMAN = "Kinderturnen am Nachmittag"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def offer():
    district = make_district(slug="welheim", name="Welheim")
    organisation = make_organisation(slug="verein-a")
    place = make_place(district, organisation=organisation)
    return make_offer(
        district,
        place=place,
        slug="turnen",
        title="Kinderturnen",
        title_ru="Гимнастика для детей",
        title_fa="ژیمناستیک کودکان",
        summary="Turnen für Kinder ab sechs.",
        summary_ru="Гимнастика для детей от шести лет.",
        rules=EVERY_DAY,
    )


@pytest.fixture
def outdated(offer):
    """The German title changes after the translations were made."""
    offer.refresh_from_db()
    offer.title_de = NEW_GERMAN
    offer.save()
    return offer


def page(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_mark_text_is_the_catalogues():
    from django.utils import translation

    with translation.override("ru"):
        assert translation.gettext("Übersetzung möglicherweise veraltet") == MARK_RU


def test_embed_shows_the_boards_note_with_the_german(client, outdated):
    note = page(client, "/fa/welheim/embed/").select_one(".embed-days details.outdated-note")
    assert note is not None
    german = note.select_one("dl.outdated-german")
    assert german["lang"] == "de" and german["dir"] == "ltr"
    assert NEW_GERMAN in german.get_text()


def test_embed_without_mark_when_current(client, offer):
    assert not page(client, "/fa/welheim/embed/").select(".outdated-note")


def test_infoscreen_shows_a_short_line_in_the_readers_language(client, outdated):
    marks = page(client, "/ru/welheim/screen/").select(".outdated-mark")
    assert marks and {mark.get_text() for mark in marks} == {MARK_RU}


def test_infoscreen_without_mark_when_current(client, offer):
    assert not page(client, "/ru/welheim/screen/").select(".outdated-mark")


def atom_summary(client, language):
    response = client.get(f"/{language}/welheim/feed.atom")
    assert response.status_code == 200
    entry = ET.fromstring(response.content).find(f"{ATOM}entry")  # noqa: S314 — our own feed
    return entry.findtext(f"{ATOM}summary")


def test_atom_entry_says_so_and_gives_the_german(client, outdated):
    summary = atom_summary(client, "ru")
    assert f"{MARK_RU}<br>{NEW_GERMAN}" in summary


def test_atom_without_mark_when_current(client, offer):
    assert MARK_RU not in atom_summary(client, "ru")


def ical_description(client, language):
    response = client.get(f"/{language}/welheim/calendar.ics")
    assert response.status_code == 200
    event = Calendar.from_ical(response.content).walk("VEVENT")[0]
    return str(event["description"])


def test_calendar_description_says_so_and_gives_the_german(client, outdated):
    description = ical_description(client, "ru").splitlines()
    assert description[description.index(MARK_RU) + 1] == NEW_GERMAN


def test_calendar_without_mark_when_current(client, offer):
    assert MARK_RU not in ical_description(client, "ru")


# --- A changed date's note (board, offer page) ---------------------------------------------------


@pytest.fixture
def cancelled(offer):
    """Tomorrow is cancelled with a note, translated to Persian."""
    tomorrow = timezone.localdate() + timedelta(days=1)
    return ScheduleException.objects.create(
        offer=offer, date=tomorrow, note="Halle gesperrt", note_fa="سالن بسته است"
    )


def outdate(exception):
    exception.note_de = "Halle wegen Wasserschaden gesperrt"
    exception.save()


def test_a_dates_outdated_note_gets_the_boards_note_on_board_and_offer_page(client, cancelled):
    week = schedules.format_iso_week(schedules.week_start(cancelled.date))

    def notes():
        board = page(client, f"/fa/welheim/?week={week}").select(".entry .outdated-note")
        offer_page = page(client, "/fa/welheim/offers/turnen/").select(".date-list .outdated-note")
        return board + offer_page

    assert not notes()
    outdate(cancelled)
    marked = notes()
    assert len(marked) == 2  # board and offer page
    for note in marked:
        german = note.select_one("dl.outdated-german")
        assert german["lang"] == "de" and "Halle wegen Wasserschaden gesperrt" in german.get_text()


# --- Short names: target groups and categories --------------------------------------------------


@pytest.fixture
def names(offer):
    group = make_group(name="Kinder", name_fa="کودکان", slug="kinder")
    category = make_category(name="Sport", name_fa="ورزش", slug="sport")
    offer.target_groups.set([group])
    offer.categories.set([category])
    return group, category


def outdate_names(group, category):
    for obj, german in ((group, "Kinder (6–11)"), (category, "Sport und Bewegung")):
        obj.name_de = german
        obj.save()


def test_outdated_names_keep_the_translation_and_add_the_german(client, names):
    outdate_names(*names)
    board = page(client, "/fa/welheim/")
    groups = board.select_one(".entry-groups")
    category = board.select_one(".entry .category")
    offer_page = page(client, "/fa/welheim/offers/turnen/").select_one(".facts dd")
    for shown, translation, german in (
        (groups, "کودکان", "Kinder (6–11)"),
        (category, "ورزش", "Sport und Bewegung"),
        (offer_page, "کودکان", "Kinder (6–11)"),
    ):
        span = shown.select_one('span[lang="de"]')
        assert translation in shown.get_text()
        assert span["dir"] == "ltr" and span.get_text() == f"\u2066{german}\u2069"
    options = [option.get_text() for option in board.select("select option")]
    assert "کودکان (Kinder (6–11))" in options and "ورزش (Sport und Bewegung)" in options


def test_current_names_without_german(client, names):
    board = page(client, "/fa/welheim/")
    assert "کودکان" in board.select_one(".entry-groups").get_text()
    assert not board.select('.entry-groups span[lang="de"], .entry .category span[lang="de"]')
    assert "کودکان" in [option.get_text() for option in board.select("select option")]


# --- Print: the week's plan and the flyer -------------------------------------------------------


def pdf_text(client, path):
    response = client.get(path)
    assert response.status_code == 200
    document = pypdfium2.PdfDocument(response.content)
    text = "".join(page.get_textpage().get_text_range() for page in document)
    return " ".join(text.split())


@pytest.mark.pdf
@pytest.mark.parametrize("product", ["plan", "flyer"])
def test_print_marks_an_outdated_title_with_a_footnote(client, outdated, product):
    text = pdf_text(client, f"/ru/welheim/{product}.pdf")
    assert re.search(r"Гимнастика для детей ?\*", text)  # pdfium may read a gap as a space
    assert f"* {MARK_RU}" in text


@pytest.mark.pdf
@pytest.mark.parametrize("product", ["plan", "flyer"])
def test_print_without_mark_when_current(client, offer, product):
    text = pdf_text(client, f"/ru/welheim/{product}.pdf")
    assert "Гимнастика для детей" in text and MARK_RU not in text


def test_calendar_gives_the_german_of_an_outdated_date_note(client, cancelled):
    def cancelled_description():
        response = client.get("/fa/welheim/calendar.ics")
        events = Calendar.from_ical(response.content).walk("VEVENT")
        return next(str(e["description"]) for e in events if "سالن" in str(e["description"]))

    assert "Halle wegen" not in cancelled_description()
    outdate(cancelled)
    lines = cancelled_description().splitlines()
    assert "سالن بسته است" in lines[0]  # the status line, in the reader's language
    assert lines.index("Halle wegen Wasserschaden gesperrt") > 0
