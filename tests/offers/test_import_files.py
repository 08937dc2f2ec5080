"""Import files as clerks save them: German Excel's semicolon Windows-1252 CSV, UTF-8 with a
byte order mark, broken files (German error, no server error); ages, childcare, interpreter
and cancellations in and out again."""

from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from offers import cancellation_text
from offers.models import Offer, ScheduleException
from offers.spreadsheet_files import UnreadableFile, decode, delimiter_of
from tests.offers import test_import_export as base
from tests.offers.test_import_export import HEADER, export_rows, login, upload

pytestmark = pytest.mark.django_db
world = base.world  # the fixture: two providers, a place and an offer each

EXCEL_FILE = Path(__file__).parent / "files" / "angebote-excel-1252.csv"


def preview_and_confirm(client, content, name="angebote.csv"):
    preview = upload(client, content, name=name)
    page = BeautifulSoup(preview.content, "html.parser")
    form = page.select_one("form[action*=process]")
    assert form is not None, " ".join(page.get_text(" ").split())[-1500:]
    response = client.post(
        form["action"], {i["name"]: i.get("value", "") for i in form.select("input")}
    )
    assert response.status_code == 302
    return response


def test_excel_semicolon_windows_1252_file_imports_umlauts_and_sharp_s(client, world):
    content = EXCEL_FILE.read_bytes()
    assert b"\xe4" in content and b"\xdf" in content  # "ä" and "ß" as Windows-1252 bytes
    preview_and_confirm(login(client, "sozialamt"), content)
    cafe = Offer.objects.get(slug="elterncafe-fuer-vaeter")
    assert (cafe.title_de, cafe.summary_de) == (
        "Elterncafé für Väter",
        "Frühstück, Gespräche und Spaß – ganz ohne Anmeldung",
    )
    assert (cafe.is_free, cafe.cost_note_de, cafe.contact_name_de) == (
        False,
        "2 € pro Frühstück",
        "Jürgen Weiß",
    )
    assert (cafe.min_age, cafe.max_age, cafe.childcare, cafe.interpreter) == (0, 99, True, True)
    assert cafe.languages == ["de", "ar", "fa"]
    fest = Offer.objects.get(slug="strassenfest-gruesse")
    assert (fest.title_de, fest.summary_de) == (
        "Straßenfest-Grüße",
        "Grüße aus der Straße; mit Musik",
    )
    assert (fest.is_free, fest.min_age, fest.max_age, fest.childcare) == (True, 6, 12, False)
    cancelled = [
        (e.date, e.kind, e.reason, e.note_de)
        for e in ScheduleException.objects.filter(offer=fest).order_by("date")
    ]
    assert cancelled == [
        (date(2036, 12, 5), "cancelled", "holiday", ""),
        (date(2036, 12, 12), "cancelled", "room_taken", "Ersatz im Jugendhaus"),
    ]


def test_utf8_with_byte_order_mark_and_commas_imports(client, world):
    rows = [
        HEADER,
        "gruene-woche,Grüne Woche,Gärtnern für alle,,verein-a,halle-a,welheim,,,ja,,nein,,de,,,,,"
        "Mi 15:00-17:00,8,,ja,nein,",
    ]
    content = "\ufeff".encode() + ("\r\n".join(rows) + "\r\n").encode("utf-8")
    preview_and_confirm(login(client, "sozialamt"), content)
    offer = Offer.objects.get(slug="gruene-woche")
    assert (offer.title_de, offer.min_age, offer.max_age, offer.childcare) == (
        "Grüne Woche",
        8,
        None,
        True,
    )


def test_utf8_semicolon_file_without_byte_order_mark_imports(client, world):
    rows = [
        HEADER.replace(",", ";"),
        "sommer;Sommer;Spiele im Hof;;verein-a;halle-a;welheim;;;ja;;nein;;de;;;;;Do 10:00",
    ]
    preview_and_confirm(login(client, "sozialamt"), "\n".join(rows).encode("utf-8"))
    assert Offer.objects.get(slug="sommer").summary_de == "Spiele im Hof"


def test_decoding_and_delimiter_detection():
    assert decode("Größe;ß".encode("cp1252")) == "Größe;ß"
    assert decode("\ufeffGröße".encode()) == "Größe"
    assert decode("Größe\tx".encode("utf-16")) == "Größe\tx"
    assert [delimiter_of(t) for t in ("a;b,c;d", "a,b", "a\tb", "a")] == [";", ",", "\t", ","]
    with pytest.raises(UnreadableFile, match="weder als UTF-8 noch als Windows-1252"):
        decode(b"\x81\x8d")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"kurzname;titel\r\n\x81;\x8d\r\n", "weder als UTF-8 noch als Windows-1252"),
        ("kurzname;titel\r\nein;Angebot;zu;viel\r\n".encode("cp1252"), "Zeile 2 hat mehr Spalten"),
        (b"kurzname;titel\r\n", "keine Angebote"),
    ],
)
def test_broken_file_gets_german_error_and_no_server_error(client, world, content, message):
    response = upload(login(client, "sozialamt"), content)
    assert response.status_code == 200
    assert message in response.context["form"].errors["import_file"][0]


def test_row_errors_are_in_the_page_not_in_a_tooltip(client, world):
    rows = [HEADER, "fehler,Titel,x,,verein-a,halle-a,welheim,,,,,nein,,de,,,,,Di 15:00,abc"]
    response = upload(login(client, "sozialamt"), "\n".join(rows).encode())
    page = BeautifulSoup(response.content, "html.parser")
    errors = " ".join(page.select_one(".validation-error-container").get_text(" ").split())
    assert "Bitte „kostenlos“ ausfüllen: ja oder nein." in errors
    assert "Alter „abc“ bitte als ganze Zahl in Jahren, z. B. 6." in errors
    # The stylesheet that shows the error list in the table cell, not only on hover.
    assert page.select_one('link[href$="css/admin-import.css"]') is not None


def test_cancellation_on_a_day_without_a_date_is_a_row_error(client, world):
    rows = [
        HEADER,
        "x,Titel,x,,verein-a,halle-a,welheim,,,ja,,nein,,de,,,,,Fr 16:00,,,,,06.12.2036",
    ]
    body = " ".join(
        BeautifulSoup(
            upload(login(client, "sozialamt"), "\n".join(rows).encode()).content, "html.parser"
        )
        .get_text(" ")
        .split()
    )
    assert "Laut Terminen findet das Angebot an diesen Tagen nicht statt: 06.12.2036." in body
    assert not Offer.objects.filter(slug="x").exists()


def test_ages_childcare_interpreter_and_cancellations_round_trip(client, world):
    offer = Offer.objects.get(slug="turnen-a")  # Tuesday and Thursday 15:00–17:00
    Offer.objects.filter(pk=offer.pk).update(min_age=3, max_age=6, childcare=True, interpreter=True)
    ScheduleException.objects.create(offer=offer, date=date(2036, 12, 2), reason="ill")
    ScheduleException.objects.create(
        offer=offer, date=date(2036, 12, 4), note_de="Ersatz am Freitag"
    )
    ScheduleException.objects.create(
        offer=offer, date=date(2036, 12, 9), kind="moved", new_date=date(2036, 12, 10)
    )
    clerk = login(client, "sozialamt")
    row = {r["kurzname"]: r for r in export_rows(clerk)}["turnen-a"]
    assert (row["alter_von"], row["alter_bis"], row["kinderbetreuung"], row["dolmetscher"]) == (
        "3",
        "6",
        "ja",
        "ja",
    )
    assert row["ausfaelle"] == "02.12.2036 (Leitung erkrankt); 04.12.2036 (Ersatz am Freitag)"
    # The same file back, with one cancellation removed and one added.
    exported = base.export_form(clerk, "0").content.decode("utf-8-sig")
    changed = exported.replace(
        "02.12.2036 (Leitung erkrankt); 04.12.2036 (Ersatz am Freitag)",
        "04.12.2036 (Ersatz am Freitag); 11.12.2036 (Streik)",
    )
    assert changed != exported
    preview_and_confirm(clerk, changed.encode("cp1252"))  # as Excel would save it
    offer.refresh_from_db()
    assert (offer.min_age, offer.max_age, offer.childcare, offer.interpreter) == (3, 6, True, True)
    exceptions = [
        (e.date, e.kind, e.reason, e.note_de or "") for e in offer.exceptions.order_by("date")
    ]
    assert exceptions == [
        (date(2036, 12, 4), "cancelled", "", "Ersatz am Freitag"),
        (date(2036, 12, 9), "moved", "", ""),  # a move is not touched by the column
        (date(2036, 12, 11), "cancelled", "strike", ""),
    ]


def test_cancellation_text_parses_what_it_formats():
    entries = cancellation_text.parse(
        "24.12.2036 (Ferien); 31.12.2036; 07.01.2037 (Streik, später)"
    )
    assert entries == [
        {"date": date(2036, 12, 24), "reason": "holiday", "note": ""},
        {"date": date(2036, 12, 31), "reason": "", "note": ""},
        {"date": date(2037, 1, 7), "reason": "strike", "note": "später"},
    ]
    with pytest.raises(ValueError, match="nicht verstanden"):
        cancellation_text.parse("morgen")


def test_excel_export_has_semicolons_and_byte_order_mark_and_imports_back(client, world):
    clerk = login(client, "sozialamt")
    response = base.export_form(clerk, "2")
    content = response.content
    assert content.startswith("\ufeff".encode())
    assert content.decode("utf-8-sig").splitlines()[0] == HEADER.replace(",", ";")
    assert response["Content-Disposition"].endswith('.csv"')
    preview_and_confirm(clerk, content)
    assert Offer.objects.get(slug="turnen-a").title_de == '=HYPERLINK("http://evil")'
