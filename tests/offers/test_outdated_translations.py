"""Translations know the German they were made from; a German change makes them "veraltet"
(offers/translation_state.py), and residents, the work list and the filter say so."""

from datetime import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from boards.models import LegalPage
from offers import changes, translation_state
from offers.models import District, Offer
from tests.admin_forms import form_data
from tests.factories import make_accounts, make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db

EVERY_DAY = [{"weekdays": list(range(7)), "start_time": time(15), "end_time": time(16)}]


@pytest.fixture
def world():
    district = make_district(slug="welheim", name="Welheim")
    organisation = make_organisation(slug="verein-a")
    place = make_place(district, organisation=organisation)
    offer = make_offer(
        district,
        place=place,
        slug="turnen",
        title="Kinderturnen",
        title_ru="Гимнастика для детей",
        summary="Turnen für Kinder ab sechs.",
        summary_ru="Гимнастика для детей от шести лет.",
        rules=EVERY_DAY,
    )
    make_accounts()
    return district, offer


def as_user(client, username):
    client.force_login(User.objects.get(username=username))
    return client


def change_german(offer, **texts):
    offer.refresh_from_db()
    for name, value in texts.items():
        setattr(offer, f"{name}_de", value)
    offer.save()
    offer.refresh_from_db()
    return offer


# --- The record ---------------------------------------------------------------------------------


def test_new_translations_are_current_and_a_german_change_makes_them_outdated(world):
    _, offer = world
    assert translation_state.outdated_fields(offer, "ru") == []
    assert set(offer.translated_from) == {"title_ru", "summary_ru"}

    change_german(offer, title="Kinderturnen am Nachmittag")
    assert translation_state.outdated_fields(offer, "ru") == ["title"]
    assert translation_state.outdated_fields(offer, "ar") == []  # nothing translated: missing
    assert translation_state.missing_fields(offer, "ar") == ["title", "summary"]

    # Writing the Russian title again (from the new German) makes it current.
    offer.title_ru = "Гимнастика для детей после обеда"
    offer.save()
    assert translation_state.outdated_fields(offer, "ru") == []


def test_whitespace_is_no_change_of_meaning(world):
    _, offer = world
    change_german(offer, summary="Turnen  für Kinder\nab sechs.")
    assert translation_state.outdated_fields(offer, "ru") == []


def test_small_change_keeps_translations_valid(world):
    _, offer = world
    offer.title_de = "Kinder-Turnen"
    translation_state.keep_translations_valid(offer)
    offer.save()
    offer.refresh_from_db()
    assert translation_state.outdated_fields(offer, "ru") == []
    # Only that save: the next German change marks again.
    assert translation_state.outdated_fields(change_german(offer, title="Turnen"), "ru") == [
        "title"
    ]


def test_translation_without_record_becomes_outdated_when_german_changes(world):
    """Rows written by bulk writes (no save()) have no record: current until the German
    changes, outdated after."""
    _, offer = world
    Offer.objects.filter(pk=offer.pk).update(translated_from={})
    offer.refresh_from_db()
    assert translation_state.outdated_fields(offer, "ru") == []
    assert translation_state.outdated_fields(change_german(offer, title="Neu"), "ru") == ["title"]


def test_update_fields_save_keeps_the_record(world):
    _, offer = world
    offer.title_de = "Neu"
    offer.save(update_fields=["title_de"])
    offer.title_ru = "Новое"
    offer.save(update_fields=["title_ru"])
    offer.refresh_from_db()
    assert translation_state.outdated_fields(offer, "ru") == []
    assert offer.translated_from["title_ru"] == translation_state.source_hash("Neu")


def test_other_translated_models_know_it_too(world):
    district = District.objects.get(slug="welheim")
    district.intro_de, district.intro_uk = "Willkommen.", "Ласкаво просимо."
    district.save()
    district.intro_de = "Herzlich willkommen im Stadtteil."
    district.save()
    assert translation_state.outdated_fields(district, "uk") == ["intro"]
    page = LegalPage.objects.create(slug="impressum", title="Impressum", body="A", body_tr="A")
    page.body_de = "B"
    page.save()
    assert translation_state.outdated_fields(page, "tr") == ["body"]


# --- The admin ----------------------------------------------------------------------------------


def _post_change(client, offer, **changes):
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    form = client.get(url).context["adminform"].form
    response = client.post(url, form_data(form, **changes))
    assert response.status_code == 302, response.context["adminform"].form.errors


def test_clerk_change_marks_outdated_unless_small_change_is_ticked(client, world):
    _, offer = world
    clerk = as_user(client, "sozialamt")
    page = clerk.get(reverse("admin:offers_offer_change", args=[offer.pk])).content.decode()
    assert "kleine Änderung, Übersetzungen bleiben gültig" in page

    _post_change(clerk, offer, title_de="Kinder-Turnen", translations_stay_valid="on")
    offer.refresh_from_db()
    assert offer.title_de == "Kinder-Turnen"
    assert translation_state.outdated_fields(offer, "ru") == []

    _post_change(clerk, offer, title_de="Turnen für Schulkinder")
    offer.refresh_from_db()
    assert translation_state.outdated_fields(offer, "ru") == ["title"]


def test_providers_do_not_get_the_small_change_box(client, world):
    _, offer = world
    page = as_user(client, "verein-a").get(reverse("admin:offers_offer_change", args=[offer.pk]))
    assert "translations_stay_valid" not in page.content.decode()


def test_filter_outdated_translation(client, world):
    district, offer = world
    make_offer(district, title="Anderes", title_ru="Другое", slug="anderes")
    change_german(offer, title="Turnen für Schulkinder")
    clerk = as_user(client, "sozialamt")
    url = reverse("admin:offers_offer_changelist")
    listed = clerk.get(url, {"outdated": "ru"}).context["cl"].result_list
    assert [o.slug for o in listed] == ["turnen"]
    assert list(clerk.get(url, {"outdated": "fa"}).context["cl"].result_list) == []
    junk = clerk.get(url, {"outdated": "%FF"})
    assert junk.status_code == 200 and len(junk.context["cl"].result_list) == 2
    page = clerk.get(url).content.decode()
    assert "Übersetzung veraltet in" in page and "Übersetzung fehlt in" in page
    # "Anzahl anzeigen" (Django's facets) counts per language.
    faceted = clerk.get(url, {"_facets": "True"}).content.decode()
    assert "Russisch (1)" in faceted and "Farsi (0)" in faceted
    assert 'class="translation-state is-outdated" title="Russisch: veraltet"' in page


def test_worklist_counts_outdated_texts_and_words(client, world):
    _, offer = world
    change_german(offer, title="Turnen für Schulkinder", summary="Turnen ab sechs Jahren.")
    index = as_user(client, "sozialamt").get(reverse("admin:index"))
    worklist = BeautifulSoup(index.content, "html.parser").select_one("#worklist")
    rows = {
        row.th.get_text(" ", strip=True): row.td.get_text(" ", strip=True)
        for row in worklist.select("tr")
    }
    assert "RU: 1" in rows["Übersetzung veraltet"]
    assert "AR: 0" in rows["Übersetzung veraltet"]
    assert worklist.select_one("a[href$='?outdated=ru']")
    words = rows["Zu übersetzen (deutsche Wörter)"]
    # ru: both texts outdated, 3 + 4 words; ar: both missing, the same words.
    assert "RU: 7 Wörter (0 fehlen, 2 veraltet)" in words
    assert "AR: 7 Wörter (2 fehlen, 0 veraltet)" in words


def test_workload_sums_words_of_missing_and_outdated_texts(world):
    district, offer = world
    make_offer(district, title="Zwei Worte", summary="Drei kurze Worte.", title_ru="Два слова")
    change_german(offer, summary="Vier Wörter hier jetzt.")
    work = translation_state.workload(Offer.objects.all(), ["ru"])["ru"]
    # Outdated: the first summary (4 words); missing: the second summary (3 words).
    assert work == {
        "missing_rows": 1,
        "missing": 1,
        "outdated_rows": 1,
        "outdated": 1,
        "words": 7,
    }


# --- Residents ----------------------------------------------------------------------------------


def _note(html):
    return BeautifulSoup(html, "html.parser").select("details.outdated-note")


def test_offer_page_and_board_mark_outdated_translation_with_german_at_hand(client, world):
    _, offer = world
    assert _note(client.get("/ru/welheim/offers/turnen/").content) == []
    change_german(offer, title="Turnen für Schulkinder")

    for url in ("/ru/welheim/offers/turnen/", "/ru/welheim/"):
        notes = _note(client.get(url).content)
        assert notes, url
        note = notes[0]
        assert note.summary.get_text(strip=True) == "Перевод, возможно, устарел"
        german = note.select_one('[lang="de"][dir="ltr"]')
        assert "Turnen für Schulkinder" in german.get_text(" ")
        assert "Kinderturnen" not in german.get_text(" ")
    # The translation itself is still shown.
    assert "Гимнастика для детей" in client.get("/ru/welheim/offers/turnen/").content.decode()
    # German readers read the German: nothing to mark.
    assert _note(client.get("/de/welheim/offers/turnen/").content) == []


def test_untimed_card_marks_outdated_summary(client, world):
    district, _ = world
    untimed = make_offer(
        district, slug="beratung", title="Beratung", summary="Nach Vereinbarung.", rules=[]
    )
    untimed.summary_fa = "با هماهنگی قبلی."
    untimed.save()
    change_german(untimed, summary="Nach Vereinbarung, auch am Telefon.")
    card = BeautifulSoup(client.get("/fa/welheim/").content, "html.parser").select_one(
        ".untimed .card"
    )
    german = card.select_one('details.outdated-note [lang="de"]').get_text(" ")
    assert "auch am Telefon" in german


def test_providers_german_change_marks_nothing_until_approved(client, world):
    _, offer = world
    provider = as_user(client, "verein-a")
    _post_change(provider, offer, title_de="Turnen für alle")
    offer.refresh_from_db()
    assert offer.has_pending_changes
    # The clerk's review lists the German title and what approving makes outdated, not the
    # bookkeeping behind the mark.
    listed = changes.changes(offer)
    assert [c.label for c in listed] == ["Titel [de]", "Übersetzungen danach veraltet"]
    assert listed[1].after == "RU: Titel"
    client.logout()
    page = client.get("/ru/welheim/offers/turnen/").content.decode()
    assert "Гимнастика для детей" in page
    assert _note(page) == [] and "Turnen für alle" not in page

    clerk = as_user(client, "sozialamt")
    review = reverse("admin:offers_offer_review", args=[offer.pk])
    assert clerk.post(review, {"decision": "approve"}).status_code == 302
    client.logout()
    notes = _note(client.get("/ru/welheim/offers/turnen/").content)
    assert notes and "Turnen für alle" in notes[0].get_text(" ")

    # Only a typo fix after all: the clerk saves once with the box ticked.
    _post_change(as_user(client, "sozialamt"), offer, translations_stay_valid="on")
    client.logout()
    assert _note(client.get("/ru/welheim/offers/turnen/").content) == []


def _board_queries(client, district):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"/ru/{district.slug}/?week=2026-W48")
    assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode()


def test_board_marks_cost_no_queries(client, wide_weeks):
    current = make_district(slug="aktuell")
    outdated = make_district(slug="veraltet")
    for district in (current, outdated):
        for n in range(5):
            make_offer(district, title=f"Angebot {n}", title_ru=f"Предложение {n}")
    for offer in Offer.objects.filter(districts=outdated):
        change_german(offer, title=f"{offer.title_de} (neu)")
    current_count, current_body = _board_queries(client, current)
    outdated_count, outdated_body = _board_queries(client, outdated)
    # the notes themselves (the board's inline stylesheet names the class too)
    assert _note(current_body) == [] and _note(outdated_body)
    assert current_count == outdated_count


def test_place_page_marks_outdated_accessibility_note(client, world):
    _, offer = world
    place = offer.place
    place.accessibility_de, place.accessibility_uk = "Rampe am Eingang.", "Пандус біля входу."
    place.save()
    place.accessibility_de = "Rampe am Hintereingang, Klingel links."
    place.save()
    page = client.get(f"/uk/welheim/places/{place.slug}/")
    assert page.status_code == 200
    note = _note(page.content)[0]
    assert note.summary.get_text(strip=True) == "Переклад, можливо, застарів"
    assert "Klingel links" in note.select_one('[lang="de"]').get_text(" ")


def test_legal_page_marks_outdated_body_with_german_in_its_markup(client):
    page = LegalPage.objects.create(
        slug="impressum",
        title="Impressum",
        title_ar="بيانات الناشر",
        body="## Anbieter\nStadt Bottrop",
        body_ar="## الجهة المسؤولة\nمدينة بوتروب",
    )
    page.body_de = "## Anbieter\nStadt Bottrop, Sozialamt"
    page.save()
    note = _note(client.get("/ar/info/impressum/").content)[0]
    german = note.select_one('[lang="de"][dir="ltr"]')
    assert german.select_one("h2").get_text() == "Anbieter"
    assert "Stadt Bottrop, Sozialamt" in german.get_text(" ")
    assert "مدينة بوتروب" in client.get("/ar/info/impressum/").content.decode()


def test_board_marks_outdated_district_intro(client, world):
    district = District.objects.get(slug="welheim")
    district.intro_de, district.intro_uk = "Willkommen.", "Ласкаво просимо."
    district.save()
    district.intro_de = "Willkommen in Welheim, neu mit Sprechstunde."
    district.save()
    intro = BeautifulSoup(client.get("/uk/welheim/").content, "html.parser").select_one(".intro")
    assert "neu mit Sprechstunde" in intro.select_one('details [lang="de"]').get_text(" ")
    assert "Ласкаво просимо." in intro.get_text(" ")
