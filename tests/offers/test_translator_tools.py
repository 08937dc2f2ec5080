"""Translators' tools: XLIFF/CSV export and import with preview, refusal of stale units,
hostile files, permissions, and the side-by-side view (docs/translations.md)."""

import csv
import io
import re
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from offers.enums import OfferStatus
from offers.models import Offer
from offers.translation_files import XLIFF2, parse_xml
from tests.factories import (
    fresh,
    make_accounts,
    make_category,
    make_district,
    make_offer,
    make_organisation,
    make_place,
)

pytestmark = pytest.mark.django_db

EXPORT = "admin:offers_offer_translation_export"
IMPORT = "admin:offers_offer_translation_import"
NS = {"x": XLIFF2}


@pytest.fixture(scope="module")
def made_world(module_transaction):
    """Made once for the module: every test here uses it (tests/conftest.py)."""
    with module_transaction.unblock():
        return _make_world()


@pytest.fixture
def world(made_world, db):
    return {name: fresh(instance) for name, instance in made_world.items()}


def _make_world():
    district = make_district(slug="welheim", name="Welheim")
    organisation = make_organisation(name="Turnverein", slug="verein-a")
    place = make_place(district, organisation=organisation, opening_hours="Mo–Fr 9–12 Uhr")
    offer = make_offer(
        district,
        place=place,
        title="Kinderturnen",
        summary="Turnen für Kinder von 4 bis 8.",
        description="Bitte Turnschuhe mitbringen.\nEltern dürfen zuschauen.",
        title_ru="Гимнастика для детей",
        status=OfferStatus.PUBLISHED,
    )
    other = make_offer(district, place=place, title="Sprachcafé", summary="Deutsch üben.")
    make_category(name="Sport", slug="sport")
    make_accounts()
    return {"offer": offer, "other": other, "place": place}


@pytest.fixture
def clerk(client, world):
    client.force_login(User.objects.get(username="sozialamt"))
    return client


def _export(client, **data):
    data = {"language": "ru", "which": "all", "format": "xliff", **data}
    response = client.post(reverse(EXPORT), data)
    assert response.status_code == 200, response.content[:500]
    return response.content


def _upload(client, content, name="uebersetzt.xlf", language="ru"):
    upload = SimpleUploadedFile(name, content)
    return client.post(reverse(IMPORT), {"language": language, "file": upload})


def _confirm(client, preview):
    payload = BeautifulSoup(preview.content, "html.parser").select_one("[name=payload]")["value"]
    return client.post(reverse(IMPORT), {"payload": payload, "confirm": "1"})


def _targets(content: bytes) -> dict:
    root = parse_xml(content)
    return {
        unit.get("id"): unit.find("x:segment/x:source", NS).text
        for unit in root.iterfind(".//x:unit", NS)
    }


def _translate(content: bytes, translations: dict) -> bytes:
    """The exported file as a CAT tool gives it back: targets filled in, the namespace
    with a prefix, a BOM and Windows line ends."""
    root = parse_xml(content)
    for unit in root.iterfind(".//x:unit", NS):
        if unit.get("id") in translations:
            unit.find("x:segment/x:target", NS).text = translations[unit.get("id")]
    ElementTree.register_namespace("xlf", XLIFF2)
    text = ElementTree.tostring(root, encoding="unicode")
    return (
        "\ufeff<?xml version='1.0' encoding='utf-8'?>\r\n" + text.replace("\n", "\r\n")
    ).encode()


# --- Export -----------------------------------------------------------------------------------


def test_export_xliff_holds_each_translated_field_as_a_unit(clerk, world):
    offer, place = world["offer"], world["place"]
    content = _export(clerk)
    root = parse_xml(content)
    assert root.tag == f"{{{XLIFF2}}}xliff"
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.0", "de", "ru")
    sources = _targets(content)
    assert sources[f"offer/{offer.pk}/summary"] == "Turnen für Kinder von 4 bis 8."
    assert sources[f"offer/{offer.pk}/description"].endswith("Eltern dürfen zuschauen.")
    assert sources[f"place/{place.pk}/opening_hours"] == "Mo–Fr 9–12 Uhr"
    assert any(key.startswith("category/") for key in sources)
    assert any(key.startswith("district/") for key in sources)
    title = root.find(f".//x:unit[@id='offer/{offer.pk}/title']/x:segment/x:target", NS)
    assert title.text == "Гимнастика для детей"
    # Only fields with German text: no empty units.
    assert f"offer/{offer.pk}/cost_note" not in sources


def test_export_missing_leaves_out_what_is_translated(clerk, world):
    offer = world["offer"]
    sources = _targets(_export(clerk, which="missing"))
    assert f"offer/{offer.pk}/title" not in sources
    assert f"offer/{offer.pk}/summary" in sources


def test_export_outdated_holds_what_was_translated_from_an_earlier_german(clerk, world):
    offer = world["offer"]
    offer.title = "Kinderturnen am Montag"  # German active: the Russian title is now outdated
    offer.save()

    outdated = _targets(_export(clerk, which="outdated"))
    todo = _targets(_export(clerk, which="todo"))

    assert list(outdated) == [f"offer/{offer.pk}/title"]
    assert outdated[f"offer/{offer.pk}/title"] == "Kinderturnen am Montag"
    assert {f"offer/{offer.pk}/title", f"offer/{offer.pk}/summary"} <= set(todo)
    side_by_side = clerk.get(reverse("admin:offers_offer_side_by_side", args=[offer.pk, "ru"]))
    areas = BeautifulSoup(side_by_side.content, "html.parser").select("textarea")
    # Outdated is worked on first, like missing (before, the translated title came last).
    assert [a["name"] for a in areas] == ["title", "summary", "description"]


def test_admin_action_exports_selected_offers_only(clerk, world):
    offer, other = world["offer"], world["other"]
    response = clerk.post(
        reverse("admin:offers_offer_changelist"),
        {"action": "export_for_translation", "_selected_action": [offer.pk]},
    )
    assert response.status_code == 302
    page = clerk.get(response["Location"])
    assert page.status_code == 200
    assert "1 ausgewählte Angebote" in page.content.decode()
    sources = _targets(_export(clerk, which="selected-all", ids=str(offer.pk)))
    assert sources and all(key.startswith(f"offer/{offer.pk}/") for key in sources)
    assert not any(key.startswith(f"offer/{other.pk}/") for key in sources)


def test_export_csv_is_excel_csv(clerk, world):
    content = _export(clerk, format="csv", language="fa")
    assert content.startswith(b"\xef\xbb\xbfid;source;target\r\n")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert [f"offer/{world['offer'].pk}/title", "Kinderturnen", ""] in rows


# --- Import -----------------------------------------------------------------------------------


def test_xliff_round_trip_with_preview_and_history(clerk, world):
    offer = world["offer"]
    content = _translate(
        _export(clerk),
        {
            f"offer/{offer.pk}/summary": "Гимнастика для детей от 4 до 8 лет.",
            f"offer/{offer.pk}/description": "Возьмите кроссовки.\nРодители могут смотреть.",
        },
    )
    preview = _upload(clerk, content)
    assert preview.status_code == 200
    page = preview.content.decode()
    assert "Гимнастика для детей от 4 до 8 лет." in page
    assert "Kurzbeschreibung" in page  # the field, named as in the admin
    offer.refresh_from_db()
    assert not offer.summary_ru  # a preview writes nothing

    response = _confirm(clerk, preview)
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.summary_ru == "Гимнастика для детей от 4 до 8 лет."
    assert offer.description_ru == "Возьмите кроссовки.\nРодители могут смотреть."
    assert offer.title_ru == "Гимнастика для детей"
    # A clerk's write is published at once (offers/approval.py), and the history names them.
    assert offer.status == OfferStatus.PUBLISHED and offer.approved_snapshot is None
    latest = offer.history.latest()
    assert latest.history_user.username == "sozialamt"
    assert latest.summary_ru == offer.summary_ru


def test_unit_is_refused_when_german_changed_after_export(clerk, world):
    offer = world["offer"]
    exported = _export(clerk)
    Offer.objects.filter(pk=offer.pk).update(summary_de="Turnen für Kinder von 4 bis 10.")
    content = _translate(
        exported,
        {
            f"offer/{offer.pk}/summary": "Гимнастика для детей от 4 до 8 лет.",
            f"offer/{offer.pk}/description": "Возьмите кроссовки.",
        },
    )
    preview = _upload(clerk, content)
    refused = BeautifulSoup(preview.content, "html.parser").select_one(".translation-refused")
    assert f"offer/{offer.pk}/summary" in refused.text
    assert "inzwischen geändert" in refused.text
    _confirm(clerk, preview)
    offer.refresh_from_db()
    assert not offer.summary_ru
    assert offer.description_ru == "Возьмите кроссовки."


def test_german_changed_between_preview_and_confirm_is_refused_too(clerk, world):
    offer = world["offer"]
    content = _translate(_export(clerk), {f"offer/{offer.pk}/summary": "Новое."})
    preview = _upload(clerk, content)
    Offer.objects.filter(pk=offer.pk).update(summary_de="Ganz anders.")
    _confirm(clerk, preview)
    offer.refresh_from_db()
    assert not offer.summary_ru


def test_csv_round_trip_with_bom_and_semicolons(clerk, world):
    offer = world["offer"]
    exported = _export(clerk, format="csv")
    rows = list(csv.reader(io.StringIO(exported.decode("utf-8-sig")), delimiter=";"))
    for row in rows:
        if row[0] == f"offer/{offer.pk}/summary":
            row[2] = "Гимнастика; для детей"
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    content = ("\ufeff" + buffer.getvalue()).encode()
    preview = _upload(clerk, content, name="uebersetzt.csv")
    assert "Гимнастика; для детей" in preview.content.decode()
    _confirm(clerk, preview)
    offer.refresh_from_db()
    assert offer.summary_ru == "Гимнастика; для детей"


def test_csv_formulas_are_defused_and_import_back(clerk, world):
    offer = world["offer"]
    Offer.objects.filter(pk=offer.pk).update(cost_note_de="=5 Euro", is_free=False)
    exported = _export(clerk, format="csv")
    assert f"offer/{offer.pk}/cost_note;'=5 Euro;".encode() in exported
    content = exported.replace(b"'=5 Euro;", "'=5 Euro;'=5 евро".encode())
    preview = _upload(clerk, content, name="ru.csv")
    _confirm(clerk, preview)
    offer.refresh_from_db()
    assert offer.cost_note_ru == "=5 евро"


def test_excel_unicode_text_utf16_with_tabs(clerk, world):
    offer = world["offer"]
    rows = "id\tsource\ttarget\r\n"
    rows += f"offer/{offer.pk}/summary\tTurnen für Kinder von 4 bis 8.\tÇocuklar için jimnastik\r\n"
    preview = _upload(clerk, rows.encode("utf-16"), name="tr.txt", language="tr")
    _confirm(clerk, preview)
    offer.refresh_from_db()
    assert offer.summary_tr == "Çocuklar için jimnastik"


def _xliff2(body: str, trg="ru", prefix="") -> bytes:
    p = f"{prefix}:" if prefix else ""
    xmlns = f"xmlns:{prefix}" if prefix else "xmlns"
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<{p}xliff {xmlns}="{XLIFF2}" version="2.0" '
        f'srcLang="de-DE" trgLang="{trg}"><{p}file id="f1">{body}</{p}file></{p}xliff>'
    ).encode()


def test_cat_tool_variants_cdata_mrk_and_placeholders(clerk, world):
    offer, other = world["offer"], world["other"]
    body = (
        f'<x:unit id="offer/{offer.pk}/summary"><x:segment>'
        "<x:source>Turnen für Kinder von 4 bis 8.</x:source>"
        "<x:target><![CDATA[Гимнастика <для> детей]]></x:target></x:segment></x:unit>"
        f'<x:unit id="offer/{other.pk}/summary"><x:segment>'
        '<x:source><x:mrk id="m1" translate="yes">Deutsch</x:mrk> üben.</x:source>'
        '<x:target><x:mrk id="m1" translate="yes">Немецкий</x:mrk> практиковать.</x:target>'
        "</x:segment></x:unit>"
        f'<x:unit id="offer/{other.pk}/title"><x:segment><x:source>Sprachcafé</x:source>'
        '<x:target>Языковое <x:ph id="1"/> кафе</x:target></x:segment></x:unit>'
        '<x:unit id="offer/999999/title"><x:segment><x:source>X</x:source>'
        "<x:target>Y</x:target></x:segment></x:unit>"
        '<x:unit id="boards/1/body"><x:segment><x:source>X</x:source>'
        "<x:target>Y</x:target></x:segment></x:unit>"
    )
    preview = _upload(clerk, _xliff2(body, trg="ru-RU", prefix="x"))
    refused = BeautifulSoup(preview.content, "html.parser").select_one(".translation-refused").text
    assert "Platzhalter <ph>" in refused
    assert "offer/999999/title" in refused and "boards/1/body" in refused
    _confirm(clerk, preview)
    offer.refresh_from_db()
    other.refresh_from_db()
    assert offer.summary_ru == "Гимнастика <для> детей"
    assert other.summary_ru == "Немецкий практиковать."
    assert not other.title_ru


def test_unit_split_into_sentences_is_joined(clerk, world):
    offer = world["offer"]
    unit = (
        f'<unit id="offer/{offer.pk}/description">'
        "<segment><source>Bitte Turnschuhe mitbringen.</source>"
        "<target>Возьмите кроссовки.</target></segment>"
        "<ignorable><source>\n</source></ignorable>"
        "<segment><source>Eltern dürfen zuschauen.</source>"
        "<target>Родители могут смотреть.</target></segment></unit>"
        f'<unit id="offer/{offer.pk}/summary">'
        "<segment><source>Turnen für Kinder </source><target>Гимнастика</target></segment>"
        "<segment><source>von 4 bis 8.</source></segment></unit>"
    )
    preview = _upload(clerk, _xliff2(unit))
    refused = BeautifulSoup(preview.content, "html.parser").select_one(".translation-refused").text
    assert "nur teilweise übersetzt" in refused
    _confirm(clerk, preview)
    offer.refresh_from_db()
    assert offer.description_ru == "Возьмите кроссовки.\nРодители могут смотреть."
    assert not offer.summary_ru


def test_targets_marked_untranslated_are_skipped(clerk, world):
    # Tools fill untranslated targets with a copy of the German and mark them so.
    offer = world["offer"]
    unit = (
        f'<unit id="offer/{offer.pk}/summary"><segment state="initial">'
        "<source>Turnen für Kinder von 4 bis 8.</source>"
        "<target>Turnen für Kinder von 4 bis 8.</target></segment></unit>"
    )
    preview = _upload(clerk, _xliff2(unit))
    assert "1 leer (übersprungen)" in " ".join(preview.content.decode().split())
    assert "payload" not in preview.content.decode()  # nothing to take over


def test_xliff_12_as_omegat_writes_it(clerk, world):
    offer = world["offer"]
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\r\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\r\n'
        '<file original="quartier.xlf" source-language="de" target-language="uk" datatype="xml">'
        "<body>"
        f'<trans-unit id="0" resname="offer/{offer.pk}/summary">'
        "<source>Turnen für Kinder von 4 bis 8.</source>"
        '<target state="translated">Гімнастика для дітей від 4 до 8 років.</target></trans-unit>'
        f'<trans-unit id="1" resname="offer/{offer.pk}/title"><source>Kinderturnen</source>'
        '<target state="needs-translation">Kinderturnen</target></trans-unit>'
        "</body></file></xliff>"
    ).encode()
    preview = _upload(clerk, content, language="uk")
    assert "Гімнастика" in preview.content.decode()
    _confirm(clerk, preview)
    offer.refresh_from_db()
    assert offer.summary_uk == "Гімнастика для дітей від 4 до 8 років."
    assert not offer.title_uk


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="ru">
<file id="f"><unit id="offer/1/title"><segment><source>&lol3;</source><target>&lol3;</target>
</segment></unit></file></xliff>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="ru">
<file id="f"><unit id="offer/1/title"><segment><source>X</source><target>&xxe;</target>
</segment></unit></file></xliff>"""


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (BILLION_LAUGHS, "a.xlf", "DTD"),
        (XXE, "a.xlf", "DTD"),
        (b"<xliff><file><unit>", "a.xlf", "kein gültiges XML"),
        (b"<html><body>hi</body></html>", "a.xlf", "keine XLIFF-Datei"),
        (_xliff2("", trg="ar"), "a.xlf", "Übersetzung in „ar“"),
        ("id;source;target\r\nx;Käse;Peynir\r\n".encode("cp1252"), "a.csv", "UTF-8"),
        (b"title;text\r\na;b\r\n", "a.csv", "id;source;target"),
        (b"<" + b" " * (3 * 1024 * 1024), "big.xlf", "größer als"),
        (_xliff2("<mrk>" * 100000 + "</mrk>" * 100000), "deep.xlf", "verschachtelt"),
        (
            _xliff2("<unit id='x'><segment><source>&undefined;</source></segment></unit>"),
            "a.xlf",
            "kein gültiges XML",
        ),
    ],
)
def test_hostile_and_wrong_files_are_form_errors(clerk, world, content, name, message):
    response = _upload(clerk, content, name=name)
    assert response.status_code == 200
    errors = BeautifulSoup(response.content, "html.parser").select_one(".errorlist")
    assert errors is not None and message in errors.text
    assert "payload" not in response.content.decode()


@pytest.mark.parametrize(
    "data",
    [
        {"language": "xx", "which": "all", "format": "xliff"},
        {"language": "de", "which": "all", "format": "xliff"},
        {"language": "ru", "which": "selected-all", "format": "xliff"},  # nothing selected
        {"language": "ru", "which": "all", "format": "pdf", "ids": "1,abc,\x00"},
    ],
)
def test_export_form_errors_are_no_server_error(clerk, world, data):
    response = clerk.post(reverse(EXPORT), data)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert BeautifulSoup(response.content, "html.parser").select_one(".errorlist")


def test_import_without_file_or_language(clerk, world):
    response = clerk.post(reverse(IMPORT), {"language": "ru"})
    assert response.status_code == 200 and "Dieses Feld ist zwingend erforderlich." in (
        response.content.decode()
    )
    response = _upload(clerk, _xliff2(""), language="de")
    assert response.status_code == 200 and "payload" not in response.content.decode()


def test_forged_or_broken_confirm_is_no_server_error(clerk, world):
    response = clerk.post(reverse(IMPORT), {"payload": "nonsense", "confirm": "1"})
    assert response.status_code == 302
    assert clerk.get(response["Location"]).status_code == 200


# --- Permissions ------------------------------------------------------------------------------


def test_providers_get_403_and_see_no_links(client, world):
    offer = world["offer"]
    client.force_login(User.objects.get(username="verein-a"))
    assert client.get(reverse(EXPORT)).status_code == 403
    assert client.post(reverse(EXPORT), {"language": "ru"}).status_code == 403
    assert client.get(reverse(IMPORT)).status_code == 403
    assert _upload(client, _xliff2("")).status_code == 403
    side = reverse("admin:offers_offer_side_by_side", args=[offer.pk, "ru"])
    assert client.get(side).status_code == 403
    assert client.post(side, {"summary": "x"}).status_code == 403
    changelist = client.get(reverse("admin:offers_offer_changelist")).content.decode()
    assert "translation_export" not in changelist and "uebersetzungen" not in changelist
    assert "export_for_translation" not in changelist
    change = client.get(reverse("admin:offers_offer_change", args=[offer.pk])).content.decode()
    assert "/uebersetzen/" not in change


def test_anonymous_is_sent_to_login(client, world):
    response = client.get(reverse(EXPORT))
    assert response.status_code == 302 and "login" in response["Location"]


# --- Side by side -----------------------------------------------------------------------------


def test_side_by_side_shows_missing_first_and_rtl_for_farsi(clerk, world):
    offer = world["offer"]
    Offer.objects.filter(pk=offer.pk).update(title_fa="ژیمناستیک کودکان")
    change = clerk.get(reverse("admin:offers_offer_change", args=[offer.pk])).content.decode()
    assert "/uebersetzen/" in change
    response = clerk.get(reverse("admin:offers_offer_side_by_side", args=[offer.pk, "fa"]))
    soup = BeautifulSoup(response.content, "html.parser")
    areas = soup.select("textarea")
    assert [a["name"] for a in areas] == ["summary", "description", "title"]
    assert all(a["lang"] == "fa" and a["dir"] == "rtl" for a in areas)
    assert soup.select_one(".side-by-side-source")["lang"] == "de"
    ru = clerk.get(reverse("admin:offers_offer_side_by_side", args=[offer.pk, "ru"]))
    assert BeautifulSoup(ru.content, "html.parser").select_one("textarea")["dir"] == "ltr"


def test_side_by_side_saves_translations_only(clerk, world):
    offer = world["offer"]
    url = reverse("admin:offers_offer_side_by_side", args=[offer.pk, "fa"])
    page = BeautifulSoup(clerk.get(url).content, "html.parser")
    data = {i["name"]: i.get("value", "") for i in page.select("form input[type=hidden]")}
    data.update(summary="ورزش برای کودکان ۴ تا ۸ ساله.", title="", description="")
    response = clerk.post(url, data)
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.summary_fa == "ورزش برای کودکان ۴ تا ۸ ساله."
    assert offer.title_de == "Kinderturnen" and offer.summary_de == "Turnen für Kinder von 4 bis 8."
    assert offer.history.latest().history_user.username == "sozialamt"
    # A German text changed while the page was open: that translation is not saved, the
    # page shows the new German and keeps what was typed; the other field is saved.
    Offer.objects.filter(pk=offer.pk).update(title_de="Turnen")
    data.update(title="ژیمناستیک", description="کفش ورزشی بیاورید.")
    response = clerk.post(url, data)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("textarea[name=title]").text == "ژیمناستیک"
    assert "inzwischen geändert" in soup.select_one(".errornote").text
    title_row = soup.select_one("textarea[name=title]").find_parent("fieldset")
    assert title_row.select_one(".side-by-side-text").text.strip() == "Turnen"
    offer.refresh_from_db()
    assert not offer.title_fa
    assert offer.description_fa == "کفش ورزشی بیاورید."


@pytest.mark.parametrize("language", ["de", "xx", "en"])
def test_side_by_side_unknown_language_is_404(clerk, world, language):
    url = reverse("admin:offers_offer_side_by_side", args=[world["offer"].pk, language])
    assert clerk.get(url).status_code == 404


def test_side_by_side_unknown_offer_is_404(clerk, world):
    assert clerk.get("/admin/offers/offer/999999/uebersetzen/ru/").status_code == 404
    assert clerk.get("/admin/offers/offer/abc/uebersetzen/ru/").status_code == 404


def test_units_ids_are_stable(world):
    # Unit ids are what translators' tools key their memories on: kind/pk/field.
    from offers.translation_units import object_units

    ids = [unit.id for unit in object_units(world["offer"], "ru")]
    assert all(re.fullmatch(rf"offer/{world['offer'].pk}/\w+", i) for i in ids)
