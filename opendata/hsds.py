"""Quartier's offers, providers and places as Open Referral HSDS 3.0 objects (plain dicts).

Pure mapping, no queries: the selectors in `offers.selectors` (`open_data_*`) load every
row as approved, with what is mapped here already joined. What HSDS cannot say (district
boards, cancelled single dates, approval) is described in docs/open-data.md.

Identifiers are UUIDs (HSDS 3 requires them), derived with uuid5 from our primary keys under
a fixed namespace, so they never change. A schedule's id is derived from its rule's content
(rules kept while a change waits have no primary key of their own).
Texts are German, the language every offer has; the downloads carry every language.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from offers import online
from offers.enums import SPOKEN_LANGUAGE_NAMES, OfferStatus
from opendata.common import clean, stable_id, state_name
from opendata.schedules import location_schedules, schedules

__all__ = ["location", "organization", "service", "stable_id"]

HSDS_VERSION = "3.0"


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


# --- Organisations ----------------------------------------------------------------------------


def organization(organisation) -> dict:
    """An organisation as in the HSDS organisation list (one-to-one fields)."""
    org_id = stable_id("organization", organisation.pk)
    return clean(
        {
            "id": org_id,
            "name": organisation.name,
            "description": organisation.get_kind_display(),
            "email": organisation.email,
            "website": organisation.website,
        }
    )


def organization_detail(organisation, offers, *, full_service=False) -> dict:
    """An organisation with its phone and its services (id and name, or fully nested)."""
    org_id = stable_id("organization", organisation.pk)
    phones = []
    if organisation.phone:
        phones.append(
            {
                "id": stable_id("phone", "organization", organisation.pk),
                "organization_id": org_id,
                "number": organisation.phone,
            }
        )
    services = [
        service(offer)
        if full_service
        else {"id": stable_id("service", offer.pk), "name": offer.title, "status": "active"}
        for offer in offers
    ]
    return clean({**organization(organisation), "phones": phones, "services": services})


# --- Places -----------------------------------------------------------------------------------


def location(place, district, organisation=None) -> dict:
    """A place as an HSDS physical location with its address; `organisation` only when it
    is published."""
    location_id = stable_id("location", place.pk)
    address = {
        "id": stable_id("address", place.pk),
        "location_id": location_id,
        "address_1": place.street,
        "city": place.locality,
        "region": district.name if district else "",
        "state_province": state_name(),
        "postal_code": place.postcode,
        "country": "DE",
        "address_type": "physical",
    }
    accessibility = []
    if place.step_free or place.accessibility:
        accessibility.append(
            clean(
                {
                    "id": stable_id("accessibility", place.pk),
                    "location_id": location_id,
                    "description": "Stufenlos erreichbar" if place.step_free else "",
                    "details": place.accessibility,
                }
            )
        )
    phones = []
    if place.phone:
        phones.append(
            {
                "id": stable_id("phone", "location", place.pk),
                "location_id": location_id,
                "number": place.phone,
            }
        )
    schedules = location_schedules(place, location_id)
    url = ""
    if district is not None and district.is_active:
        url = _absolute(
            reverse("boards:place", kwargs={"district": district.slug, "place": place.slug})
        )
    return clean(
        {
            "id": location_id,
            "location_type": "physical",
            "url": url,
            "organization_id": stable_id("organization", organisation.pk) if organisation else "",
            "name": place.name,
            # HSDS has them as numbers (WGS 84); a place without coordinates leaves them out.
            "latitude": float(place.latitude) if place.latitude is not None else None,
            "longitude": float(place.longitude) if place.longitude is not None else None,
            "addresses": [clean(address)],
            "accessibility": accessibility,
            "phones": phones,
            "schedules": schedules,
        }
    )


def _online_location(offer, page_url) -> dict:
    # Never the join link (it shows on the offer page only around a date): the page.
    with translation.override("de"):
        description = online.instruction(page_url)
    return {
        "id": stable_id("location", "online", offer.pk),
        "location_type": "virtual",
        "url": page_url,
        "name": f"Online: {offer.title}",
        "description": description,
    }


# --- Offers -----------------------------------------------------------------------------------


def board_district(offer):
    districts = [district for district in offer.open_districts if district.is_active]
    if offer.place_district in districts:
        return offer.place_district
    return districts[0] if districts else None


def _eligibility(offer) -> str:
    parts = []
    if offer.open_target_groups:
        parts.append("Für: " + ", ".join(group.name for group in offer.open_target_groups) + ".")
    if offer.min_age is not None and offer.max_age is not None:
        parts.append(f"Alter: {offer.min_age} bis {offer.max_age} Jahre.")
    elif offer.min_age is not None:
        parts.append(f"Alter: ab {offer.min_age} Jahren.")
    elif offer.max_age is not None:
        parts.append(f"Alter: bis {offer.max_age} Jahre.")
    return " ".join(parts)


def _application(offer) -> str:
    if not offer.registration_required:
        return "Ohne Anmeldung."
    return " ".join(filter(None, ["Anmeldung nötig.", offer.registration_note]))


def service(offer, *, full=True) -> dict:
    """An offer as an HSDS service: the list's one-to-one fields (with its organisation) or,
    `full`, fully nested."""
    service_id = stable_id("service", offer.pk)
    district = board_district(offer)
    url = _absolute(offer.url_in(district)) if district else ""
    description = "\n\n".join(filter(None, [offer.summary, offer.description]))
    # A provider not (yet) published is not in the organisation list: no link to it.
    provider = offer.organisation if offer.organisation.status == OfferStatus.PUBLISHED else None
    data = {
        "id": service_id,
        "organization_id": stable_id("organization", provider.pk) if provider else "",
        "name": offer.title,
        "description": description,
        "url": url,
        "email": offer.contact_email,
        "status": "active",
        "interpretation_services": "Mit Dolmetscher/in." if offer.interpreter else "",
        "application_process": _application(offer),
        "fees_description": "kostenlos" if offer.is_free else offer.cost_note,
        "eligibility_description": _eligibility(offer),
        "minimum_age": offer.min_age,
        "maximum_age": offer.max_age,
        "last_modified": offer.updated_at.isoformat() if offer.updated_at else "",
        "organization": organization(provider) if provider else "",
    }
    if full:
        data.update(_nested(offer, service_id))
    return clean(data)


def _nested(offer, service_id) -> dict:
    phones = []
    if offer.contact_phone:
        phones.append(
            {
                "id": stable_id("phone", "service", offer.pk),
                "service_id": service_id,
                "number": offer.contact_phone,
            }
        )
    contacts = []
    if offer.contact_name or offer.contact_email or phones:
        contacts.append(
            clean(
                {
                    "id": stable_id("contact", offer.pk),
                    "service_id": service_id,
                    "name": offer.contact_name,
                    "email": offer.contact_email,
                    "phones": phones,
                }
            )
        )
    return {
        "phones": phones,
        "contacts": contacts,
        "schedules": schedules(offer),
        "service_areas": _service_areas(offer, service_id),
        "service_at_locations": _service_at_locations(offer, service_id),
        "languages": [
            {
                "id": stable_id("language", offer.pk, code),
                "service_id": service_id,
                "name": str(SPOKEN_LANGUAGE_NAMES[code]),
                "code": code,
            }
            for code in offer.languages
            if code in SPOKEN_LANGUAGE_NAMES
        ],
        "cost_options": [_cost_option(offer, service_id)],
        "attributes": _attributes(offer, service_id),
    }


def _cost_option(offer, service_id) -> dict:
    option = {"id": stable_id("cost_option", offer.pk), "service_id": service_id}
    if offer.is_free:
        return {**option, "option": "kostenlos", "amount": 0, "currency": "EUR"}
    return {**option, "option": "kostenpflichtig", "amount_description": offer.cost_note}


def _service_areas(offer, service_id) -> list[dict]:
    return [
        {
            "id": stable_id("service_area", offer.pk, district.pk),
            "service_id": service_id,
            "name": district.name,
            "description": f"Stadtteil-Board {district.name}",
            "uri": _absolute(district.get_absolute_url()),
        }
        for district in offer.open_districts
        if district.is_active
    ]


def _service_at_locations(offer, service_id) -> list[dict]:
    found = []
    if offer.place is not None:
        place_location = location(offer.place, offer.place_district)
        found.append(
            clean(
                {
                    "id": stable_id("service_at_location", offer.pk, offer.place.pk),
                    "service_id": service_id,
                    "location_id": place_location["id"],
                    "description": offer.accessibility_note,
                    "location": place_location,
                }
            )
        )
    district = board_district(offer)
    if offer.is_online and district is not None:
        virtual = _online_location(offer, _absolute(offer.url_in(district)))
        found.append(
            {
                "id": stable_id("service_at_location", offer.pk, "online"),
                "service_id": service_id,
                "location_id": virtual["id"],
                "location": virtual,
            }
        )
    return found


def _attributes(offer, service_id) -> list[dict]:
    terms = [("category", term) for term in offer.open_categories]
    terms += [("audience", term) for term in offer.open_target_groups]
    attributes = []
    for link_type, term in terms:
        term_id = stable_id("taxonomy_term", link_type, term.pk)
        attributes.append(
            {
                "id": stable_id("attribute", offer.pk, link_type, term.pk),
                "link_id": service_id,
                "link_type": link_type,
                "link_entity": "service",
                "taxonomy_term_id": term_id,
                "taxonomy_term": {
                    "id": term_id,
                    "code": term.slug,
                    "name": term.name,
                    "description": term.name,
                    "taxonomy": "Quartier: Kategorien"
                    if link_type == "category"
                    else "Quartier: Zielgruppen",
                },
            }
        )
    return attributes
