from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from offers import opening_hours
from offers.models.approvable import Approvable, GuardedQuerySet
from offers.models.translated import TranslationSources


def validate_hours(value):
    try:
        opening_hours.validate(value)
    except ValueError as error:
        raise ValidationError(str(error)) from None


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

    objects = GuardedQuerySet.as_manager()

    class Meta:
        verbose_name = "Ort"
        verbose_name_plural = "Orte"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("boards:place", kwargs={"district": self.district.slug, "place": self.slug})
