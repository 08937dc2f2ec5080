from django.core.exceptions import ValidationError
from django.db import models

from offers.enums import CategoryPictogram
from offers.models.translated import TranslationSources


class TargetGroup(TranslationSources):
    """Who an offer is for, e.g. "Kinder (6–11)"; filters the board."""

    name = models.CharField("Name", max_length=100)
    slug = models.SlugField("Kurzname", unique=True)
    min_age = models.PositiveSmallIntegerField("Alter von", null=True, blank=True)
    max_age = models.PositiveSmallIntegerField("Alter bis", null=True, blank=True)
    position = models.PositiveSmallIntegerField("Reihenfolge", default=0)

    class Meta:
        verbose_name = "Zielgruppe"
        verbose_name_plural = "Zielgruppen"
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.min_age is not None and self.max_age is not None and self.max_age < self.min_age:
            raise ValidationError(
                {"max_age": "„Alter bis“ darf nicht kleiner als „Alter von“ sein."}
            )


class Category(TranslationSources):
    """What kind of offer it is, e.g. "Sport und Bewegung"; filters the board."""

    name = models.CharField("Name", max_length=100)
    slug = models.SlugField("Kurzname", unique=True)
    # Beside the name on the board and in print, for people who read little.
    pictogram = models.CharField(
        "Piktogramm",
        max_length=20,
        choices=CategoryPictogram.choices,
        default=CategoryPictogram.GENERAL,
        help_text="Steht auf dem Wochenplan und im Druck immer neben dem Namen der Kategorie.",
    )
    position = models.PositiveSmallIntegerField("Reihenfolge", default=0)

    class Meta:
        verbose_name = "Kategorie"
        verbose_name_plural = "Kategorien"
        ordering = ["position", "name"]

    def __str__(self):
        return self.name
