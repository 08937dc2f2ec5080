"""Coordinates of places: what a clerk pastes, whether it lies near the city, and the links
that open a map ("Weg dorthin") without the page loading anything from another host.

Pure functions, no ORM: `offers.admin` parses and checks, `Place.directions` links.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qs, quote, urlsplit

# Six decimals: about 10 cm, far finer than a door needs.
PLACES = Decimal("0.000001")
EARTH_RADIUS_KM = 6371.0

# Persian and Arabic digits, decimal and list separators, as a clerk may paste them from a
# page in another script: read as the Latin ones (tests/offers/test_geo.py).
_DIGITS = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫،",
    "01234567890123456789.,",
)
_NUMBER = r"[-+]?\d{1,3}(?:[.,]\d+)?"
_PAIR = re.compile(rf"^\s*({_NUMBER})\s*(?:[,;]\s*|\s+)({_NUMBER})\s*$")
_MAP_FRAGMENT = re.compile(rf"map=\d+(?:\.\d+)?/({_NUMBER})/({_NUMBER})")

NOT_READABLE = (
    "Diese Koordinaten lassen sich nicht lesen. Bitte so einfügen: „51.5236, 6.9296“ "
    "oder einen Link von openstreetmap.org."
)


@dataclass(frozen=True)
class Point:
    latitude: Decimal
    longitude: Decimal

    def __str__(self):
        return f"{self.latitude}, {self.longitude}"


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", ".")).quantize(PLACES)


def _point(latitude: str, longitude: str) -> Point:
    try:
        point = Point(_decimal(latitude), _decimal(longitude))
    except InvalidOperation:
        raise ValueError(NOT_READABLE) from None
    if not (-90 <= point.latitude <= 90 and -180 <= point.longitude <= 180):
        raise ValueError(
            "Breite muss zwischen -90 und 90, Länge zwischen -180 und 180 liegen "
            "(zuerst die Breite, z. B. 51.5236, dann die Länge, z. B. 6.9296)."
        )
    return point


def parse(text: str) -> Point | None:
    """The point `text` names, None for an empty text; ValueError (German) otherwise.

    Read: "51.5236, 6.9296", "51.5236 6.9296", "51,5236; 6,9296", "geo:51.5236,6.9296", and
    openstreetmap.org links with a marker (`?mlat=…&mlon=…`, preferred) or a map view
    (`#map=18/51.5236/6.9296`)."""
    text = (text or "").strip().translate(_DIGITS)
    if not text:
        return None
    if text.lower().startswith("geo:"):
        text = text[4:].split("?")[0].split(";")[0]
    if text.lower().startswith(("http://", "https://")):
        return _from_url(text)
    found = _PAIR.match(text)
    if not found:
        raise ValueError(NOT_READABLE)
    return _point(*found.groups())


def _from_url(url: str) -> Point:
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    if "mlat" in query and "mlon" in query:
        return _point(query["mlat"][0], query["mlon"][0])
    found = _MAP_FRAGMENT.search(parts.fragment) or _MAP_FRAGMENT.search(parts.query)
    if not found:
        raise ValueError(NOT_READABLE)
    return _point(*found.groups())


def distance_km(a: Point, b: Point) -> float:
    """Great-circle distance (haversine): exact enough for "in the city or not"."""
    lat1, lon1, lat2, lon2 = map(
        math.radians, map(float, (a.latitude, a.longitude, b.latitude, b.longitude))
    )
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def check_near(point: Point, centre: Point | None, radius_km: float, city_name: str) -> None:
    """ValueError (German) when `point` lies farther than `radius_km` from the city's
    `centre`; no check while the city has no centre."""
    if centre is None:
        return
    distance = distance_km(point, centre)
    if distance > radius_km:
        raise ValueError(
            f"Dieser Punkt liegt {distance:.0f} km vom Zentrum von {city_name} entfernt "
            f"(erlaubt: {radius_km:g} km). Sind Breite und Länge vertauscht oder ist es "
            "ein anderer Ort?"
        )


@dataclass(frozen=True)
class Directions:
    """Links that hand the way to a map: the phone's own app (`geo:`), OpenStreetMap and
    Apple Maps. Plain links: nothing is loaded before a tap."""

    geo: str
    openstreetmap: str
    apple: str


def directions(point: Point, name: str) -> Directions:
    lat, lon = (format(value.normalize(), "f") for value in (point.latitude, point.longitude))
    return Directions(
        geo=f"geo:{lat},{lon}",
        openstreetmap=f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=18/{lat}/{lon}",
        apple=f"https://maps.apple.com/?ll={lat},{lon}&q={quote(name)}",
    )
