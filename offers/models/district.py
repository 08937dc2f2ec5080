from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from offers.models.translated import TranslationSources

# Path segments that are not district boards (`/<lang>/info/…`, `/<lang>/actors/`,
# `/<lang>/digital/`).
RESERVED_SLUGS = {"info", "q", "admin", "static", "healthz", "actors", "digital"}


def validate_not_reserved(value):
    """A validator, not only `clean()`: every form and `full_clean()` refuses such a slug."""
    if value in RESERVED_SLUGS:
        raise ValidationError("Dieser Kurzname ist für andere Seiten reserviert.")


class DistrictQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class District(TranslationSources):
    """A city district (Stadtteil) with its own public board."""

    name = models.CharField("Name", max_length=100)
    slug = models.SlugField(
        "Kurzname in Adressen",
        unique=True,
        validators=[validate_not_reserved],
        help_text="Steht in der Adresse des Boards, z. B. „welheim“. Nach dem Druck nicht ändern.",
    )
    code = models.SlugField(
        "Kürzel für Kurzlinks",
        max_length=12,
        unique=True,
        help_text="Kurz und dauerhaft, z. B. „wel“; steht in den QR-Codes.",
    )
    intro = models.TextField("Einleitung", blank=True)
    office_name = models.CharField("Quartiersbüro", max_length=200, blank=True)
    office_street = models.CharField("Straße und Hausnummer", max_length=200, blank=True)
    office_postcode = models.CharField("PLZ", max_length=10, blank=True)
    office_hours = models.CharField("Sprechzeiten", max_length=200, blank=True)
    office_phone = models.CharField("Telefon", max_length=50, blank=True)
    office_email = models.EmailField("E-Mail", blank=True)
    position = models.PositiveSmallIntegerField("Reihenfolge", default=0)
    is_active = models.BooleanField("Board öffentlich", default=True)

    objects = DistrictQuerySet.as_manager()

    class Meta:
        verbose_name = "Stadtteil"
        verbose_name_plural = "Stadtteile"
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("boards:board", kwargs={"district": self.slug})
