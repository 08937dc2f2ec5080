from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from offers import geo, opening_hours
from offers.fields import HelpLanguagesField
from offers.models.approvable import Approvable, GuardedQuerySet
from offers.models.translated import TranslationSources


def validate_hours(value):
    try:
        opening_hours.validate(value)
    except ValueError as error:
        raise ValidationError(str(error)) from None


# What a digital anchor place can offer, in the order pages list it.
EQUIPMENT = ("wifi", "computers", "printer_scanner", "devices_to_lend")


class Place(Approvable, TranslationSources):
    """A place where offers happen (Einrichtung): a youth centre, a school, a hall."""

    name = models.CharField("Name", max_length=200)
    slug = models.SlugField("Kurzname in Adressen", unique=True)
    district = models.ForeignKey(
        "offers.District", verbose_name="Stadtteil", on_delete=models.PROTECT, related_name="places"
    )
    organisation = models.ForeignKey(
        "offers.Organisation",
        verbose_name="Träger",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="places",
    )
    street = models.CharField("Straße und Hausnummer", max_length=200)
    postcode = models.CharField("PLZ", max_length=10)
    locality = models.CharField("Ort", max_length=100, default="Bottrop")
    # Seven lists of [opens, closes], Monday first; see offers/opening_hours.py.
    hours = models.JSONField("Öffnungszeiten", null=True, blank=True, validators=[validate_hours])
    opening_hours = models.CharField(
        "Hinweis zu den Öffnungszeiten",
        max_length=200,
        blank=True,
        help_text="Was die Zeiten nicht sagen, z. B. „in den Schulferien ab 10 Uhr“.",
    )
    phone = models.CharField("Telefon", max_length=50, blank=True)
    step_free = models.BooleanField(
        "stufenlos erreichbar", default=False, help_text="Eingang und Räume ohne Stufen erreichbar."
    )
    accessibility = models.TextField("Hinweise zur Barrierefreiheit", blank=True)
    # Digital anchor place (issue 13): where residents get help with phone and internet.
    digital_anchor = models.BooleanField(
        "Digitaler Ankerort",
        default=False,
        help_text="Hier gibt es Hilfe mit Handy und Internet; der Ort steht dann auf der Seite "
        "„Hilfe mit Handy und Internet“. Die Sprechstunden sind Angebote mit „Hilfe mit Handy "
        "und Internet“.",
    )
    wifi = models.BooleanField("freies WLAN", default=False)
    computers = models.BooleanField("Computer zur freien Nutzung", default=False)
    printer_scanner = models.BooleanField("Drucker und Scanner", default=False)
    devices_to_lend = models.BooleanField("Geräte zum Ausleihen", default=False)
    help_languages = HelpLanguagesField("Sprachen der Hilfe")
    # Filled together from one pasted text in the admin (offers/geo.py, PlaceAdminForm).
    latitude = models.DecimalField(
        "Breitengrad", max_digits=8, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        "Längengrad", max_digits=9, decimal_places=6, null=True, blank=True
    )

    objects = GuardedQuerySet.as_manager()

    class Meta:
        verbose_name = "Ort"
        verbose_name_plural = "Orte"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError("Bitte Breite und Länge zusammen angeben oder beide leer lassen.")

    @property
    def point(self) -> geo.Point | None:
        if self.latitude is None or self.longitude is None:
            return None
        return geo.Point(self.latitude, self.longitude)

    @property
    def directions(self) -> geo.Directions | None:
        """Links for "Weg dorthin", or None without coordinates."""
        point = self.point
        return geo.directions(point, f"{self.name}, {self.street}") if point else None

    @property
    def equipment(self) -> list[str]:
        """The names of what the place offers for going online (pictograms and labels:
        boards/digital.py), in a fixed order."""
        return [name for name in EQUIPMENT if getattr(self, name)]

    def get_absolute_url(self):
        return reverse("boards:place", kwargs={"district": self.district.slug, "place": self.slug})
