"""The downloads of /data/: every published offer as CSV and JSON, in every language, and a
DCAT-AP.de description of them (JSON-LD) for open-data portals."""

import csv
import io
import json

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation

from offers import online, opening_hours
from offers.enums import WEEKDAY_CODES, OfferStatus, RuleKind
from offers.resources import defuse
from offers.schedule_text import format_rule, format_rules
from opendata import hsds

# Texts carried in every language (settings.LANGUAGES), as `<field>_<code>`.
TRANSLATED = ("title", "summary", "description", "cost_note", "registration_note", "times_note")
# A dl-de licence page as the DCAT-AP.de licence vocabulary names it.
DCAT_LICENCES = {
    "https://www.govdata.de/dl-de/by-2-0": "http://dcat-ap.de/def/licenses/dl-by-de/2.0",
    "https://www.govdata.de/dl-de/zero-2-0": "http://dcat-ap.de/def/licenses/dl-zero-de/2.0",
}
FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/"
OTHER_COLUMNS = [
    "organisation",
    "organisation_id",
    "place",
    "place_id",
    "street",
    "postcode",
    "locality",
    "place_district",
    "place_opening_hours",
    "attendance",
    "online_note",
    "districts",
    "target_groups",
    "categories",
    "min_age",
    "max_age",
    "is_free",
    "registration_required",
    "languages",
    "schedule",
]


def _languages():
    return [code for code, _ in settings.LANGUAGES]


def _schedule(rule) -> dict:
    return {
        "text": format_rule(rule),
        "kind": rule.kind,
        "weekdays": [WEEKDAY_CODES[day] for day in sorted(rule.weekdays or [])],
        "interval_weeks": rule.interval_weeks if rule.kind == RuleKind.WEEKLY else None,
        "ordinal": rule.ordinal if rule.kind == RuleKind.MONTHLY else None,
        "date": rule.date.isoformat() if rule.date else None,
        "start_time": rule.start_time.strftime("%H:%M"),
        "end_time": rule.end_time.strftime("%H:%M") if rule.end_time else None,
        "valid_from": rule.valid_from.isoformat() if rule.valid_from else None,
        "valid_until": rule.valid_until.isoformat() if rule.valid_until else None,
        "school_holidays": rule.school_holidays,
        "on_public_holidays": rule.on_public_holidays,
    }


def _online_note(offer) -> str:
    district = hsds.board_district(offer)
    if not offer.is_online or district is None:
        return ""
    with translation.override("de"):
        return online.instruction(settings.SITE_URL + offer.url_in(district))


def offer_record(offer) -> dict:
    """One offer as a flat record (the CSV's columns; the JSON adds the structured rules)."""
    place = offer.place
    provider = offer.organisation if offer.organisation.status == OfferStatus.PUBLISHED else None
    record = {
        "id": hsds.stable_id("service", offer.pk),
        "slug": offer.slug,
    }
    for field in TRANSLATED:
        for code in _languages():
            record[f"{field}_{code}"] = getattr(offer, f"{field}_{code}", "") or ""
    record.update(
        {
            "organisation": provider.name if provider else "",
            "organisation_id": hsds.stable_id("organization", provider.pk) if provider else "",
            "place": place.name if place else "",
            "place_id": hsds.stable_id("location", place.pk) if place else "",
            "street": place.street if place else "",
            "postcode": place.postcode if place else "",
            "locality": place.locality if place else "",
            "place_district": offer.place_district.name if offer.place_district else "",
            "place_opening_hours": _hours_text(place),
            "attendance": offer.attendance,
            # Never the join link (the offer page shows it only around a date).
            "online_note": _online_note(offer),
            "districts": ", ".join(d.name for d in offer.open_districts if d.is_active),
            "target_groups": ", ".join(group.name for group in offer.open_target_groups),
            "categories": ", ".join(category.name for category in offer.open_categories),
            "min_age": offer.min_age,
            "max_age": offer.max_age,
            "is_free": offer.is_free,
            "registration_required": offer.registration_required,
            "languages": ", ".join(offer.languages),
            "schedule": format_rules(offer.rules.all()),
        }
    )
    return record


def _hours_text(place) -> str:
    """The place's hours in German, grouped ("Mo–Fr 9:00–17:00; Sa, So geschlossen"), then
    its note; the JSON download adds them as data (`place_hours`)."""
    if place is None:
        return ""
    with translation.override("de"):
        parts = [opening_hours.format_week(place.hours), place.opening_hours]
    return "; ".join(part for part in parts if part)


def _filename(response, name):
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _columns() -> list[str]:
    translated = [f"{field}_{code}" for field in TRANSLATED for code in _languages()]
    return ["id", "slug", *translated, *OTHER_COLUMNS, "schedule_json"]


def csv_response(offers) -> HttpResponse:
    """UTF-8 with a byte-order mark and semicolons, as Excel opens it in Germany; cells that a
    spreadsheet would run as a formula start with an apostrophe."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=_columns(), delimiter=";")
    writer.writeheader()
    for offer in offers:
        record = offer_record(offer)
        record["schedule_json"] = json.dumps(
            [_schedule(rule) for rule in offer.rules.all()], ensure_ascii=False
        )
        writer.writerow({key: _cell(value) for key, value in record.items()})
    body = "\ufeff" + buffer.getvalue()
    response = HttpResponse(body.encode("utf-8"), content_type="text/csv; charset=utf-8")
    return _filename(response, "quartier-angebote.csv")


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    return defuse(value)


def json_response(offers) -> HttpResponse:
    licence = settings.QUARTIER["DATA_LICENCE"]
    data = {
        "licence": {"name": licence["NAME"], "url": licence["URL"]},
        "languages": _languages(),
        "offers": [
            {
                **offer_record(offer),
                "place_hours": offer.place.hours if offer.place else None,
                "schedules": [_schedule(rule) for rule in offer.rules.all()],
            }
            for offer in offers
        ],
    }
    body = json.dumps(data, ensure_ascii=False, indent=1)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    return _filename(response, "quartier-angebote.json")


def _id(url):
    return {"@id": url}


def dcat_document(city) -> dict:
    """The catalog with its one dataset and its two downloads, in DCAT-AP.de terms."""
    site = settings.SITE_URL
    licence = settings.QUARTIER["DATA_LICENCE"]
    licence_uri = _id(DCAT_LICENCES.get(licence["URL"], licence["URL"]))
    publisher = {
        "@id": f"{site}/data/#publisher",
        "@type": "foaf:Organization",
        "foaf:name": city.name,
    }
    distributions = [
        {
            "@id": f"{site}/data/offers.{extension}",
            "@type": "dcat:Distribution",
            "dct:title": f"Angebote ({extension.upper()})",
            "dcat:accessURL": _id(f"{site}/data/"),
            "dcat:downloadURL": _id(f"{site}/data/offers.{extension}"),
            "dcat:mediaType": _id(f"https://www.iana.org/assignments/media-types/{media}"),
            "dct:format": _id(FILE_TYPES + extension.upper()),
            "dct:license": licence_uri,
        }
        for extension, media in (("csv", "text/csv"), ("json", "application/json"))
    ]
    dataset = {
        "@id": f"{site}/data/#offers",
        "@type": "dcat:Dataset",
        "dct:title": f"Soziale Angebote in den Stadtteilen – {city.name}",
        "dct:description": (
            "Veröffentlichte Angebote der Stadtteil-Boards (Gruppen, Kurse, Beratungen) mit "
            "Terminregeln, Orten, Trägern, Zielgruppen und Kosten, in allen Sprachen der Boards."
        ),
        "dct:publisher": publisher,
        "dct:license": licence_uri,
        "dcatde:licenseAttributionByText": city.name,
        "dcatde:contributorID": _id(settings.QUARTIER["DATA_CONTRIBUTOR_ID"]),
        "dcatde:politicalGeocodingURI": _id(settings.QUARTIER["DATA_GEOCODING_URI"]),
        "dcatde:politicalGeocodingLevelURI": _id(
            "http://dcat-ap.de/def/politicalGeocoding/Level/municipality"
        ),
        "dct:language": _id("http://publications.europa.eu/resource/authority/language/DEU"),
        "dcat:landingPage": _id(f"{site}/data/"),
        "dcat:distribution": distributions,
    }
    return {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "dcatde": "http://dcat-ap.de/def/dcatde/",
            "foaf": "http://xmlns.com/foaf/0.1/",
        },
        "@id": f"{site}/data/#catalog",
        "@type": "dcat:Catalog",
        "dct:title": f"Offene Daten der Stadtteil-Boards – {city.name}",
        "dct:description": "Angebote der Stadtteil-Boards als offene Daten.",
        "dct:publisher": publisher,
        "foaf:homepage": _id(f"{site}/data/"),
        "dcat:dataset": [dataset],
    }


def dcat_response(city) -> HttpResponse:
    body = json.dumps(dcat_document(city), ensure_ascii=False, indent=1)
    return HttpResponse(body, content_type="application/ld+json; charset=utf-8")
