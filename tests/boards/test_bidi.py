"""boards.bidi: left-to-right runs in right-to-left text, isolated once for web and PDF alike."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.safestring import SafeData, mark_safe

from boards.bidi import isolate, isolate_whole

# Written with visible stand-ins: [ ] = U+2066 … U+2069, _ = no-break space, ~ = word joiner.
STANDINS = str.maketrans({"[": "\u2066", "]": "\u2069", "_": "\u00a0", "~": "\u2060"})

RTL_CASES = [
    ("الهاتف: 02041 70-4410", "الهاتف: [02041_70~-~4410]"),
    ("+49 2041 70-4410 اتصلوا", "[+49_2041_70~-~4410] اتصلوا"),
    ("تلفن 02041/704410", "تلفن [02041/704410]"),
    ("46236 Bottrop", "[46236_Bottrop]"),
    ("Gungstraße 46، 46236 Bottrop", "[Gungstraße_46]، [46236_Bottrop]"),
    ("Gungstraße 46, 46236 Bottrop", "[Gungstraße_46, 46236_Bottrop]"),
    ("في 24.11.2026", "في [24.11.2026]"),
    ("الاثنين 9–12", "الاثنين [9~–~12]"),
    ("من 09:00–11:30 و 17:00 – 19:30", "من [09:00~–~11:30] و [17:00_~–~_19:30]"),
    ("دوشنبه 9.30-12 Uhr", "دوشنبه [9.30~-~12_Uhr]"),
    ("في (Jugendzentrum Welheim) يوميًا", "في [(Jugendzentrum Welheim)] يوميًا"),
    ("(نادي الشباب)", "(نادي الشباب)"),
    ("البريد: quartier@bottrop.example", "البريد: [quartier@bottrop.example]"),
    ("تحرک 60+ – نرمش", "تحرک [60+] – نرمش"),
    ("بدون أرقام", "بدون أرقام"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), RTL_CASES)
def test_rtl_runs_isolated(text, expected):
    result = isolate(text, rtl=True)
    assert isinstance(result, SafeData)
    assert result == expected.translate(STANDINS)


@pytest.mark.parametrize(("text", "_"), RTL_CASES)
def test_ltr_text_unchanged(text, _):
    assert isolate(text, rtl=False) == text


@pytest.mark.parametrize("rtl", [True, False])
def test_markup_escaped(rtl):
    result = isolate('<script>alert("9")</script> & 12', rtl=rtl)
    assert "<script>" not in result
    assert "&lt;" in result and "&amp;" in result and "&quot;" in result


def test_escaping_never_splits_an_entity():
    result = isolate("مرحبا & Bottrop <b>", rtl=True)
    assert "&amp;" in result and "&lt;" in result and "&gt;" in result
    assert "\u2066b\u2069" in result  # the tag's letters are text now, isolated like any word


def test_safe_markup_passes_through_once():
    marked = mark_safe('<span lang="de" dir="ltr">Sprachcafé 9–12</span>')
    assert isolate(marked, rtl=True) is marked
    assert isolate_whole(marked, rtl=True) is marked


def test_whole_unit():
    assert isolate_whole("02041 70-4410", rtl=True) == "[02041_70~-~4410]".translate(STANDINS)
    assert isolate_whole("a<b", rtl=True) == "\u2066a&lt;b\u2069"
    assert isolate_whole("02041 70-4410", rtl=False) == "02041 70-4410"


def render(source, language, **context):
    with translation.override(language):
        return Template("{% load quartier %}" + source).render(Context(context))


def test_filters_follow_the_active_language():
    text = "Sprechzeiten: 9–12"
    assert render("{{ text|bidi }}", "de", text=text) == text
    assert render("{{ text|bidi }}", "ru", text=text) == text
    assert render("{{ text|bidi }}", "ar", text=text).startswith("\u2066")
    assert render("{{ text|bidi }}", "ar", text="<i>") == "&lt;\u2066i\u2069&gt;"


def test_address_tag_uses_the_locale_separator():
    source = "{% address street postcode city %}"
    context = {"street": "Gungstraße 46", "postcode": "46236", "city": "Bottrop"}
    assert render(source, "de", **context) == "Gungstraße 46, 46236 Bottrop"
    assert render(source, "ar", **context) == "[Gungstraße_46]، [46236_Bottrop]".translate(STANDINS)


def test_time_range_is_one_unit():
    start, end = datetime.time(9, 0), datetime.time(11, 30)
    assert render("{% time_range start end %}", "de", start=start, end=end) == "09:00–11:30"
    assert render("{% time_range start end %}", "fa", start=start, end=end) == (
        "[09:00~–~11:30]".translate(STANDINS)
    )
