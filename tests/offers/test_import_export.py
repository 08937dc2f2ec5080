"""Offers with schedules to and from CSV/XLSX: preview, German row errors, scoping, escaping."""

import csv
import io
from datetime import time

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from offers import schedule_text
from offers.models import Offer
from tests.factories import (
    make_accounts,
    make_category,
    make_district,
    make_group,
    make_offer,
    make_organisation,
    make_place,
)

pytestmark = pytest.mark.django_db

HEADER = (
    "kurzname,titel,kurzbeschreibung,beschreibung,traeger,ort,stadtteile,zielgruppen,kategorien,"
    "kostenlos,kosten,anmeldung_noetig,anmeldung_hinweis,sprachen,zeiten_ohne_termine,"
    "ansprechperson,telefon,email,termine,alter_von,alter_bis,kinderbetreuung,dolmetscher,ausfaelle"
)


@pytest.fixture
def world():
    district = make_district(slug="welheim")
    make_group(slug="kinder")
    make_category(slug="lernen")
    own = make_organisation(slug="verein-a")
    other = make_organisation(slug="verein-b")
    make_place(district, organisation=own, slug="halle-a")
    make_place(district, organisation=other, slug="halle-b")
    make_offer(
        district,
        organisation=own,
        place=own.places.get(),
        slug="turnen-a",
        title='=HYPERLINK("http://evil")',
        rules=[{"weekdays": [1, 3], "start_time": time(15), "end_time": time(17)}],
    )
    make_offer(district, organisation=other, place=other.places.get(), slug="tanz-b", rules=[])
    make_accounts()
    return district


def login(client, username):
    client.force_login(User.objects.get(username=username))
    return client


def export_form(client, file_format):
    """The export form as a clerk or provider would submit it: every column ticked."""
    page = BeautifulSoup(client.get(reverse("admin:offers_offer_export")).content, "html.parser")
    columns = {box["name"]: "on" for box in page.select("input[type=checkbox]")}
    return client.post(
        reverse("admin:offers_offer_export"), {"format": file_format, "resource": "0", **columns}
    )


def export_rows(client):
    response = export_form(client, "0")
    assert response.status_code == 200, response.content[:500]
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_clerk_exports_all_with_schedule_and_escaped_formulas(client, world):
    rows = {row["kurzname"]: row for row in export_rows(login(client, "sozialamt"))}
    assert set(rows) == {"turnen-a", "tanz-b"}
    assert rows["turnen-a"]["termine"] == "Di, Do 15:00-17:00"
    # Not a formula when a spreadsheet opens it: a quote before the "=" (OWASP).
    assert rows["turnen-a"]["titel"] == '\'=HYPERLINK("http://evil")'


def test_provider_exports_only_own_offers(client, world):
    rows = export_rows(login(client, "verein-a"))
    assert [row["kurzname"] for row in rows] == ["turnen-a"]


def test_template_columns_and_example_row_parse(client, world):
    response = login(client, "verein-a").get(reverse("admin:offers_offer_import_template"))
    header, example = list(csv.reader(io.StringIO(response.content.decode())))
    assert ",".join(header) == HEADER
    assert schedule_text.parse(dict(zip(header, example, strict=True))["termine"])


def upload(client, content, name="angebote.csv"):
    return client.post(
        reverse("admin:offers_offer_import"),
        {
            "resource": "0",
            "format": "0" if name.endswith(".csv") else "1",
            "import_file": SimpleUploadedFile(name, content),
        },
    )


def csv_file(*rows):
    return ("\n".join([HEADER, *rows]) + "\n").encode()


GOOD = (
    "lernhilfe-a,Lernhilfe,Hilfe beim Lernen,,verein-a,halle-a,welheim,kinder,lernen,1,,0,,de,"
    ',,,,"Mo, Mi 14:30-16:00 (nicht in den Schulferien)"'
)


def test_import_preview_shows_row_errors_in_german_and_saves_nothing(client, world):
    response = upload(
        login(client, "sozialamt"),
        csv_file(
            GOOD,
            "fehler-1,Titel,x,,verein-a,halle-a,nirgendwo,,,1,,0,,de,,,,,Di 15:00-16:00",
            "fehler-2,Titel,x,,verein-a,halle-a,welheim,,,1,,0,,de,,,,,Dienstag um drei",
            "fehler-3,Titel,x,,verein-a,halle-a,welheim,,,1,,0,,xx,,,,,Di 15:00-16:00",
            "fehler-4,Titel,x,,verein-a,halle-a,welheim,,,1,,0,,de,,,,,Di 17:00-15:00",
        ),
    )
    body = BeautifulSoup(response.content, "html.parser").get_text(" ")
    assert "Stadtteile unbekannt: nirgendwo." in body
    assert "Keine Uhrzeit" in body
    assert "Sprachkürzel unbekannt: xx" in body
    assert "Das Ende muss nach dem Beginn liegen." in body
    assert not Offer.objects.filter(slug__in=["lernhilfe-a", "fehler-1"]).exists()


def test_import_good_file_after_preview(client, world):
    clerk = login(client, "sozialamt")
    preview = upload(clerk, csv_file(GOOD))
    form = BeautifulSoup(preview.content, "html.parser").select_one("form[action*=process]")
    data = {i["name"]: i.get("value", "") for i in form.select("input[name]")}
    assert not Offer.objects.filter(slug="lernhilfe-a").exists()  # preview only
    response = clerk.post(form["action"], data)
    assert response.status_code == 302
    offer = Offer.objects.get(slug="lernhilfe-a")
    rule = offer.rules.get()
    assert (rule.weekdays, rule.start_time, rule.school_holidays) == ([0, 2], time(14, 30), "pause")
    assert [d.slug for d in offer.districts.all()] == ["welheim"]


def test_provider_import_for_other_organisation_refused(client, world):
    body = BeautifulSoup(
        upload(
            login(client, "verein-a"),
            csv_file(
                GOOD.replace("verein-a,halle-a", "verein-b,halle-b"),
                GOOD.replace("lernhilfe-a", "tanz-b"),
            ),
        ).content,
        "html.parser",
    ).get_text(" ")
    assert "Träger „verein-b“ gibt es nicht oder ist für Sie nicht freigegeben." in body
    assert "Das Angebot „tanz-b“ gehört einem anderen Träger." in body


def test_provider_import_creates_offer_waiting_for_approval(client, world):
    provider = login(client, "verein-a")
    preview = upload(provider, csv_file(GOOD))
    form = BeautifulSoup(preview.content, "html.parser").select_one("form[action*=process]")
    provider.post(form["action"], {i["name"]: i.get("value", "") for i in form.select("input")})
    assert Offer.objects.get(slug="lernhilfe-a").status == "pending"


def test_xlsx_export_and_import_roundtrip(client, world):
    clerk = login(client, "sozialamt")
    response = export_form(clerk, "1")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[1]] == HEADER.split(",")
    preview = upload(clerk, response.content, name="angebote.xlsx")
    assert preview.status_code == 200
    page = BeautifulSoup(preview.content, "html.parser")
    assert page.select(".errorlist, .import-error") == [], page.get_text(" ")[-1500:]
    assert page.select_one("form[action*=process]")
