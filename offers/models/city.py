from django.db import models

from offers.models.translated import TranslationSources


class City(TranslationSources):
    """The city running the boards. One row; its state's holidays come from settings."""

    name = models.CharField("Name", max_length=100)
    intro = models.TextField(
        "Einleitung", blank=True, help_text="Ein, zwei Sätze für die Startseite."
    )
    contact_name = models.CharField("Koordinierende Stelle", max_length=200, blank=True)
    street = models.CharField("Straße und Hausnummer", max_length=200, blank=True)
    postcode = models.CharField("PLZ", max_length=10, blank=True)
    locality = models.CharField("Ort", max_length=100, blank=True)
    phone = models.CharField("Telefon", max_length=50, blank=True)
    email = models.EmailField("E-Mail", blank=True)
    # Places' coordinates must lie within `radius_km` of this point (offers/geo.py).
    latitude = models.DecimalField(
        "Zentrum: Breitengrad", max_digits=8, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        "Zentrum: Längengrad", max_digits=9, decimal_places=6, null=True, blank=True
    )
    radius_km = models.PositiveSmallIntegerField(
        "Umkreis in km",
        default=15,
        help_text="Koordinaten von Orten müssen so nah am Zentrum liegen.",
    )

    class Meta:
        verbose_name = "Stadt"
        verbose_name_plural = "Stadt"

    def __str__(self):
        return self.name

    @property
    def centre(self):
        from offers import geo

        if self.latitude is None or self.longitude is None:
            return None
        return geo.Point(self.latitude, self.longitude)
