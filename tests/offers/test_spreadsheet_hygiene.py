"""Exports no spreadsheet can run; imports that explain every problem in German."""

import csv
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup

from offers.models import Offer
from tests.factories import make_offer
from tests.offers import test_import_export as base
from tests.offers.test_import_export import GOOD, csv_file, export_form, login, upload

pytestmark = pytest.mark.django_db
world = base.world  # the fixture: two providers, a place and an offer each

HOSTILE = {
    "gleich": "=1+2",
    "plus": "+49 2041 1234",
    "minus": "-5 € Rabatt",
    "at": "@SUM(A1:A2)",
    "tab": "\t=1+2",
    "cr": "\r=1+2",
}
STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def hostile(world):
    for slug, title in HOSTILE.items():
        offer = make_offer(world, slug=f"x-{slug}", rules=[])
        Offer.objects.filter(pk=offer.pk).update(title_de=title, contact_phone=title)
    return world


def test_csv_export_defuses_every_formula_start(client, hostile):
    response = export_form(login(client, "sozialamt"), "0")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert [c for c in cells if c.startswith(STARTS)] == []
    titles = {row[0]: row[1] for row in rows[1:]}
    assert titles["x-minus"] == "'-5 € Rabatt"  # still readable
    assert titles["x-gleich"] == "'=1+2"


def test_xlsx_export_has_no_formula_cell(client, hostile):
    response = export_form(login(client, "sozialamt"), "1")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    values = [c.value for c in cells if isinstance(c.value, str)]
    assert [v for v in values if v.startswith(STARTS)] == []
    assert "'+49 2041 1234" in values


def test_exported_quote_is_removed_again_on_import(client, hostile):
    clerk = login(client, "sozialamt")
    exported = export_form(clerk, "0").content
    preview = upload(clerk, exported)
    form = BeautifulSoup(preview.content, "html.parser").select_one("form[action*=process]")
    assert form is not None, BeautifulSoup(preview.content, "html.parser").get_text(" ")[-800:]
    clerk.post(form["action"], {i["name"]: i.get("value", "") for i in form.select("input")})
    assert Offer.objects.get(slug="x-plus").contact_phone == "+49 2041 1234"


def _errors(client, *rows):
    response = upload(login(client, "sozialamt"), csv_file(*rows))
    assert response.status_code == 200
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


@pytest.mark.parametrize(
    ("schedule", "message"),
    [
        ("Di 25:00-26:00", "Die Uhrzeit „25:00“ gibt es nicht"),
        ("31.02.2026 10:00", "Das Datum „31.02.2026“ gibt es nicht"),
        ("Di 10:00 ab 99.99.9999", "Das Datum „99.99.9999“ gibt es nicht"),
        ("Di 10:00 (immer)", "Unbekannter Zusatz"),
        ("alle 99 Wochen Di 10:00 ab 01.09.2026", "Bitte eine Zahl von 1 bis 8 angeben."),
        ("; ".join(["Di 10:00"] * 21), "Höchstens 20 Terminregeln je Angebot (21 angegeben)."),
    ],
)
def test_import_schedule_errors_are_german(client, world, schedule, message):
    row = GOOD.replace('"Mo, Mi 14:30-16:00 (nicht in den Schulferien)"', f'"{schedule}"')
    body = _errors(client, row)
    assert message in body
    assert "does not match" not in body and "out of range" not in body
    assert not Offer.objects.filter(slug="lernhilfe-a").exists()


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe\x00garbage",
        b"kurzname;titel\n\x81\x8d;x\n",  # neither UTF-8 nor Windows-1252
        b"PK\x03\x04 an XLSX chosen as CSV",
        b"kurzname,titel\na,b,c,d\n",  # more cells than columns
        b"",
    ],
)
def test_broken_files_answer_in_german(client, world, content):
    response = upload(login(client, "sozialamt"), content)
    assert response.status_code == 200
    errors = response.context["form"].errors["import_file"]
    assert errors[0].startswith(
        (
            "Die übertragene Datei ist leer.",
            "Die Datei konnte nicht gelesen werden: Sie ist weder als UTF-8 noch als "
            "Windows-1252 gespeichert.",
            "Das ist eine Excel-Datei (XLSX), keine CSV-Datei",
            "Zeile 2 hat mehr Spalten (4) als die Kopfzeile (2).",
            "Die Datei enthält keine Angebote, nur eine Zeile.",
        )
    )
    assert not Offer.objects.exclude(slug__in=["turnen-a", "tanz-b"]).exists()


def test_broken_xlsx_answers_in_german(client, world):
    response = upload(login(client, "sozialamt"), b"PK\x03\x04 not a zip", name="a.xlsx")
    assert response.status_code == 200
    assert (
        "Die Datei konnte nicht gelesen werden."
        in response.context["form"].errors["import_file"][0]
    )


def test_file_of_nul_bytes_gets_german_row_errors(client, world):
    body = _errors(client, "\x00\x00\x00")
    assert "kurzname Dieses Feld darf nicht leer sein." in body


def test_row_errors_name_the_german_columns(client, world):
    body = _errors(client, "fehlt,Titel,,,,,welheim,,,1,,0,,de,,,,,Di 15:00-16:00")
    assert "kurzbeschreibung Dieses Feld darf nicht leer sein." in body
    assert "traeger Dieses Feld darf nicht null sein." in body
    assert " summary " not in body and " organisation " not in body


def test_imported_texts_are_cleaned(client, world):
    row = GOOD.replace("Lernhilfe,Hilfe beim Lernen", "Lern\u202ehilfe,Hilfe\x1b beim Lernen")
    clerk = login(client, "sozialamt")
    preview = upload(clerk, csv_file(row))
    form = BeautifulSoup(preview.content, "html.parser").select_one("form[action*=process]")
    clerk.post(form["action"], {i["name"]: i.get("value", "") for i in form.select("input")})
    offer = Offer.objects.get(slug="lernhilfe-a")
    assert (offer.title_de, offer.summary_de) == ("Lernhilfe", "Hilfe beim Lernen")


def test_xlsx_export_of_text_stored_with_control_characters(client, world):
    # Stored before the admin cleaned typed text: openpyxl refuses such characters.
    Offer.objects.filter(slug="turnen-a").update(title_de="Turnen\x1b\x07", summary_de="=1\x0b")
    response = export_form(login(client, "sozialamt"), "1")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"] == []
