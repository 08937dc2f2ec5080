"""The open-data page and downloads (/data/): CSV as Excel opens it, JSON, DCAT-AP.de."""

import csv
import io
import json
from datetime import date, time

import pytest
from bs4 import BeautifulSoup
from rdflib import RDF, Graph, Literal, Namespace, URIRef

from offers.enums import OfferStatus
from offers.models import City, Place
from opendata import hsds
from tests.factories import make_category, make_district, make_group, make_offer

pytestmark = pytest.mark.django_db

DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")
DCATDE = Namespace("http://dcat-ap.de/def/dcatde/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")

TITLES = {
    "de": "Kinderturnen",
    "ru": "Гимнастика для детей",
    "ar": "جمباز للأطفال",
    "fa": "ژیمناستیک کودکان",
    "tr": "Çocuk jimnastiği",
    "uk": "Гімнастика для дітей",
}


HOURS = [[["09:00", "17:00"]]] * 5 + [[], []]


@pytest.fixture
def world():
    welheim = make_district(slug="welheim", name="Welheim")
    group, category = make_group(name="Kinder"), make_category(name="Sport")
    turnen = make_offer(
        welheim,
        slug="turnen",
        groups=[group],
        categories=[category],
        min_age=6,
        max_age=11,
        is_free=False,
        cost_note_de="2 € pro Termin",
        rules=[
            {"weekdays": [0, 2], "start_time": time(15), "end_time": time(17)},
            {"kind": "monthly", "weekdays": [4], "ordinal": -1, "start_time": time(18)},
        ],
        **{f"title_{code}": title for code, title in TITLES.items()},
        summary_fa="برای کودکان",
    )
    Place.objects.filter(pk=turnen.place_id).update(
        hours=HOURS, opening_hours="nicht in den Ferien"
    )
    hostile = make_offer(
        welheim,
        slug="formel",
        title='=HYPERLINK("https://evil.example";"klick")',
        summary="+49 2041 123",
        description="-Liste\n@Erwähnung",
        rules=[{"kind": "single", "date": date(2026, 12, 24), "start_time": time(10)}],
    )
    make_offer(welheim, slug="entwurf", title="Entwurf", status=OfferStatus.DRAFT)
    return {"turnen": turnen, "hostile": hostile}


def read_csv(response):
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs for UTF-8
    return list(csv.DictReader(io.StringIO(body[3:].decode("utf-8")), delimiter=";"))


def test_csv_has_every_published_offer_in_every_language(client, world, settings):
    response = client.get("/data/offers.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = {row["slug"]: row for row in read_csv(response)}
    assert set(rows) == {"turnen", "formel"}
    turnen = rows["turnen"]
    for code, _ in settings.LANGUAGES:
        assert f"title_{code}" in turnen and f"description_{code}" in turnen
        assert turnen[f"title_{code}"] == TITLES[code]
    assert turnen["summary_fa"] == "برای کودکان"
    assert turnen["id"] == hsds.stable_id("service", world["turnen"].pk)
    assert (turnen["districts"], turnen["target_groups"], turnen["categories"]) == (
        "Welheim",
        "Kinder",
        "Sport",
    )
    assert (
        turnen["place_opening_hours"] == "Mo–Fr 9:00–17:00; Sa, So geschlossen; nicht in den Ferien"
    )
    assert (turnen["min_age"], turnen["max_age"], turnen["is_free"]) == ("6", "11", "nein")
    assert turnen["cost_note_de"] == "2 € pro Termin"
    assert turnen["street"] == world["turnen"].place.street
    assert turnen["schedule"] == "jeden letzten Fr 18:00; Mo, Mi 15:00-17:00"
    rules = json.loads(turnen["schedule_json"])
    assert [(r["kind"], r["weekdays"], r["ordinal"], r["interval_weeks"]) for r in rules] == [
        ("monthly", ["FR"], -1, None),
        ("weekly", ["MO", "WE"], None, 1),
    ]


def test_csv_cells_that_start_a_formula_are_defused(client, world):
    row = next(r for r in read_csv(client.get("/data/offers.csv")) if r["slug"] == "formel")

    assert row["title_de"] == '\'=HYPERLINK("https://evil.example";"klick")'
    assert row["summary_de"] == "'+49 2041 123"
    assert row["description_de"] == "'-Liste\n@Erwähnung"
    assert row["schedule"] == "24.12.2026 10:00"


def test_csv_languages_follow_the_settings(client, world, settings):
    settings.LANGUAGES = [("de", "Deutsch"), ("fa", "فارسی")]
    body = client.get("/data/offers.csv").content[3:].decode()
    header = next(csv.reader(io.StringIO(body), delimiter=";"))
    assert [c for c in header if c.startswith("title_")] == ["title_de", "title_fa"]


def test_json_has_the_offers_their_rules_and_the_licence(client, world):
    data = json.loads(client.get("/data/offers.json").content)

    assert data["licence"] == {
        "name": "Datenlizenz Deutschland – Namensnennung – 2.0",
        "url": "https://www.govdata.de/dl-de/by-2-0",
    }
    assert data["languages"] == ["de", "ru", "ar", "fa", "tr", "uk"]
    offers = {offer["slug"]: offer for offer in data["offers"]}
    assert set(offers) == {"turnen", "formel"}
    assert offers["turnen"]["title_ar"] == TITLES["ar"]
    assert offers["formel"]["title_de"].startswith("=HYPERLINK")  # JSON is no spreadsheet
    assert offers["turnen"]["place_hours"] == HOURS
    (single,) = offers["formel"]["schedules"]
    assert (single["kind"], single["date"], single["start_time"]) == (
        "single",
        "2026-12-24",
        "10:00",
    )
    assert [rule["text"] for rule in offers["turnen"]["schedules"]] == [
        "jeden letzten Fr 18:00",
        "Mo, Mi 15:00-17:00",
    ]


def test_dcat_describes_the_catalog_dataset_and_both_downloads(client, world, settings):
    City.objects.create(name="Bottrop")
    response = client.get("/data/dcat.jsonld")
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    json.loads(response.content)  # plain JSON, too

    graph = Graph().parse(data=response.content, format="json-ld")
    site = settings.SITE_URL
    catalog = URIRef(f"{site}/data/#catalog")
    dataset = URIRef(f"{site}/data/#offers")
    assert (catalog, RDF.type, DCAT.Catalog) in graph
    assert (catalog, DCAT.dataset, dataset) in graph
    assert (dataset, RDF.type, DCAT.Dataset) in graph
    downloads = {
        str(graph.value(distribution, DCAT.downloadURL))
        for distribution in graph.objects(dataset, DCAT.distribution)
        if (distribution, RDF.type, DCAT.Distribution) in graph
    }
    assert downloads == {f"{site}/data/offers.csv", f"{site}/data/offers.json"}
    for distribution in graph.objects(dataset, DCAT.distribution):
        assert graph.value(distribution, DCAT.accessURL) == URIRef(f"{site}/data/")
    licence = URIRef("http://dcat-ap.de/def/licenses/dl-by-de/2.0")
    assert (dataset, DCT.license, licence) in graph
    publisher = graph.value(dataset, DCT.publisher)
    assert graph.value(publisher, FOAF.name) == Literal("Bottrop")
    assert (
        dataset,
        DCATDE.politicalGeocodingURI,
        URIRef("http://dcat-ap.de/def/politicalGeocoding/districtKey/05512"),
    ) in graph


def test_the_downloads_named_in_dcat_are_there(client, world):
    graph = Graph().parse(data=client.get("/data/dcat.jsonld").content, format="json-ld")
    for url in graph.objects(None, DCAT.downloadURL):
        path = str(url).split("127.0.0.1:8000", 1)[1]
        assert client.get(path).status_code == 200


def test_the_data_page_lists_the_downloads_under_the_licence(client, world, settings):
    settings.QUARTIER = {
        **settings.QUARTIER,
        "DATA_LICENCE": {
            "NAME": "Datenlizenz Deutschland – Zero – 2.0",
            "URL": "https://www.govdata.de/dl-de/zero-2-0",
        },
    }
    response = client.get("/data/")

    page = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert page.html["lang"] == "de"
    links = {a["href"] for a in page.select("main a")}
    assert {"/data/offers.csv", "/data/offers.json", "/data/dcat.jsonld", "/api/hsds/"} <= links
    licence = page.find("a", href="https://www.govdata.de/dl-de/zero-2-0")
    assert licence.get_text() == "Datenlizenz Deutschland – Zero – 2.0"


def test_downloads_are_read_only_cookie_free_and_open(client, world):
    for path in ("/data/", "/data/offers.csv", "/data/offers.json", "/data/dcat.jsonld"):
        response = client.get(path)
        assert response.cookies == {} and "Cookie" not in response.get("Vary", ""), path
        assert client.post(path).status_code == 405, path
        assert client.head(path).status_code == 200, path
    assert client.get("/data/offers.csv")["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("count", [3, 30])
def test_download_queries_do_not_grow_with_the_offers(client, django_assert_num_queries, count):
    district = make_district()
    for _ in range(count):
        make_offer(district, groups=[make_group()], categories=[make_category()])
    for path in ("/data/offers.csv", "/data/offers.json"):
        with django_assert_num_queries(8):
            assert client.get(path).status_code == 200
