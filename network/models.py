"""The members' area (/network/): internal contacts, network dates, the notice board, and
each member's private calendar address and mail preference.

Network dates are a model of their own, not offers: no public selector, feed, print product
or open-data export reads this app, so nothing a member posts or plans can reach residents.
"""

import hashlib
import secrets
from datetime import timedelta

from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import timezone

# The longest text of a notice-board post: enough for a request, short enough to scan.
POST_TEXT_MAX = 2000


class ContactPerson(models.Model):
    """Someone to call at an organisation; for members only, never on a public page."""

    organisation = models.ForeignKey(
        "offers.Organisation",
        verbose_name="Träger",
        on_delete=models.CASCADE,
        related_name="contacts",
    )
    name = models.CharField("Name", max_length=200)
    role = models.CharField("Aufgabe", max_length=200, blank=True)
    phone = models.CharField("Telefon", max_length=50, blank=True)
    email = models.EmailField("E-Mail", blank=True)

    class Meta:
        verbose_name = "Ansprechperson (intern)"
        verbose_name_plural = "Ansprechpersonen (intern)"
        ordering = ["organisation", "name"]

    def __str__(self):
        return f"{self.name} ({self.organisation_id})"


class DateKind(models.TextChoices):
    MEETING = "meeting", "Netzwerktreffen"
    WORKING_GROUP = "group", "Arbeitsgruppe"


class NetworkDateQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        """Dates not yet over: a date without an end counts until its start."""
        now = now or timezone.now()
        return self.filter(
            models.Q(ends_at__gte=now) | models.Q(ends_at__isnull=True, starts_at__gte=now)
        )


class NetworkDate(models.Model):
    """A network meeting or working group session: for members only."""

    title = models.CharField("Titel", max_length=200)
    kind = models.CharField("Art", max_length=10, choices=DateKind.choices)
    starts_at = models.DateTimeField("Beginn")
    ends_at = models.DateTimeField("Ende", null=True, blank=True)
    place = models.ForeignKey(
        "offers.Place",
        verbose_name="Ort",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    room = models.CharField(
        "Raum oder online",
        max_length=300,
        blank=True,
        help_text="Raum im Ort, oder wo das Treffen online stattfindet.",
    )
    districts = models.ManyToManyField(
        "offers.District",
        verbose_name="Stadtteile",
        blank=True,
        related_name="+",
        help_text="Leer lassen für ein Treffen für die ganze Stadt.",
    )
    description = models.TextField("Beschreibung", blank=True, max_length=4000)
    organiser = models.ForeignKey(
        "offers.Organisation",
        verbose_name="Einladender Träger",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = NetworkDateQuerySet.as_manager()

    class Meta:
        verbose_name = "Netzwerktermin"
        verbose_name_plural = "Netzwerktermine"
        ordering = ["starts_at", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.ends_at and self.starts_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": "Das Ende liegt vor dem Beginn."})


class PostKind(models.TextChoices):
    REQUEST = "request", "Anfrage"
    OFFER = "offer", "Angebot"


class PostStatus(models.TextChoices):
    VISIBLE = "visible", "sichtbar"
    HIDDEN = "hidden", "vom Sozialamt ausgeblendet"


def default_expiry():
    return timezone.localdate() + timedelta(weeks=4)


class PostQuerySet(models.QuerySet):
    def current(self, today=None):
        """Not yet expired: a post shows up to and including its last day."""
        return self.filter(expires_on__gte=today or timezone.localdate())

    def visible(self):
        return self.filter(status=PostStatus.VISIBLE)


class Post(models.Model):
    """A request or offer between actors on the notice board ("Raum dienstags frei")."""

    organisation = models.ForeignKey(
        "offers.Organisation",
        verbose_name="Träger",
        on_delete=models.CASCADE,
        related_name="network_posts",
    )
    author = models.ForeignKey(
        "auth.User",
        verbose_name="geschrieben von",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    kind = models.CharField("Art", max_length=10, choices=PostKind.choices)
    title = models.CharField("Überschrift", max_length=120)
    text = models.TextField(
        "Text", max_length=POST_TEXT_MAX, validators=[MaxLengthValidator(POST_TEXT_MAX)]
    )
    districts = models.ManyToManyField(
        "offers.District", verbose_name="Stadtteile", related_name="+"
    )
    expires_on = models.DateField("sichtbar bis", default=default_expiry)
    created_at = models.DateTimeField("erstellt", auto_now_add=True)
    status = models.CharField(
        "Status", max_length=10, choices=PostStatus.choices, default=PostStatus.VISIBLE
    )
    moderation_note = models.CharField("Hinweis des Sozialamts", max_length=500, blank=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        verbose_name = "Pinnwand-Eintrag"
        verbose_name_plural = "Pinnwand-Einträge"
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    @property
    def is_hidden(self):
        return self.status == PostStatus.HIDDEN


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class FeedTokenQuerySet(models.QuerySet):
    def matching(self, token: str):
        return self.filter(digest=_digest(token))


class FeedToken(models.Model):
    """A member's private calendar address. Only a hash is kept: whoever reads the database
    cannot subscribe; a new token replaces the old one, whose address then answers 404."""

    user = models.OneToOneField(
        "auth.User", on_delete=models.CASCADE, related_name="network_feed_token"
    )
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now=True)

    objects = FeedTokenQuerySet.as_manager()

    class Meta:
        verbose_name = "Kalender-Adresse"
        verbose_name_plural = "Kalender-Adressen"

    def __str__(self):
        return f"Kalender von {self.user_id}"

    @classmethod
    def issue(cls, user) -> str:
        """A new secret for `user` (the old one stops working); returns it once, in clear."""
        token = secrets.token_urlsafe(32)
        cls.objects.update_or_create(user=user, defaults={"digest": _digest(token)})
        return token


class NoticeSetting(models.Model):
    """Whether a member gets a mail when a post appears in a district of their organisations."""

    user = models.OneToOneField(
        "auth.User", on_delete=models.CASCADE, related_name="network_notice"
    )
    notify = models.BooleanField("E-Mail bei neuen Einträgen in meinen Stadtteilen", default=False)

    class Meta:
        verbose_name = "Benachrichtigung"
        verbose_name_plural = "Benachrichtigungen"

    def __str__(self):
        return f"Benachrichtigung {self.user_id}"
