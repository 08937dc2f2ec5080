from django.db import models

from offers.enums import OrganisationKind
from offers.fields import HttpsURLField


class Organisation(models.Model):
    """A provider (Träger): youth centre, sports club, family centre, school, initiative."""

    name = models.CharField("Name", max_length=200)
    slug = models.SlugField("Kurzname", unique=True)
    kind = models.CharField("Art", max_length=20, choices=OrganisationKind.choices)
    website = HttpsURLField("Webseite", blank=True)
    email = models.EmailField("E-Mail", blank=True)
    phone = models.CharField("Telefon", max_length=50, blank=True)

    class Meta:
        verbose_name = "Träger"
        verbose_name_plural = "Träger"
        ordering = ["name"]

    def __str__(self):
        return self.name
