"""A cancellation reason chosen from the list reads in the resident's language (issue 11)."""

from datetime import time

import pypdfium2
import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation
from icalendar import Calendar

from offers.models import ScheduleException
from tests.factories import make_district, make_offer

EVERY_DAY = [{"weekdays": [0, 1, 2, 3, 4, 5, 6], "start_time": time(15)}]
ILL_FA = "بیماری مربی"


@pytest.fixture
def cancelled_today(db):
    district = make_district(slug="welheim", name="Welheim")
    offer = make_offer(district, title="Fußball", title_fa="فوتبال", rules=EVERY_DAY)
    return ScheduleException.objects.create(
        offer=offer, date=timezone.localdate(), reason="ill", note="Ersatz am Freitag"
    )


def test_reason_label_then_note_on_farsi_board(client, cancelled_today):
    page = BeautifulSoup(client.get("/fa/welheim/").content.decode(), "html.parser")
    [status] = page.select(".entry-status")
    # The German note is one left-to-right unit in the Persian line (boards/bidi.py).
    text = " ".join(status.get_text().split())
    assert text == f"برگزار نمی‌شود: {ILL_FA}. \u2066Ersatz am Freitag\u2069"
    assert status.select_one('[lang="de"]').get_text().strip("\u2066\u2069") == "Ersatz am Freitag"


def test_reason_label_in_farsi_feed(client, cancelled_today):
    response = client.get("/fa/welheim/calendar.ics")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    day = cancelled_today.date
    cancelled = [
        str(event["summary"])
        for event in events
        if event.decoded("dtstart").date() == day and str(event.get("status", "")) == "CANCELLED"
    ]
    assert cancelled == [f"فوتبال – برگزار نمی‌شود: {ILL_FA}. Ersatz am Freitag"]


@pytest.mark.parametrize(
    ("language", "label"), [("de", "Leitung erkrankt"), ("ru", "болезнь ведущего")]
)
def test_reason_label_on_offer_page_in_each_language(client, cancelled_today, language, label):
    offer = cancelled_today.offer
    html = client.get(f"/{language}/welheim/offers/{offer.slug}/").content.decode()
    assert label in html


def test_reason_chosen_with_radio_buttons_in_cancellation_form(admin_client):
    with translation.override("de"):
        html = admin_client.get("/admin/offers/scheduleexception/add/").content.decode()
    page = BeautifulSoup(html, "html.parser")
    values = [radio["value"] for radio in page.select("input[type=radio][name=reason]")]
    assert values == [
        "",
        "ill",
        "room_taken",
        "holiday",
        "weather",
        "event",
        "trip",
        "renovation",
        "strike",
    ]


def test_reason_label_on_farsi_infoscreen(client, cancelled_today):
    offer = cancelled_today.offer
    offer.rules.update(start_time=time(23, 59))  # still to come whenever the test runs
    page = BeautifulSoup(client.get("/fa/welheim/screen/").content.decode(), "html.parser")
    titles = [" ".join(t.get_text().split()) for t in page.select(".is-cancelled .screen-title")]
    assert titles == [f"فوتبال برگزار نمی‌شود: {ILL_FA}"]


@pytest.mark.pdf
def test_reason_label_and_note_in_russian_plan_pdf(client, cancelled_today):
    response = client.get("/ru/welheim/plan.pdf")
    text = pypdfium2.PdfDocument(response.content)[0].get_textpage().get_text_range()
    assert "Не состоится: болезнь ведущего. Ersatz am Freitag" in " ".join(text.split())


def test_translated_note_reads_in_the_residents_language_untranslated_stays_german(
    client, cancelled_today
):
    ScheduleException.objects.filter(pk=cancelled_today.pk).update(note_fa="جایگزین: جمعه ساعت ۱۶")

    def status(language):
        page = BeautifulSoup(client.get(f"/{language}/welheim/").content, "html.parser")
        [found] = page.select(".entry-status")
        return found

    persian = status("fa")
    assert "جایگزین: جمعه" in persian.get_text()
    assert persian.select_one('[lang="de"]') is None
    russian = status("ru")
    assert russian.select_one('[lang="de"]').get_text() == "Ersatz am Freitag"
    assert "Ersatz am Freitag" in status("de").get_text()


def test_cancellation_form_has_translation_tabs_for_the_note(admin_client, cancelled_today):
    page = admin_client.get(f"/admin/offers/scheduleexception/{cancelled_today.pk}/change/")
    form = page.context["adminform"].form
    assert {"note_de", "note_ru", "note_ar", "note_fa"} <= set(form.fields)
    assert form.initial["note_de"] == "Ersatz am Freitag"
