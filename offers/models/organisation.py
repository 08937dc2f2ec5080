from django.db import models

from offers.enums import OrganisationKind
from offers.fields import HttpsURLField
from offers.models.approvable import Approvable, GuardedQuerySet
from offers.models.translated import TranslationSources

PROFILE_MAX_LENGTH = 600


class Organisation(Approvable, TranslationSources):
    """A provider (Träger): youth centre, sports club, family centre, school, initiative.

    Residents find it on the district's list of actors (`offers.actors`): where it has a place
    or an offer, and where it says it is active (`districts`)."""

    name = models.CharField("Name", max_length=200)
    slug = models.SlugField("Kurzname", unique=True)
    kind = models.CharField("Art", max_length=20, choices=OrganisationKind.choices)
    website = HttpsURLField("Webseite", blank=True)
    email = models.EmailField("E-Mail", blank=True)
    phone = models.CharField("Telefon", max_length=50, blank=True)
    profile = models.TextField(
        "Was wir tun, für wen",
        max_length=PROFILE_MAX_LENGTH,
        blank=True,
        help_text=(
            "Zwei, drei Sätze für Bewohner/innen: was der Träger macht und für wen. "
            f"Höchstens {PROFILE_MAX_LENGTH} Zeichen; wird übersetzt."
        ),
    )
    districts = models.ManyToManyField(
        "offers.District",
        verbose_name="auch aktiv in",
        related_name="organisations",
        blank=True,
        help_text=(
            "Stadtteile, in denen der Träger ohne eigenen Ort und ohne Angebot dort aktiv ist "
            "(z. B. aufsuchende Arbeit). Wo er Orte oder Angebote hat, steht er ohnehin."
        ),
    )

    objects = GuardedQuerySet.as_manager()

    class Meta:
        verbose_name = "Träger"
        verbose_name_plural = "Träger"
        ordering = ["name"]

    def __str__(self):
        return self.name


class Membership(models.Model):
    """A provider's user account belongs to its organisation(s): it sees and edits only their
    offers, places, schedules, cancellations and closures."""

    user = models.ForeignKey(
        "auth.User", verbose_name="Benutzer", on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name="Träger", on_delete=models.CASCADE, related_name="memberships"
    )

    class Meta:
        verbose_name = "Mitgliedschaft"
        verbose_name_plural = "Mitgliedschaften"
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_membership")
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation}"
