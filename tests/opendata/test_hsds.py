"""The HSDS 3.0 API (/api/hsds/): every answer is valid against the served OpenAPI document,
whose schemas are the official HSDS ones; residents' rules as HSDS schedules; paging, bad
input, methods, cookies, CORS and the page cache."""

import copy
import json
import re
from datetime import date, datetime, time
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from jsonschema import Draft202012Validator, FormatChecker

from offers import approval
from offers.enums import OfferStatus
from offers.models import Offer, Place, ScheduleRule
from opendata import hsds
from opendata.openapi import SCHEMA_DIR
from tests.factories import (
    fresh,
    make_accounts,
    make_category,
    make_district,
    make_group,
    make_offer,
    make_organisation,
    make_place,
    shows_time,
    unclocked_time,
)

pytestmark = pytest.mark.django_db

API = "/api/hsds"
WEEKLY = {
    "weekdays": [0, 2],
    "start_time": time(15),
    "end_time": time(17),
    "school_holidays": "pause",
}
BIWEEKLY = {
    "weekdays": [5],
    "interval_weeks": 2,
    "valid_from": date(2026, 9, 5),
    "valid_until": date(2027, 6, 26),
    "start_time": time(10),
    "end_time": time(12),
}
MONTHLY = [
    {"kind": "monthly", "weekdays": [4], "ordinal": -1, "start_time": time(18)},
    {"kind": "monthly", "weekdays": [1], "ordinal": 2, "start_time": time(9, 30)},
]
SINGLE = {
    "kind": "single",
    "date": date(2026, 12, 24),
    "start_time": time(10),
    "end_time": time(12),
    "on_public_holidays": True,
}


@pytest.fixture(scope="module")
def made_world(module_transaction):
    """Demo-like offers: weekly with school-holiday pause, fortnightly, monthly, a single date,
    online only with a cost and ages, and one draft nobody may see. Made once for the module
    (tests/conftest.py)."""
    with module_transaction.unblock():
        return _make_world()


@pytest.fixture
def world(made_world, db):
    return {name: fresh(offer) for name, offer in made_world.items()}


def _make_world():
    welheim = make_district(slug="welheim", name="Welheim")
    altstadt = make_district(slug="altstadt", name="Altstadt")
    verein = make_organisation(
        name="Turnverein", kind="sports_club", email="info@tv.example", phone="02041 12345"
    )
    halle = make_place(
        welheim,
        organisation=verein,
        name="Sporthalle",
        slug="halle",
        step_free=True,
        accessibility="Aufzug am Seiteneingang",
        hours=[[["09:00", "12:00"], ["14:00", "18:00"]]] * 5 + [[["10:00", "13:00"]], []],
        opening_hours="in den Schulferien nur vormittags",
        phone="02041 999",
    )
    kinder = make_group(name="Kinder (6–11)", slug="kinder", min_age=6, max_age=11)
    sport = make_category(name="Sport und Bewegung", slug="sport")
    offers = {
        "weekly": make_offer(
            welheim,
            place=halle,
            title="Kinderturnen",
            rules=[WEEKLY],
            groups=[kinder],
            categories=[sport],
            min_age=6,
            max_age=11,
            languages=["de", "ar", "fa"],
            contact_name="Frau Beispiel",
            contact_phone="02041 55555",
            contact_email="turnen@tv.example",
            interpreter=True,
            registration_required=True,
            registration_note="Bis Freitag anmelden",
            accessibility_note="Umkleiden stufenlos",
        ),
        "biweekly": make_offer(welheim, place=halle, title="Schach", rules=[BIWEEKLY]),
        "monthly": make_offer(welheim, title="Elterncafé", rules=MONTHLY),
        "single": make_offer(altstadt, title="Weihnachtsfeier", rules=[SINGLE]),
        "online": make_offer(
            welheim,
            place=None,
            organisation=verein,
            online_url="https://meet.example/deutsch",
            attendance="online",
            title="Deutsch online",
            is_free=False,
            cost_note="2 € pro Termin, mit Bottrop-Pass frei",
            min_age=16,
            rules=[WEEKLY],
        ),
        "untimed": make_offer(welheim, title="Beratung", rules=[], times_note="nach Vereinbarung"),
    }
    offers["online"].districts.add(altstadt)
    offers["online"].place = None  # the factory gives every offer a place
    offers["online"].save()
    offers["draft"] = make_offer(welheim, title="Entwurf", status=OfferStatus.DRAFT)
    return offers


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:300])
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


# --- Validation against the served OpenAPI document -------------------------------------------


def uri(value):
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


FORMATS = FormatChecker()
FORMATS.checks("uri")(uri)
FORMATS.checks("date-time")(lambda value: bool(datetime.fromisoformat(value)))


def strict(components):
    """HSDS objects with nothing but their own properties: a misspelt field fails."""
    components = copy.deepcopy(components)

    def close(node):
        if isinstance(node, dict):
            if "properties" in node:
                node["additionalProperties"] = False
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    for name, schema in components["schemas"].items():
        if name != "Page":
            close(schema)
    return components


def validate(document, path, data):
    schema = document["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    root = {**schema["schema"], "components": strict(document["components"])}
    errors = list(Draft202012Validator(root, format_checker=FORMATS).iter_errors(data))
    assert errors == [], [f"{path}: {e.json_path}: {e.message}" for e in errors[:5]]


def test_every_answer_is_valid_against_the_served_openapi_document(client, world):
    document = get_json(client, f"{API}/openapi.json")
    assert document["openapi"].startswith("3.1")
    checked = []

    def check(path, url):
        data = get_json(client, url)
        validate(document, path, data)
        checked.append(url)
        return data

    check("/", f"{API}/")
    services = check("/services", f"{API}/services")
    check("/services", f"{API}/services?full=true")
    check("/services", f"{API}/services?per_page=2&page=3")
    for item in services["contents"]:
        check("/services/{id}", f"{API}/services/{item['id']}")
    organizations = check("/organizations", f"{API}/organizations")
    for item in organizations["contents"]:
        check("/organizations/{id}", f"{API}/organizations/{item['id']}")
        check("/organizations/{id}", f"{API}/organizations/{item['id']}?full_service=true")
    locations = check("/locations", f"{API}/locations")
    for item in locations["contents"]:
        check("/locations/{id}", f"{API}/locations/{item['id']}")

    assert services["total_items"] == 6  # every published offer, not the draft
    assert len(organizations["contents"]) >= 2 and len(locations["contents"]) >= 3
    assert len(checked) >= 20


def test_a_misspelt_field_would_fail_the_validation(client, world):
    document = get_json(client, f"{API}/openapi.json")
    service = get_json(client, f"{API}/services/{hsds.stable_id('service', world['weekly'].pk)}")
    service["schedules"][0]["opens_At"] = service["schedules"][0].pop("opens_at")

    with pytest.raises(AssertionError):
        validate(document, "/services/{id}", service)


def test_every_served_schema_is_a_valid_json_schema(client):
    document = get_json(client, f"{API}/openapi.json")
    for schema in document["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)
    assert document["info"]["license"] == {
        "name": "Datenlizenz Deutschland – Namensnennung – 2.0",
        "url": "https://www.govdata.de/dl-de/by-2-0",
    }
    assert set(document["paths"]) == {
        "/",
        "/services",
        "/services/{id}",
        "/organizations",
        "/organizations/{id}",
        "/locations",
        "/locations/{id}",
    }


def _vendored(name):
    return json.loads((SCHEMA_DIR / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "name",
    ["service", "organization", "location", "schedule", "service_at_location", "address", "phone"]
    + ["contact", "cost_option", "language", "accessibility", "service_area", "attribute"],
)
def test_the_served_schemas_are_the_official_hsds_ones(client, name):
    served = get_json(client, f"{API}/openapi.json")["components"]["schemas"][name]
    official = _vendored(name)

    assert served["required"] == official["required"]
    for field, spec in official["properties"].items():
        for keyword in ("type", "format", "enum"):
            assert served["properties"][field].get(keyword) == spec.get(keyword), (name, field)
        if "$ref" in spec:
            ref = spec["$ref"].removesuffix(".json")
            assert served["properties"][field]["$ref"] == f"#/components/schemas/{ref}"
    assert set(served["properties"]) == set(official["properties"])


def test_the_vendored_schemas_are_hsds_3_0_and_say_their_licence():
    assert _vendored("service")["required"] == ["id", "name", "status"]
    assert _vendored("schedule")["properties"]["freq"]["enum"] == ["WEEKLY", "MONTHLY"]
    assert "Creative Commons Attribution Share-Alike 4.0" in (SCHEMA_DIR / "LICENSE").read_text()
    assert "CC BY-SA 4.0" in (SCHEMA_DIR / "README.md").read_text()


# --- What the services say --------------------------------------------------------------------


def service_of(client, offer):
    return get_json(client, f"{API}/services/{hsds.stable_id('service', offer.pk)}")


def test_the_api_root_names_the_hsds_version_and_the_openapi_document(client, settings):
    assert get_json(client, f"{API}/") == {
        "version": "3.0",
        "openapi_url": settings.SITE_URL + "/api/hsds/openapi.json",
    }


def test_weekly_rule_with_school_holiday_pause_as_hsds_schedule(client, world):
    schedule = service_of(client, world["weekly"])["schedules"][0]

    assert {k: schedule.get(k) for k in ("freq", "interval", "byday", "wkst")} == {
        "freq": "WEEKLY",
        "interval": 1,
        "byday": "MO,WE",
        "wkst": "MO",
    }
    assert (schedule["opens_at"], schedule["closes_at"]) == ("15:00", "17:00")
    assert "valid_from" not in schedule and "until" not in schedule
    assert schedule["description"] == "Mo, Mi 15:00-17:00 (nicht in den Schulferien)"
    assert "Fällt an gesetzlichen Feiertagen (Nordrhein-Westfalen) aus." in schedule["notes"]
    assert "Pausiert in den Schulferien (Nordrhein-Westfalen)." in schedule["notes"]
    assert "Europe/Berlin" in schedule["notes"]


def test_fortnightly_rule_counts_from_its_first_date_and_ends(client, world):
    schedule = service_of(client, world["biweekly"])["schedules"][0]

    assert schedule["freq"] == "WEEKLY" and schedule["interval"] == 2
    assert schedule["byday"] == "SA"
    assert (schedule["dtstart"], schedule["valid_from"]) == ("2026-09-05", "2026-09-05")
    assert (schedule["until"], schedule["valid_to"]) == ("2027-06-26", "2027-06-26")


def test_monthly_rules_use_the_nth_and_last_weekday(client, world):
    schedules = service_of(client, world["monthly"])["schedules"]

    assert sorted((s["freq"], s["byday"], s["opens_at"]) for s in schedules) == [
        ("MONTHLY", "-1FR", "18:00"),
        ("MONTHLY", "2TU", "09:30"),
    ]
    assert all("closes_at" not in s for s in schedules)


def test_a_single_date_is_valid_on_that_day_only(client, world):
    (schedule,) = service_of(client, world["single"])["schedules"]

    assert "freq" not in schedule
    assert schedule["valid_from"] == schedule["valid_to"] == schedule["dtstart"] == "2026-12-24"
    assert "Auch an gesetzlichen Feiertagen." in schedule["notes"]


def test_dates_and_times_are_in_the_formats_hsds_asks(client, world):
    for offer in world.values():
        if offer.status != OfferStatus.PUBLISHED or not offer.rules.exists():
            continue
        for schedule in service_of(client, offer)["schedules"]:
            for key in ("valid_from", "valid_to", "dtstart", "until"):
                if key in schedule:
                    date.fromisoformat(schedule[key])
            for key in ("opens_at", "closes_at"):
                if key in schedule:
                    assert re.fullmatch(r"[0-2]\d:[0-5]\d", schedule[key])


def test_an_offer_without_rules_says_its_times_note(client, world):
    (schedule,) = service_of(client, world["untimed"])["schedules"]
    assert schedule["description"] == "nach Vereinbarung"


def test_cost_ages_languages_contacts_and_groups_of_an_offer(client, world):
    service = service_of(client, world["weekly"])

    assert (service["minimum_age"], service["maximum_age"]) == (6, 11)
    assert service["eligibility_description"] == "Für: Kinder (6–11). Alter: 6 bis 11 Jahre."
    assert service["fees_description"] == "kostenlos"
    assert [(c["option"], c["amount"], c["currency"]) for c in service["cost_options"]] == [
        ("kostenlos", 0, "EUR")
    ]
    assert [(lang["code"], lang["name"]) for lang in service["languages"]] == [
        ("de", "Deutsch"),
        ("ar", "Arabisch"),
        ("fa", "Farsi (Persisch)"),
    ]
    (contact,) = service["contacts"]
    assert (contact["name"], contact["email"]) == ("Frau Beispiel", "turnen@tv.example")
    assert [phone["number"] for phone in contact["phones"]] == ["02041 55555"]
    assert service["application_process"] == "Anmeldung nötig. Bis Freitag anmelden"
    assert service["interpretation_services"] == "Mit Dolmetscher/in."
    assert {(a["link_type"], a["taxonomy_term"]["name"]) for a in service["attributes"]} == {
        ("category", "Sport und Bewegung"),
        ("audience", "Kinder (6–11)"),
    }
    assert service["url"].endswith("/de/welheim/offers/" + world["weekly"].slug + "/")


def test_a_place_is_a_physical_location_with_address_and_accessibility(client, world):
    service = service_of(client, world["weekly"])
    (at,) = service["service_at_locations"]
    location = at["location"]

    assert location["location_type"] == "physical"
    (address,) = location["addresses"]
    assert {k: address[k] for k in ("address_1", "city", "region", "country")} == {
        "address_1": world["weekly"].place.street,
        "city": "Bottrop",
        "region": "Welheim",
        "country": "DE",
    }
    assert address["state_province"] == "Nordrhein-Westfalen"
    (access,) = location["accessibility"]
    assert (access["description"], access["details"]) == (
        "Stufenlos erreichbar",
        "Aufzug am Seiteneingang",
    )
    assert at["description"] == "Umkleiden stufenlos"
    detail = get_json(client, f"{API}/locations/{location['id']}")
    assert detail["organization_id"] == service["organization_id"]
    assert detail["schedules"][0]["description"].startswith("Öffnungszeiten: Mo–Fr 9:00–12:00")


def test_opening_hours_are_weekly_hsds_schedules_of_the_location(client, world):
    location = service_of(client, world["weekly"])["service_at_locations"][0]["location"]
    detail = get_json(client, f"{API}/locations/{location['id']}")
    found = [(s["byday"], s["opens_at"], s["closes_at"], s["freq"]) for s in detail["schedules"]]
    assert found == [
        ("MO,TU,WE,TH,FR", "09:00", "12:00", "WEEKLY"),
        ("MO,TU,WE,TH,FR", "14:00", "18:00", "WEEKLY"),
        ("SA", "10:00", "13:00", "WEEKLY"),
    ]
    first = detail["schedules"][0]
    assert first["description"] == (
        "Öffnungszeiten: Mo–Fr 9:00–12:00, 14:00–18:00; Sa 10:00–13:00; So geschlossen"
    )
    assert first["notes"] == (
        "in den Schulferien nur vormittags. Uhrzeiten in Ortszeit (Europe/Berlin)."
    )
    assert all(s["location_id"] == location["id"] for s in detail["schedules"])
    assert len({s["id"] for s in detail["schedules"]}) == 3


def test_a_place_with_only_a_note_says_it_as_text(client, world):
    place = world["weekly"].place
    Place.objects.filter(pk=place.pk).update(hours=None)
    location = service_of(client, world["weekly"])["service_at_locations"][0]["location"]
    detail = get_json(client, f"{API}/locations/{location['id']}")
    assert [s["description"] for s in detail["schedules"]] == [
        "Öffnungszeiten: in den Schulferien nur vormittags"
    ]


def test_an_online_offer_has_a_virtual_location_its_cost_and_both_boards(client, world):
    service = service_of(client, world["online"])

    (at,) = service["service_at_locations"]
    assert at["location"]["location_type"] == "virtual"
    # Never the join link (it shows on the offer page only around a date): the page.
    page = f"{settings.SITE_URL}/de/welheim/offers/{world['online'].slug}/"
    assert at["location"]["url"] == page
    assert at["location"]["description"] == (
        f"Online-Angebot: den Link finden Sie 15 Minuten vor Beginn auf {page}"
    )
    assert service["fees_description"] == "2 € pro Termin, mit Bottrop-Pass frei"
    (cost,) = service["cost_options"]
    assert cost["amount_description"] == "2 € pro Termin, mit Bottrop-Pass frei"
    assert "amount" not in cost
    assert service["minimum_age"] == 16 and "maximum_age" not in service
    assert {area["name"] for area in service["service_areas"]} == {"Welheim", "Altstadt"}
    assert service["schedules"][0]["attending_type"] == "online"


def test_an_organization_lists_its_services(client, world):
    org_id = hsds.stable_id("organization", world["online"].organisation_id)

    organization = get_json(client, f"{API}/organizations/{org_id}")
    full = get_json(client, f"{API}/organizations/{org_id}?full_service=true")

    assert organization["name"] == "Turnverein"
    assert organization["description"] == "Sportverein"
    assert [phone["number"] for phone in organization["phones"]] == ["02041 12345"]
    assert {s["name"] for s in organization["services"]} == {
        "Kinderturnen",
        "Schach",
        "Deutsch online",
    }
    assert all(set(s) == {"id", "name", "status"} for s in organization["services"])
    assert all("schedules" in s for s in full["services"])


# --- Published and approved only --------------------------------------------------------------


def test_a_draft_is_neither_listed_nor_found(client, world):
    listed = get_json(client, f"{API}/services?per_page=200")
    draft_id = hsds.stable_id("service", world["draft"].pk)

    assert draft_id not in {item["id"] for item in listed["contents"]}
    assert "Entwurf" not in json.dumps(listed)
    get_json(client, f"{API}/services/{draft_id}", status=404)


def test_a_providers_waiting_change_is_not_shown_until_approved(client):
    welheim = make_district(slug="welheim", name="Welheim")
    verein = make_organisation(slug="verein-a", name="Turnverein")
    halle = make_place(welheim, organisation=verein, slug="halle", name="Sporthalle")
    kinder, senioren = make_group(name="Kinder"), make_group(name="Senioren")
    offer = make_offer(welheim, place=halle, slug="turnen", title="Kinderturnen", groups=[kinder])
    make_accounts()
    waiting_time = unclocked_time()
    with approval.acting(User.objects.get(username="verein-a")):
        offer.title = "WARTET"
        offer.save()
        offer.districts.set([make_district(name="Altstadt")])
        offer.target_groups.set([senioren])
        ScheduleRule.objects.create(offer=offer, weekdays=[6], start_time=waiting_time)

    service = service_of(client, offer)
    text = json.dumps(get_json(client, f"{API}/services?full=true")) + json.dumps(service)

    assert service["name"] == "Kinderturnen"
    assert [area["name"] for area in service["service_areas"]] == ["Welheim"]
    assert "Für: Kinder." in service["eligibility_description"]
    assert [s["byday"] for s in service["schedules"]] == ["MO,TU,WE,TH,FR"]
    for waiting in ("WARTET", "Altstadt", "Senioren"):
        assert waiting not in text
    assert not shows_time(text, waiting_time)


def test_an_unpublished_provider_is_not_linked(client, world):
    secret = make_organisation(name="Geheimer Träger", status=OfferStatus.DRAFT)
    offer = make_offer(make_district(), organisation=secret, title="Offen")

    service = service_of(client, offer)
    organizations = get_json(client, f"{API}/organizations")

    assert "organization_id" not in service and "organization" not in service
    assert "Geheimer Träger" not in json.dumps(organizations) + json.dumps(service)


def test_ids_are_stable_uuids_derived_from_the_keys():
    # Published ids must never change: this pins the namespace and the derivation.
    assert hsds.stable_id("service", 1) == "4b00e660-dde9-575e-9c7b-2d24dc2b422e"


# --- Paging -----------------------------------------------------------------------------------


def test_pages_follow_the_hsds_paging_fields(client, world):
    first = get_json(client, f"{API}/services?per_page=4")
    last = get_json(client, f"{API}/services?per_page=4&page=2")

    assert {k: v for k, v in first.items() if k != "contents"} == {
        "total_items": 6,
        "total_pages": 2,
        "page_number": 1,
        "size": 4,
        "first_page": True,
        "last_page": False,
        "empty": False,
    }
    assert (last["page_number"], last["size"], last["first_page"], last["last_page"]) == (
        2,
        2,
        False,
        True,
    )
    ids = [s["id"] for s in first["contents"] + last["contents"]]
    assert len(set(ids)) == 6


def test_an_empty_list_is_one_empty_page(client):
    assert get_json(client, f"{API}/locations") == {
        "total_items": 0,
        "total_pages": 1,
        "page_number": 1,
        "size": 0,
        "first_page": True,
        "last_page": True,
        "empty": True,
        "contents": [],
    }


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/services?page=abc", 400),
        ("/services?page=0", 400),
        ("/services?page=-1", 400),
        ("/services?page=1.5", 400),
        ("/services?page=%D9%A1", 400),  # an Arabic-Indic one
        ("/services?per_page=100000", 400),
        ("/services?per_page=0", 400),
        ("/services?full=maybe", 400),
        ("/services?page=99", 404),
        ("/services?search=turnen", 400),  # HSDS filters this API lacks: refused, not ignored
        ("/services?format=ndjson", 400),
        ("/organizations?modified_after=2026-01-01", 400),
        ("/organizations?per_page=" + "9" * 500, 400),
        ("/organizations/00000000-0000-0000-0000-000000000000?full_service=x", 400),
        ("/locations?page=%00", 400),
        ("/services/00000000-0000-0000-0000-000000000000", 404),
        ("/services/abc", 404),
        ("/services/%00", 404),
        ("/services/" + "a" * 3000, 404),
        ("/organizations/not-a-uuid", 404),
        ("/locations/00000000-0000-0000-0000-000000000000", 404),
    ],
)
def test_bad_parameters_and_unknown_ids_get_json_errors(client, world, url, status):
    data = get_json(client, API + url, status=status)
    assert data["status"] == status and data["message"]


def test_an_id_of_another_kind_is_not_found(client, world):
    place_id = hsds.stable_id("location", world["weekly"].place.pk)
    get_json(client, f"{API}/services/{place_id}", status=404)


# --- HTTP: methods, cookies, CORS, cache ------------------------------------------------------

EVERY_PATH = ["/", "/openapi.json", "/services", "/organizations", "/locations"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writing_methods_get_405_in_json(client, world, method):
    for path in EVERY_PATH + ["/services/" + hsds.stable_id("service", world["weekly"].pk)]:
        response = getattr(client, method)(API + path)
        assert response.status_code == 405, path
        assert response["Allow"] == "GET, HEAD"
        assert json.loads(response.content)["status"] == 405


def test_head_answers_like_get(client, world):
    for path in EVERY_PATH:
        assert client.head(API + path).status_code == 200


def test_no_cookie_no_vary_cookie_and_open_to_every_origin(client, world):
    service_id = hsds.stable_id("service", world["weekly"].pk)
    for path in [*EVERY_PATH, f"/services/{service_id}", "/services?page=abc", "/services/x"]:
        response = client.get(API + path, HTTP_ORIGIN="https://elsewhere.example")
        assert response.cookies == {}, path
        assert "Cookie" not in response.get("Vary", ""), path
        assert response["Access-Control-Allow-Origin"] == "*", path


def test_answers_are_cached_with_etags_keyed_by_checked_parameters(client, world, page_cache):
    first = client.get(f"{API}/services")
    junk = client.get(f"{API}/services?utm_source=x&sort=evil")
    paged = client.get(f"{API}/services?per_page=2")
    again = client.get(f"{API}/services", HTTP_IF_NONE_MATCH=first["ETag"])

    assert first["ETag"] == junk["ETag"] and first.content == junk.content
    assert paged["ETag"] != first["ETag"]
    assert again.status_code == 304


def test_a_saved_change_reaches_the_cached_answer(client, world, page_cache):
    before = client.get(f"{API}/services")
    offer = Offer.objects.get(pk=world["weekly"].pk)
    offer.title = "Turnen für Kinder"
    offer.save()

    after = client.get(f"{API}/services")

    assert after["ETag"] != before["ETag"]
    assert "Turnen für Kinder" in after.content.decode()


# --- Queries ----------------------------------------------------------------------------------


def _offers(count):
    district = make_district()
    group, category = make_group(), make_category()
    organisation = make_organisation()
    place = make_place(district, organisation=organisation)
    for n in range(count):
        make_offer(
            district,
            place=place if n % 2 else None,
            online_url="https://online.example/" if not n % 2 else "",
            organisation=organisation if n % 3 else make_organisation(),
            rules=[WEEKLY, *MONTHLY] if n % 2 else [SINGLE],
            groups=[group],
            categories=[category],
        )


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


LIST_QUERIES = {
    # offers, their rules, districts, groups, categories; every district, group, category
    "/services?per_page=200": 8,
    "/services?full=true&per_page=200": 8,
    "/organizations": 1,
    "/locations": 2,  # places with their providers; every district
}


@pytest.mark.parametrize("count", [3, 30])
@pytest.mark.parametrize(("path", "queries"), LIST_QUERIES.items())
def test_list_queries_do_not_grow_with_the_offers(
    client, django_assert_num_queries, count, path, queries
):
    _offers(count)
    client.get(API + path)  # the content version is read once and kept
    with django_assert_num_queries(queries):
        assert client.get(API + path).status_code == 200


def test_a_location_has_the_places_coordinates_when_it_has_them(client, world):
    place = world["weekly"].place
    location = service_of(client, world["weekly"])["service_at_locations"][0]["location"]
    assert "latitude" not in location and "longitude" not in location
    Place.objects.filter(pk=place.pk).update(latitude="51.5236", longitude="6.9296")
    detail = get_json(client, f"{API}/locations/{location['id']}")
    assert (detail["latitude"], detail["longitude"]) == (51.5236, 6.9296)
