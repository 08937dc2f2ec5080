"""What every HSDS object of ours needs: stable UUIDs, no empty fields, the state's name."""

import uuid

from django.conf import settings

# Never change: every published id is derived from it.
NAMESPACE = uuid.UUID("5d0c3a8e-9f4b-5c61-8a2e-1b7f4e6d9c30")
# HOLIDAY_SUBDIV codes as an address names the state.
STATES = {
    "BB": "Brandenburg",
    "BE": "Berlin",
    "BW": "Baden-Württemberg",
    "BY": "Bayern",
    "HB": "Bremen",
    "HE": "Hessen",
    "HH": "Hamburg",
    "MV": "Mecklenburg-Vorpommern",
    "NI": "Niedersachsen",
    "NW": "Nordrhein-Westfalen",
    "RP": "Rheinland-Pfalz",
    "SH": "Schleswig-Holstein",
    "SL": "Saarland",
    "SN": "Sachsen",
    "ST": "Sachsen-Anhalt",
    "TH": "Thüringen",
}


def stable_id(kind: str, *parts) -> str:
    """The UUID of one HSDS object, e.g. `stable_id("service", offer.pk)`."""
    return str(uuid.uuid5(NAMESPACE, ":".join([kind, *map(str, parts)])))


def clean(data: dict) -> dict:
    """HSDS types its optional fields as plain strings, numbers or arrays: an empty value is
    left out rather than written as null."""
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def state_name() -> str:
    subdiv = settings.QUARTIER["HOLIDAY_SUBDIV"]
    return STATES.get(subdiv, subdiv)
