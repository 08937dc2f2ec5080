"""Digital anchor places on public pages (issue 13): what a place offers for going online,
the languages help is given in, and "Weg dorthin"."""

from django import template
from django.template.loader import render_to_string
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, pgettext

from quartier import languages
from quartier.pictograms import EQUIPMENT, icon

register = template.Library()


def _equipment_labels() -> dict[str, str]:
    return {
        "wifi": gettext("Freies WLAN"),
        "computers": gettext("Computer zum Benutzen"),
        "printer_scanner": gettext("Drucker und Scanner"),
        "devices_to_lend": gettext("Geräte zum Ausleihen"),
    }


@register.simple_tag
def equipment(place):
    """What the place offers, each with its pictogram (decoration beside the label)."""
    labels = _equipment_labels()
    items = "".join(
        f'<li class="badge badge-equipment">{icon(EQUIPMENT[name])}{escape(labels[name])}</li>'
        for name in place.equipment
    )
    if not items:
        return ""
    label = escape(gettext("Ausstattung"))
    return mark_safe(f'<ul class="badges" aria-label="{label}">{items}</ul>')  # noqa: S308


@register.simple_tag
def help_languages(place):
    """The languages help is given in, each in its own name and script ("Русский", "فارسی"),
    marked with its language (screen readers pronounce it) and direction (isolated, so a
    list that mixes scripts keeps its order on either page)."""
    names = []
    for code in place.help_languages:
        found = languages.describe(code)
        if found:
            direction = "rtl" if found.get("bidi") else "ltr"
            name = escape(found.get("name", code))
            names.append(f'<span lang="{escape(code)}" dir="{direction}">{name}</span>')
    # Translators: separator between items of a list, e.g. the languages spoken at an offer.
    separator = conditional_escape(pgettext("list separator", ", "))
    return mark_safe(separator.join(names))  # noqa: S308 — every piece escaped


@register.simple_tag
def way_there(place):
    """ "Weg dorthin": plain links to the phone's map app, OpenStreetMap and Apple Maps;
    nothing of them is loaded before a tap. Empty without coordinates."""
    directions = place.directions
    if directions is None:
        return ""
    return render_to_string("includes/way_there.html", {"directions": directions})
