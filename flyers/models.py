from django.conf import settings
from django.db import models

from flyers.enums import Medium


class ShortLink(models.Model):
    """A printed QR code's target: `/q/<code>`. The code never changes once issued, even if
    the district's slug or name does — flyers already printed must keep working."""

    code = models.SlugField("Code", max_length=32, unique=True, editable=False)
    district = models.ForeignKey(
        "offers.District", verbose_name="Stadtteil", on_delete=models.PROTECT, related_name="+"
    )
    # Every known language, not only the offered ones: choosing fewer languages in a
    # deployment (QUARTIER_LANGUAGES) must not ask for a migration.
    language = models.CharField(
        "Sprache",
        max_length=5,
        choices=[
            (code, language["name"]) for code, language in settings.RESIDENT_LANGUAGES.items()
        ],
    )
    medium = models.CharField("Medium", max_length=10, choices=Medium.choices)
    created_at = models.DateTimeField("angelegt", auto_now_add=True)

    class Meta:
        verbose_name = "Kurzlink"
        verbose_name_plural = "Kurzlinks"
        ordering = ["district", "language", "medium"]
        constraints = [
            models.UniqueConstraint(
                fields=["district", "language", "medium"], name="one_link_per_product"
            )
        ]

    def __str__(self):
        return f"/q/{self.code}"


class ScanDay(models.Model):
    """How often a short link was opened on one day. Nothing about who: no IP address, no
    cookie, no user agent — only the count."""

    link = models.ForeignKey(
        ShortLink, verbose_name="Kurzlink", on_delete=models.CASCADE, related_name="scan_days"
    )
    day = models.DateField("Tag")
    count = models.PositiveIntegerField("Aufrufe", default=0)

    class Meta:
        verbose_name = "Aufrufe pro Tag"
        verbose_name_plural = "Aufrufe pro Tag"
        ordering = ["-day"]
        constraints = [models.UniqueConstraint(fields=["link", "day"], name="one_count_per_day")]

    def __str__(self):
        return f"{self.link} {self.day}: {self.count}"
