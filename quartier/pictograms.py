"""The project's pictograms: one sprite, static/img/pictograms.svg, read by the board (through
`<use>`, so the browser loads and caches the file once) and by print (each symbol as a small
data: image, which WeasyPrint's locked-down fetcher accepts). A pictogram is decoration: it
stands beside its text label, never instead of it, and is hidden from screen readers.

Adding one: draw a `<symbol id="p-<name>">` in the sprite (24×24, the same stroke attributes
as the others), then add the name to `offers.enums.CategoryPictogram` (a category kind, plus a
migration), to `BADGES` (a hint under an offer) or to `EQUIPMENT` (what a digital anchor place
offers). tests/boards/test_pictograms.py checks that every name has its symbol.
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import static
from django.utils.html import escape

SPRITE = "img/pictograms.svg"
SVG = "http://www.w3.org/2000/svg"

# The hints under an offer (boards.plan_html.badges) and their symbols.
BADGES = {
    "free": "free",
    "registration": "registration",
    "childcare": "childcare",
    "interpreter": "interpreter",
    "step_free": "step-free",
    "languages": "languages",
    "online": "online",
    "digital_help": "digital-help",
    "digital_anchor": "wifi",
}

# What a digital anchor place offers (`offers.models.place.EQUIPMENT`) and its symbols.
EQUIPMENT = {
    "wifi": "wifi",
    "computers": "computer",
    "printer_scanner": "printer",
    "devices_to_lend": "device-lending",
}


def sprite_path() -> Path:
    return Path(settings.BASE_DIR) / "static" / SPRITE


@cache
def icon(name: str) -> str:
    """Markup for the web: the symbol `p-<name>` from the cached sprite, decorative.

    Kept per process: a busy board asks for a few hundred, and `static()` each time cost
    about 2.5 ms of its render. The sprite's URL changes only with the static settings."""
    href = escape(f"{static(SPRITE)}#p-{name}")
    return f'<svg class="icon" aria-hidden="true" focusable="false"><use href="{href}"></use></svg>'


@receiver(setting_changed)
def _forget(setting, **kwargs):
    if setting in ("STATIC_URL", "STORAGES", "BASE_DIR"):
        icon.cache_clear()
        symbols.cache_clear()


@cache
def symbols() -> dict[str, str]:
    """{name: a standalone SVG document} for every symbol in the sprite."""
    ET.register_namespace("", SVG)
    root = ET.parse(sprite_path()).getroot()  # noqa: S314 — our own bundled file
    found = {}
    for symbol in root.iter(f"{{{SVG}}}symbol"):
        name = symbol.get("id").removeprefix("p-")
        svg = ET.Element(f"{{{SVG}}}svg", {**symbol.attrib, "width": "24", "height": "24"})
        svg.attrib.pop("id")
        svg.extend(list(symbol))
        found[name] = ET.tostring(svg, encoding="unicode")
    return found


def data_uri(name: str) -> str:
    """The symbol as a data: image for print (black, as the text beside it)."""
    svg = symbols()[name].replace("currentColor", "#000")
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
