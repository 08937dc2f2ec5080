"""Russian, Arabic and Farsi pages are entirely in their language (docs/translations.md)."""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

from offers.models import City, Offer
from tests.factories import make_category, make_district, make_group, make_offer

LOCALE = Path(settings.BASE_DIR) / "locale"
RESIDENT_LANGUAGES = [code for code, _ in settings.LANGUAGES if code != "de"]
ARABIC_YEH_KAF = re.compile("[\u064a\u0643]")
ZWNJ = "\u200c"


def catalogue(language):
    with open(LOCALE / language / "LC_MESSAGES" / "django.po", "rb") as handle:
        return read_po(handle, locale=language)


def _strings(message):
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return ids, strings


@pytest.mark.parametrize("language", RESIDENT_LANGUAGES)
def test_catalogue_complete_without_fuzzy_entries(language):
    messages = [m for m in catalogue(language) if m.id]
    assert len(messages) > 100
    untranslated = [m.id for m in messages if not all(_strings(m)[1])]
    fuzzy = [m.id for m in messages if m.fuzzy]
    assert (untranslated, fuzzy) == ([], [])


@pytest.mark.parametrize("language", RESIDENT_LANGUAGES)
def test_catalogue_keeps_placeholders(language):
    for message in catalogue(language):
        if not message.id:
            continue
        ids, strings = _strings(message)
        expected = set(re.findall(r"%\(\w+\)s", ids[-1]))
        for string in strings:
            assert set(re.findall(r"%\(\w+\)s", string)) == expected, message.id


def test_farsi_catalogue_uses_persian_yeh_and_kaf_and_zwnj_weekdays():
    messages = {m.id: m.string for m in catalogue("fa") if m.id}
    all_text = " ".join(s for _, strings in map(_strings, catalogue("fa")) for s in strings)
    assert not ARABIC_YEH_KAF.search(all_text)
    assert messages["Tuesday"] == f"سه{ZWNJ}شنبه"
    assert messages["Thursday"] == f"پنج{ZWNJ}شنبه"


# --- pages -------------------------------------------------------------------------------------


def _visible_chrome_text(html):
    """Page text without what is German on purpose: content falling back to German and
    German proper names (both marked lang="de"), and the language switch."""
    page = BeautifulSoup(html, "html.parser")
    for element in page.select('[lang="de"], .language-switch, script, style'):
        element.decompose()
    return page.get_text(" ", strip=True)


GERMAN_WORDS = re.compile(
    r"\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|"
    r"November|Dezember|Woche|Wochenplan|Heute|kostenlos|Anmeldung|stufenlos|Fällt aus|Alle|"
    r"Anzeigen|Für wen|Orte|Sprechzeiten|Telefon|Startseite|Seite|Angebote|Webseite|Vorschau|"
    r"Ganzer|Neu im)\b"
)


@pytest.fixture
def translated_district(db):
    City.objects.create(name="Bottrop", name_ru="Ботроп", name_ar="بوتروب", name_fa="بوتروپ")
    district = make_district(
        slug="welheim", name="Welheim", name_ru="Вельхайм", name_ar="فيلهايم", name_fa="ولهایم"
    )
    group = make_group(name="Kinder", name_ru="Дети", name_ar="الأطفال", name_fa="کودکان")
    category = make_category(name="Sport", name_ru="Спорт", name_ar="رياضة", name_fa="ورزش")
    make_offer(
        district,
        title="Fußball",
        title_ru="Футбол",
        title_ar="كرة القدم",
        title_fa="فوتبال",
        summary="Training",
        summary_ru="Тренировка",
        summary_ar="تدريب",
        summary_fa="تمرین",
        groups=[group],
        categories=[category],
        is_free=True,
        registration_required=True,
        languages=["de", "ar"],
    )
    return district


@pytest.mark.parametrize("language", RESIDENT_LANGUAGES)
@pytest.mark.parametrize(
    "path",
    [
        "/{l}/",
        "/{l}/welheim/",
        "/{l}/nirgendwo/",
        "/{l}/welheim/?week=x",
        "/{l}/welheim/embed/",
        "/{l}/welheim/print/",
    ],
)
def test_no_german_interface_word_on_resident_pages(client, translated_district, language, path):
    response = client.get(path.format(l=language))
    text = _visible_chrome_text(response.content.decode())
    assert GERMAN_WORDS.findall(text) == []


@pytest.mark.parametrize("language", RESIDENT_LANGUAGES)
def test_every_catalogue_string_on_board_is_translated(client, translated_district, language):
    text = _visible_chrome_text(client.get(f"/{language}/welheim/").content.decode())
    german_ids = [
        m.id
        for m in catalogue(language)
        if isinstance(m.id, str) and len(m.id) > 6 and "%" not in m.id and m.string != m.id
    ]  # a msgstr equal to its msgid is a name kept on purpose (the brand "Quartier")
    assert [msgid for msgid in german_ids if msgid in text] == []


@pytest.mark.parametrize(
    ("language", "direction", "weekday"),
    [
        ("de", "ltr", "Dienstag"),
        ("ru", "ltr", "Вторник"),
        ("ar", "rtl", "الثلاثاء"),
        ("fa", "rtl", f"سه{ZWNJ}شنبه"),
    ],
)
def test_board_lang_dir_and_weekday_names(
    client, translated_district, wide_weeks, language, direction, weekday
):
    page = BeautifulSoup(
        client.get(f"/{language}/welheim/?week=2026-W48").content.decode(), "html.parser"
    )
    assert (page.html["lang"], page.html["dir"]) == (language, direction)
    assert page.select(".weekday")[1].get_text(strip=True) == weekday


def test_russian_dates_use_genitive_month(client, translated_district, wide_weeks):
    page = BeautifulSoup(client.get("/ru/welheim/?week=2026-W48").content.decode(), "html.parser")
    assert page.select(".day-date")[1].get_text(strip=True) == "24 ноября"


def test_times_keep_latin_digits_and_ltr_in_rtl_pages(client, translated_district, wide_weeks):
    page = BeautifulSoup(client.get("/fa/welheim/?week=2026-W48").content.decode(), "html.parser")
    time_block = page.select_one(".entry-time")
    assert time_block["dir"] == "ltr"
    assert time_block.get_text(strip=True) == "15:00–17:00"


def test_translated_content_shown_and_fallback_marked_german(client, translated_district):
    untranslated = make_offer(translated_district, title="Sprachcafé", summary="Deutsch üben")
    page = BeautifulSoup(client.get("/fa/welheim/").content.decode(), "html.parser")
    # German fallback text is also wrapped in U+2066 … U+2069 (boards.bidi) for the PDFs
    titles = {
        a.get_text(strip=True).strip("\u2066\u2069"): a for a in page.select(".entry-title a")
    }
    assert "فوتبال" in titles
    fallback = titles["Sprachcafé"].find("span")
    assert (fallback["lang"], fallback["dir"]) == ("de", "ltr")
    assert untranslated.title_fa in (None, "")


def test_language_switch_names_each_language_in_itself(client, translated_district):
    page = BeautifulSoup(client.get("/ar/welheim/?group=x").content.decode(), "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in page.select(".language-switch a")}
    assert links == {
        "Deutsch": "/de/welheim/?group=x",
        "Русский": "/ru/welheim/?group=x",
        "العربية": "/ar/welheim/?group=x",
        "فارسی": "/fa/welheim/?group=x",
        "Türkçe": "/tr/welheim/?group=x",
        "Українська": "/uk/welheim/?group=x",
        "Leichte Sprache": "/leichte-sprache/",  # a 400 page: no district to go to
    }


# --- admin and demo ----------------------------------------------------------------------------


def test_admin_translation_tabs_load_jquery_ui_from_our_host(admin_client, translated_district):
    offer = Offer.objects.get()
    html = admin_client.get(reverse("admin:offers_offer_change", args=[offer.pk])).content.decode()
    assert 'name="title_fa"' in html and 'name="title_ar"' in html
    assert "/static/vendor/jquery-ui/jquery-ui.min.js" in html
    assert "googleapis" not in html
    assert not re.search(r'src="(https?:)?//', html)


def test_admin_lists_translation_state_and_filters_missing(admin_client, translated_district):
    make_offer(translated_district, title="Nur Deutsch")
    url = reverse("admin:offers_offer_changelist")
    missing = admin_client.get(url, {"missing": "fa"}).context["cl"].result_list
    assert [o.title for o in missing] == ["Nur Deutsch"]
    html = admin_client.get(url).content.decode()
    assert "FA –" in html and "FA ✓" in html


@pytest.mark.slow
@pytest.mark.django_db
def test_demo_translated_into_every_language():
    call_command("seed_demo")
    from offers.models import District

    for district in District.objects.all():
        for language in ["de", *RESIDENT_LANGUAGES]:
            assert getattr(district, f"name_{language}")
            assert getattr(district, f"intro_{language}")
    offers = Offer.objects.all()
    for language in RESIDENT_LANGUAGES:
        translated = sum(offer.is_translated(language) for offer in offers)
        assert translated / len(offers) >= 0.7, language
        assert offers.missing_translation(language).exists()  # some stay German, as in life
