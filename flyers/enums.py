from django.db import models
from django.utils.translation import gettext_lazy as _


class Medium(models.TextChoices):
    """Where a QR code is printed; each gets its own short link, so scans tell them apart."""

    # Translators: print products, used in headings and file descriptions.
    FLYER = "flyer", _("Flyer")
    STICKER = "sticker", _("Aufkleber")
    PLAN = "plan", _("Wochenplan-Aushang")
    SCREEN = "screen", _("Infoscreen")
