"""The domain's vocabulary: its choices, what became of a date, the weekday names. Labels
residents read go through gettext; admin-only labels are German. Code and templates use these
names, never the bare words ("weekly", "cancelled", "Mo"), so a word is spelled once."""

from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class OrganisationKind(models.TextChoices):
    YOUTH_CENTRE = "youth_centre", "Jugendeinrichtung"
    SPORTS_CLUB = "sports_club", "Sportverein"
    FAMILY_CENTRE = "family_centre", "Familienzentrum"
    SCHOOL = "school", "Schule"
    INITIATIVE = "initiative", "Initiative"
    WELFARE = "welfare", "Wohlfahrtsverband"
    PUBLIC = "public", "Stadt / öffentliche Einrichtung"


# The kinds as residents read them (the list of actors and its filter). The choices' own
# labels stay German: the admin and the open data (opendata/hsds.py) use them.
ORGANISATION_KIND_NAMES = {
    OrganisationKind.YOUTH_CENTRE: _("Jugendeinrichtung"),
    OrganisationKind.SPORTS_CLUB: _("Sportverein"),
    OrganisationKind.FAMILY_CENTRE: _("Familienzentrum"),
    OrganisationKind.SCHOOL: _("Schule"),
    OrganisationKind.INITIATIVE: _("Initiative"),
    # Translators: a kind of provider: welfare association (Caritas, AWO, Diakonie …).
    OrganisationKind.WELFARE: _("Wohlfahrtsverband"),
    OrganisationKind.PUBLIC: _("Stadt / öffentliche Einrichtung"),
}


def kind_label(value: str) -> str:
    """An organisation's kind in the active language; "" for an unknown one."""
    return str(ORGANISATION_KIND_NAMES.get(value, ""))


class CategoryPictogram(models.TextChoices):
    """The pictogram shown beside a category's name (symbols `p-<value>` in
    static/img/pictograms.svg; admin-only labels)."""

    GENERAL = "general", "Allgemein (Kreis)"
    SPORT = "sport", "Sport (Hantel)"
    LEARNING = "learning", "Lernen (Buch)"
    FAMILY = "family", "Familie (Eltern und Kind)"
    ADVICE = "advice", "Beratung und Hilfe (Rettungsring)"
    MEETING = "meeting", "Sprache und Begegnung (Sprechblasen)"
    DIGITAL = "digital", "Digitales (Handy)"
    CREATIVE = "creative", "Kreativ (Farbpalette)"
    LEISURE = "leisure", "Freizeit und Ferien (Sonne)"
    HEALTH = "health", "Gesundheit (Herz)"


class Attendance(models.TextChoices):
    """How residents take part: at a place, online (join link), or either."""

    ON_SITE = "on_site", _("vor Ort")
    ONLINE = "online", _("online")
    HYBRID = "hybrid", _("vor Ort und online")


class OfferStatus(models.TextChoices):
    DRAFT = "draft", "Entwurf"
    PENDING = "pending", "Wartet auf Freigabe"
    RETURNED = "returned", "Zurückgegeben"
    PUBLISHED = "published", "Veröffentlicht"
    ARCHIVED = "archived", "Archiviert"


class RuleKind(models.TextChoices):
    WEEKLY = "weekly", "Wöchentlich"
    MONTHLY = "monthly", "Monatlich (n-ter Wochentag)"
    SINGLE = "single", "Einzeltermin"


class SchoolHolidayMode(models.TextChoices):
    ALWAYS = "always", "auch in den Schulferien"
    PAUSE = "pause", "nicht in den Schulferien"
    ONLY = "only", "nur in den Schulferien"


class OccurrenceStatus(StrEnum):
    """What became of one date of an offer (`offers.schedules.Occurrence.status`). Worked out
    on every read, never stored, so not model choices."""

    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"  # struck through, the note or reason says why
    MOVED_AWAY = "moved_away"  # struck through, `moved_to` says where to
    MOVED_HERE = "moved_here"  # from `moved_from`, or the same day at another time


class ExceptionKind(models.TextChoices):
    CANCELLED = "cancelled", "Fällt aus"
    MOVED = "moved", "Verlegt"


class ExceptionReason(models.TextChoices):
    """Why a date is cancelled or moved: chosen in one click, read by residents in their language
    (a clerk's free-text note is German and stays possible beside it)."""

    ILL = "ill", _("Leitung erkrankt")
    ROOM_TAKEN = "room_taken", _("Raum belegt")
    HOLIDAY = "holiday", _("Ferien")
    WEATHER = "weather", _("Wetter")
    # Translators: a cancellation reason: another event takes place at this time or in this room.
    EVENT = "event", _("Andere Veranstaltung")
    # Translators: a cancellation reason: the group goes on an outing instead.
    TRIP = "trip", _("Ausflug")
    RENOVATION = "renovation", _("Bauarbeiten")
    STRIKE = "strike", _("Streik")


def reason_label(value: str) -> str:
    """A cancellation reason in the active language; "" for none (or one no longer offered)."""
    return str(ExceptionReason(value).label) if value in ExceptionReason.values else ""


class MonthOrdinal(models.IntegerChoices):
    FIRST = 1, "ersten"
    SECOND = 2, "zweiten"
    THIRD = 3, "dritten"
    FOURTH = 4, "vierten"
    FIFTH = 5, "fünften"
    LAST = -1, "letzten"


# Weekdays, indexed by Python's weekday numbers (0 = Monday). The German names are for the
# admin, the import's schedule text, the easy-read pages and the clerks' exports.
WEEKDAY_NAMES = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
WEEKDAY_SHORT_NAMES = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
# iCalendar's BYDAY codes (RFC 5545), also those of the open data's schedules (HSDS).
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# The short names residents read, in their language (opening hours: "Mo–Fr 9:00–17:00").
WEEKDAY_SHORT_LABELS = (
    pgettext_lazy("Wochentag kurz", "Mo"),
    pgettext_lazy("Wochentag kurz", "Di"),
    pgettext_lazy("Wochentag kurz", "Mi"),
    pgettext_lazy("Wochentag kurz", "Do"),
    pgettext_lazy("Wochentag kurz", "Fr"),
    pgettext_lazy("Wochentag kurz", "Sa"),
    pgettext_lazy("Wochentag kurz", "So"),
)

# Labelled for the admin's checkboxes.
WEEKDAY_CHOICES = list(enumerate(WEEKDAY_SHORT_NAMES))

# Buttons beside the weekday checkboxes that tick several at once; the import reads the same
# words ("Mo-Fr", "täglich", offers/schedule_text.py).
WEEKDAY_SHORTCUTS = [
    ("Mo–Fr", [0, 1, 2, 3, 4]),
    ("Mo–Do", [0, 1, 2, 3]),
    ("täglich", [0, 1, 2, 3, 4, 5, 6]),
]

# Languages the people running an offer speak, shown to residents as badges.
# Translators: names of languages spoken at an offer, shown as small badges.
SPOKEN_LANGUAGES = [
    ("de", _("Deutsch")),
    ("en", _("Englisch")),
    ("ru", _("Russisch")),
    ("uk", _("Ukrainisch")),
    ("ar", _("Arabisch")),
    ("fa", _("Farsi (Persisch)")),
    ("tr", _("Türkisch")),
    ("pl", _("Polnisch")),
    ("ku", _("Kurdisch")),
    ("ro", _("Rumänisch")),
    ("bg", _("Bulgarisch")),
]
SPOKEN_LANGUAGE_NAMES = dict(SPOKEN_LANGUAGES)
