from django.core.exceptions import ValidationError
from django.db import models


def normalise_url(url: str) -> str:
    """webcal:// is https:// (calendar apps' name for a subscribable feed)."""
    url = (url or "").strip()
    if url[:9].lower() == "webcal://":
        return "https://" + url[9:]
    return url


class CalendarFeed(models.Model):
    """A provider's iCal calendar whose events become offers (`import_calendars`, nightly)."""

    organisation = models.ForeignKey(
        "offers.Organisation",
        verbose_name="Träger",
        on_delete=models.CASCADE,
        related_name="calendar_feeds",
    )
    url = models.CharField(
        "Kalender-Adresse",
        max_length=1000,
        help_text=(
            "Die iCal-Adresse des Kalenders (https://… oder webcal://…), z. B. aus Google "
            "Kalender „Geheime Adresse im iCal-Format“, aus Outlook „Kalender veröffentlichen – "
            "ICS“ oder aus Nextcloud „Link teilen – Abonnement-Link“."
        ),
    )
    districts = models.ManyToManyField(
        "offers.District",
        verbose_name="Anzeigen in Stadtteilen",
        related_name="calendar_feeds",
        help_text="Auf welchen Boards die Termine aus diesem Kalender erscheinen.",
    )
    place = models.ForeignKey(
        "offers.Place",
        verbose_name="Ort",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="calendar_feeds",
        help_text=(
            "Für Termine ohne passenden Ort: Steht im Kalendereintrag der Name eines Ortes "
            "dieses Trägers, gilt jener."
        ),
    )
    active = models.BooleanField("aktiv", default=True, help_text="Nur aktive werden abgerufen.")
    created_by = models.ForeignKey(
        "auth.User",
        verbose_name="eingetragen von",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField("eingetragen", auto_now_add=True)
    last_run = models.DateTimeField("zuletzt abgerufen", null=True, blank=True)
    last_error = models.TextField("Fehler beim letzten Abruf", blank=True)
    last_notes = models.TextField(
        "Hinweise zum letzten Abruf",
        blank=True,
        help_text="Termine, die nicht übernommen werden konnten, und warum.",
    )
    last_imported = models.PositiveIntegerField("Angebote aus dem Kalender", default=0)
    # Set while an import of this feed runs (offers/calendar_sync.py: one at a time).
    running_since = models.DateTimeField("Abruf läuft seit", null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "Kalender"
        verbose_name_plural = "Kalender (iCal-Import)"
        ordering = ["organisation__name", "url"]

    def __str__(self):
        return f"{self.organisation.name}: {self.url}"

    def save(self, *args, **kwargs):
        self.url = normalise_url(self.url)
        super().save(*args, **kwargs)

    def clean(self):
        self.url = normalise_url(self.url)
        if not self.url.lower().startswith(("https://", "http://")):
            raise ValidationError(
                {"url": "Bitte eine Adresse mit https:// oder webcal:// angeben."}
            )
