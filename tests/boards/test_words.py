"""Words residents read: the brand, one term per concept, official benefit names (issue 11)."""

import importlib
import re
from datetime import date, time

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from demo import data as demo_data
from demo.legal_pages import page_texts as legal_texts
from demo.legal_texts import PAGES
from offers.models import City, ScheduleException
from tests.boards.test_translations import catalogue
from tests.factories import make_district, make_offer

LANGUAGES = [code for code, _ in settings.LANGUAGES]


@pytest.fixture
def district(db):
    City.objects.create(name="Bottrop", name_ru="Ботроп", name_ar="بوتروب", name_fa="بوتروپ")
    district = make_district(slug="welheim", name="Welheim", name_ru="Вельхайм")
    make_offer(district, title="Fußball")
    return district


def _brand_texts(html):
    page = BeautifulSoup(html, "html.parser")
    return [page.title.get_text(" ", strip=True), page.select_one(".brand-text").get_text(" ")]


@pytest.mark.parametrize("path", ["/{l}/", "/{l}/welheim/"])
def test_brand_stays_quartier_in_every_language(client, district, path):
    brands = {
        language: [
            "Quartier" in text
            for text in _brand_texts(client.get(path.format(l=language)).content.decode())
        ]
        for language in LANGUAGES
    }
    assert brands == {language: [True, True] for language in LANGUAGES}


# --- one word per concept (docs/translations.md, "Glossary") ----------------------------------

ZWNJ = "\u200c"
BENEFITS = [
    "Bürgergeld",
    "Wohngeld",
    "Kinderzuschlag",
    "Pflegegrad",
    "Mutterpass",
    "Elterngeld",
    "Kindergeld",
    "Bildung und Teilhabe",
]


def _strings(value):
    """Every string inside demo data or a legal page, however deeply nested."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _resident_texts(language):
    """The catalogue's translations, the demo translations and the legal pages in `language`."""
    texts = []
    for message in catalogue(language):
        if message.id:
            texts.extend(_strings(message.string))
    module = importlib.import_module(f"demo.translations.{language}")
    texts.extend(_strings({k: v for k, v in vars(module).items() if k.isupper()}))
    texts.extend(_strings({page: legal_texts(page)[language] for page in PAGES}))
    return " ".join(texts)


def test_russian_calls_offers_zanyatiya_not_predlozheniya():
    assert re.findall(r"\w*[Пп]редложени\w*", _resident_texts("ru")) == []


def test_ukrainian_is_written_in_ukrainian_not_russian():
    text = _resident_texts("uk")
    # Letters Ukrainian does not have; Russian words a hurried translation keeps.
    assert re.findall(r"\w*[ыэъёЫЭЪЁ]\w*", text) == []
    assert re.findall(r"\b(?:неделя|неделю|занятия|бесплатно|пожалуйста|или|это)\b", text) == []
    assert re.findall(r"\w*[Пп]ропозиці\w*", text) == []  # offers are заняття, as in Russian
    assert {"заняття", "тиждень", "безкоштовно", "і", "ї", "є"} <= set(re.findall(r"\w+|\S", text))


def test_turkish_keeps_its_letters_and_calls_offers_etkinlik():
    text = _resident_texts("tr")
    # Turkish letters written without their marks ("Ucretsiz", "Kayit") are misspellings.
    assert re.findall(r"\b(?:[Uu]cretsiz|[Kk]ayit|[Gg]unu|[Cc]ocuk\w*)\b", text) == []
    assert re.findall(r"\w*[Tt]eklif\w*", text) == []  # offers are etkinlikler, not bids
    assert {"ücretsiz", "etkinlik", "Çocuklar"} <= set(re.findall(r"\w+", text))


def test_farsi_uses_persian_letters_one_email_spelling_and_zwnj_weekdays():
    text = _resident_texts("fa")
    assert re.findall("[\u064a\u0643]", text) == []
    assert re.findall(f"ای{ZWNJ}\\s?میل|ای میل|پست الکترونیک|رایانامه", text) == []
    assert re.findall(r"(?:یک|سه|پنج) ?شنبه", text) == []
    assert "ایمیل" in text


def test_farsi_offer_word_differs_from_weekly_plan():
    text = _resident_texts("fa")
    plan_word_for_offers = f"برنامه{ZWNJ}ها(?!ی هفتگی)|برنامه{ZWNJ}ای|برنامهٔ دیگر|این برنامه(?! «)"
    assert re.findall(plan_word_for_offers, text) == []


def test_arabic_no_dual_after_a_number_and_one_word_for_consultation_hours():
    text = _resident_texts("ar")
    # A count (not a time such as "18:00") followed by a dual form.
    count = r"(?:(?<![\d:.–-])\d+|%\(\w+\)s)\s+"
    dual = count + r"(?:\w+(?:ان|ين) آخر(?:ان|ين)|سنت(?:ان|ين)|\w+ت(?:ان|ين)\b)"
    assert re.findall(dual, text) == []
    messages = {m.id: m.string for m in catalogue("ar") if m.id}
    assert messages["Sprechzeiten"] == "ساعات الاستقبال"
    assert (
        "ساعات الاستقبال"
        in messages["Beratung und Sprechstunden nach Vereinbarung – bitte vorher melden."]
    )


FOOTER = {
    "impressum": "Impressum",
    "datenschutz": "Datenschutzerklärung",
    "barrierefreiheit": "Erklärung zur Barrierefreiheit",
}


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_footer_links_carry_the_legal_pages_titles(language):
    messages = {m.id: m.string for m in catalogue(language) if m.id}
    labels = {page: messages[msgid] for page, msgid in FOOTER.items()}
    assert labels == {page: legal_texts(page)[language]["title"] for page in FOOTER}
    assert {page: PAGES[page]["de"]["title"] for page in FOOTER} == FOOTER


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_benefit_names_keep_the_german_term_in_brackets(language):
    translations = importlib.import_module(f"demo.translations.{language}").OFFERS
    missing = []
    for slug, german in demo_data.OFFER_TEMPLATES.items():
        for field, text in german.items():
            translated = translations.get(slug, {}).get(field)
            if not isinstance(text, str) or not translated:
                continue
            for term in BENEFITS:
                in_brackets = re.search(rf"\([^()]*{term}[^()]*\)", translated)
                if term in text and not in_brackets:
                    missing.append((slug, field, term))
    assert missing == []


def test_russian_weekday_lower_case_inside_a_sentence(client, district, wide_weeks):
    offer = district.offers.get()
    offer.rules.create(weekdays=[3], start_time=time(15))
    ScheduleException.objects.create(
        offer=offer, date=date(2026, 11, 26), kind="moved", new_date=date(2026, 11, 27)
    )
    page = BeautifulSoup(client.get("/ru/welheim/?week=2026-W48").content.decode(), "html.parser")
    statuses = [" ".join(p.get_text().split()) for p in page.select(".entry-status")]
    assert "Перенесено (новая дата: пятница, 27 ноября)" in statuses
    assert page.select(".weekday")[4].get_text(strip=True) == "Пятница"
