from django.db import models
from django.utils import timezone


class ReminderMail(models.Model):
    """A reminder mail that went out (offers/reminders.py). Kept so that `send_reminders`
    mails each offer once per unconfirmed stretch, whatever the timer does, and so that an
    offer leaves the board only after its last warning went out."""

    class Kind(models.TextChoices):
        REMINDER = "reminder", "Erinnerung"
        WARNING = "warning", "letzte Erinnerung"
        SUMMARY = "summary", "Wochenübersicht"

    kind = models.CharField("Art", max_length=10, choices=Kind.choices)
    offer = models.ForeignKey(
        "offers.Offer",
        verbose_name="Angebot",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reminder_mails",
    )
    # The offer's "zuletzt bestätigt" when the mail went out: a confirmation starts a new
    # stretch, and the next reminder belongs to that one.
    confirmed = models.DateField("bestätigt am", null=True, blank=True)
    sent_on = models.DateField("gesendet am", default=timezone.localdate)

    class Meta:
        verbose_name = "Erinnerungsmail"
        verbose_name_plural = "Erinnerungsmails"
        indexes = [models.Index(fields=["offer", "kind", "confirmed"])]

    def __str__(self):
        return f"{self.get_kind_display()} {self.sent_on:%d.%m.%Y}"
