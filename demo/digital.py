"""Demo: two digital anchor places per district (issue 13), the library and the district
office, with what they offer, the languages help is given in and their coordinates
(near the real streets of Bottrop, rounded). Their help hours are the offers marked
`digital_help` in `demo/data.py` ("digitale-sprechstunde" at the library, "digitalpaten" at the
office)."""

# The city centre places' coordinates are checked against (Bottrop, Altmarkt).
CITY_CENTRE = ("51.524700", "6.928900")

_LIBRARY = {"wifi": True, "computers": True, "printer_scanner": True, "devices_to_lend": True}
_OFFICE = {"wifi": True, "computers": False, "printer_scanner": True, "devices_to_lend": False}

ANCHORS = {
    "buecherei-welheim": {
        **_LIBRARY,
        "help_languages": ["de", "ru", "tr"],
        "at": ("51.5102", "6.9712"),
    },
    "quartiersbuero-welheim": {
        **_OFFICE,
        "help_languages": ["de", "ar", "fa"],
        "at": ("51.5110", "6.9735"),
    },
    "stadtbuecherei-altstadt": {
        **_LIBRARY,
        "help_languages": ["de", "ru", "tr"],
        "at": ("51.5237", "6.9262"),
    },
    "quartiersbuero-altstadt": {
        **_OFFICE,
        "help_languages": ["de", "tr", "uk"],
        "at": ("51.5232", "6.9297"),
    },
    "buecherei-nord-ost": {
        **_LIBRARY,
        "help_languages": ["de", "ru", "tr"],
        "at": ("51.5340", "6.9470"),
    },
    "quartiersbuero-nord-ost": {
        **_OFFICE,
        "help_languages": ["de", "ru", "uk"],
        "at": ("51.5335", "6.9458"),
    },
    "buecherei-batenbrock": {
        **_LIBRARY,
        "help_languages": ["de", "ru", "tr"],
        "at": ("51.5205", "6.9585"),
    },
    "quartiersbuero-batenbrock-sued": {
        **_OFFICE,
        "help_languages": ["de", "ar", "tr"],
        "at": ("51.5196", "6.9610"),
    },
}
