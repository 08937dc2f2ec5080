from django.db import models
from django.urls import reverse


class LegalPage(models.Model):
    """Impressum, privacy notice and accessibility statement: texts staff keep current."""

    class Kind(models.TextChoices):
        IMPRESSUM = "impressum", "Impressum"
        PRIVACY = "datenschutz", "Datenschutzerklärung"
        ACCESSIBILITY = "barrierefreiheit", "Erklärung zur Barrierefreiheit"

    slug = models.CharField("Seite", max_length=20, choices=Kind.choices, unique=True)
    title = models.CharField("Überschrift", max_length=200)
    body = models.TextField(
        "Text",
        help_text=(
            "Absätze durch eine Leerzeile trennen. Eine Zeile mit „## “ am Anfang ist eine "
            "Zwischenüberschrift, Zeilen mit „- “ am Anfang bilden eine Liste."
        ),
    )
    updated_at = models.DateTimeField("geändert", auto_now=True)

    class Meta:
        verbose_name = "Pflichtseite"
        verbose_name_plural = "Pflichtseiten"
        ordering = ["slug"]

    def __str__(self):
        return self.get_slug_display()

    def get_absolute_url(self):
        return reverse("boards:legal", kwargs={"page": self.slug})


class AccessibilityFeedback(models.Model):
    """A barrier reported through the accessibility statement's form (BITV NRW)."""

    message = models.TextField("Nachricht", max_length=5000)
    name = models.CharField("Name", max_length=200, blank=True)
    email = models.EmailField("E-Mail", blank=True)
    page = models.CharField("betroffene Seite", max_length=500, blank=True)
    language = models.CharField("Sprache", max_length=5, blank=True)
    created_at = models.DateTimeField("eingegangen", auto_now_add=True)
    handled = models.BooleanField("erledigt", default=False)

    class Meta:
        verbose_name = "Rückmeldung zur Barrierefreiheit"
        verbose_name_plural = "Rückmeldungen zur Barrierefreiheit"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%d.%m.%Y}: {self.message[:60]}"
