from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone

from offers.enums import SPOKEN_LANGUAGE_NAMES, Attendance, OfferStatus
from offers.fields import HttpsURLField, SpokenLanguagesField
from offers.models.approvable import Approvable, GuardedQuerySet
from offers.models.translated import TranslationSources

# What must be translated for an offer to count as translated into a language.
TRANSLATION_REQUIRED_FIELDS = ("title", "summary")
# The last warning goes out this many days before an unconfirmed offer is hidden.
WARNING_LEAD_DAYS = 14


class OfferQuerySet(GuardedQuerySet):
    def published(self):
        """What residents see: published, from its "anzeigen ab" date (if any) and not past
        its "anzeigen bis" date."""
        today = timezone.localdate()
        return (
            self.filter(status=OfferStatus.PUBLISHED)
            .filter(models.Q(visible_until__isnull=True) | models.Q(visible_until__gte=today))
            .filter(models.Q(visible_from__isnull=True) | models.Q(visible_from__lte=today))
        )

    def stale(self, days: int):
        """Offers nobody has confirmed for more than `days` days."""
        return self.filter(last_confirmed__lt=timezone.localdate() - timedelta(days=days))

    def not_hidden(self, today=None):
        """Without the offers left unconfirmed too long (`QUARTIER["HIDE_AFTER_DAYS"]`):
        they are hidden once their last warning went out at least `WARNING_LEAD_DAYS` ago,
        and back at once when someone confirms them (offers/reminders.py)."""
        from offers.models.reminder import ReminderMail

        today = today or timezone.localdate()
        cutoff = today - timedelta(days=settings.QUARTIER["HIDE_AFTER_DAYS"])
        warned = ReminderMail.objects.filter(
            offer=models.OuterRef("pk"),
            kind=ReminderMail.Kind.WARNING,
            confirmed=models.OuterRef("last_confirmed"),
            sent_on__lte=today - timedelta(days=WARNING_LEAD_DAYS),
        )
        return self.exclude(models.Q(last_confirmed__lte=cutoff) & models.Exists(warned))

    def missing_translation(self, language):
        """Offers whose title or summary has no text in `language` (the board falls back
        to German for them)."""
        missing = models.Q()
        for field in TRANSLATION_REQUIRED_FIELDS:
            name = f"{field}_{language}"
            missing |= models.Q(**{name: ""}) | models.Q(**{f"{name}__isnull": True})
        return self.filter(missing)

    def outdated_translation(self, language):
        """Offers with a `language` text made from an older German text (two queries:
        offers.translation_state compares the hashes in Python)."""
        from offers import translation_state

        return translation_state.filter_outdated(self, language)


class Offer(Approvable, TranslationSources):
    """Something residents can go to: a group, a course, a consultation hour, an event."""

    title = models.CharField("Titel", max_length=200)
    slug = models.SlugField("Kurzname in Adressen", max_length=120, unique=True)
    summary = models.CharField(
        "Kurzbeschreibung", max_length=200, help_text="Ein Satz, erscheint im Wochenplan."
    )
    description = models.TextField("Beschreibung", blank=True, max_length=10000)
    # German only (not in offers/translation.py): easy-read German is not a translation of
    # the summary into another language but a second German text for other readers.
    summary_easy = models.TextField(
        "Kurzbeschreibung in Leichter Sprache",
        blank=True,
        max_length=1000,
        help_text=(
            "Für den Wochenplan in Leichter Sprache. Kurze Sätze, in jedem Satz nur eine "
            "Aussage. Jeden Satz in eine eigene Zeile. Keine Abkürzungen, kein Genitiv, "
            "kein Konjunktiv. Schwere Wörter gleich erklären. Zahlen als Ziffern. Lange Wörter "
            "mit Binde-Strich trennen, z. B. „Haus-Aufgaben“. Leer lassen: Dann steht dort "
            "die normale Kurzbeschreibung mit dem Hinweis, dass es den Text noch nicht in "
            "Leichter Sprache gibt."
        ),
    )
    organisation = models.ForeignKey(
        "offers.Organisation",
        verbose_name="Träger",
        on_delete=models.PROTECT,
        related_name="offers",
    )
    attendance = models.CharField(
        "Teilnahme",
        max_length=10,
        choices=Attendance.choices,
        default=Attendance.ON_SITE,
        help_text=(
            "Online und „vor Ort und online“ brauchen einen Online-Link. Der Link steht nur "
            "von 15 Minuten vor Beginn bis zum Ende eines Termins auf der Angebotsseite, "
            "nie im Wochenplan, in Druckprodukten oder Kalendern."
        ),
    )
    place = models.ForeignKey(
        "offers.Place",
        verbose_name="Ort",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="offers",
        help_text="Leer lassen bei reinen Online-Angeboten.",
    )
    online_url = HttpsURLField(
        "Online-Link",
        blank=True,
        help_text="Der Link zum Video-Treffen (https://…), für online und „vor Ort und online“.",
    )
    districts = models.ManyToManyField(
        "offers.District",
        verbose_name="Anzeigen in Stadtteilen",
        related_name="offers",
        help_text="Auf welchen Boards das Angebot erscheint.",
    )
    target_groups = models.ManyToManyField(
        "offers.TargetGroup", verbose_name="Zielgruppen", related_name="offers", blank=True
    )
    categories = models.ManyToManyField(
        "offers.Category", verbose_name="Kategorien", related_name="offers", blank=True
    )
    min_age = models.PositiveSmallIntegerField("Alter von", null=True, blank=True)
    max_age = models.PositiveSmallIntegerField("Alter bis", null=True, blank=True)
    is_free = models.BooleanField("kostenlos", default=True)
    cost_note = models.CharField(
        "Kosten",
        max_length=200,
        blank=True,
        help_text="z. B. „2 € pro Termin, mit Bottrop-Pass frei“",
    )
    # One field for "childcare offered", reused by the network issue (#13).
    childcare = models.BooleanField("Kinderbetreuung während des Angebots", default=False)
    interpreter = models.BooleanField("mit Dolmetscher/in", default=False)
    # A flag rather than the category "Digitales": that category also holds coding clubs and
    # media courses, and categories are a clerk's list that can be renamed or removed; help
    # hours feed the page "Hilfe mit Handy und Internet" and its board filter (issue 13).
    digital_help = models.BooleanField(
        "Hilfe mit Handy und Internet",
        default=False,
        help_text="Digitalpaten-Sprechstunde: hier hilft jemand mit Handy, Tablet, Computer "
        "und Internet. Erscheint als Sprechstunde des Ortes auf der Seite „Hilfe mit Handy "
        "und Internet“.",
    )
    registration_required = models.BooleanField("Anmeldung nötig", default=False)
    registration_note = models.CharField("Hinweis zur Anmeldung", max_length=200, blank=True)
    languages = SpokenLanguagesField("Gesprochene Sprachen")
    accessibility_note = models.CharField(
        "Hinweis zur Barrierefreiheit", max_length=300, blank=True
    )
    times_note = models.CharField(
        "Zeiten (ohne feste Termine)",
        max_length=200,
        blank=True,
        help_text="Nur für Angebote ohne feste Termine, z. B. „Termine nach Vereinbarung“.",
    )
    contact_name = models.CharField("Ansprechperson", max_length=100, blank=True)
    contact_phone = models.CharField("Telefon", max_length=50, blank=True)
    contact_email = models.EmailField("E-Mail", blank=True)
    last_confirmed = models.DateField("zuletzt bestätigt", default=timezone.localdate)
    visible_from = models.DateField(
        "anzeigen ab",
        null=True,
        blank=True,
        help_text=(
            "Vorher steht das Angebot nicht auf dem Board – z. B. für Angebote ohne feste "
            "Termine, die erst später beginnen (leer: sofort)."
        ),
    )
    visible_until = models.DateField(
        "anzeigen bis",
        null=True,
        blank=True,
        help_text="Danach verschwindet das Angebot von selbst vom Board (leer: unbegrenzt).",
    )
    created_at = models.DateTimeField("angelegt", auto_now_add=True)
    updated_at = models.DateTimeField("geändert", auto_now=True)
    # Imported from a provider's calendar (offers/calendar_sync.py); updated by each nightly
    # run unless a clerk detached it to edit it here.
    calendar_feed = models.ForeignKey(
        "offers.CalendarFeed",
        verbose_name="aus Kalender",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="offers",
    )
    calendar_uid = models.CharField("Kalender-UID", max_length=255, blank=True, editable=False)
    # What the calendar said at the last import (calendar_import.EventOffer.fingerprint).
    calendar_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    calendar_detached = models.BooleanField(
        "vom Kalender gelöst",
        default=False,
        editable=False,
        help_text="Der nächtliche Kalender-Abruf ändert dieses Angebot nicht mehr.",
    )

    objects = OfferQuerySet.as_manager()

    class Meta:
        verbose_name = "Angebot"
        verbose_name_plural = "Angebote"
        ordering = ["title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        district = self.place.district if self.place_id else self.districts.first()
        return self.url_in(district)

    def url_in(self, district):
        return reverse("boards:offer", kwargs={"district": district.slug, "offer": self.slug})

    def clean(self):
        if self.min_age is not None and self.max_age is not None and self.max_age < self.min_age:
            raise ValidationError(
                {"max_age": "„Alter bis“ darf nicht kleiner als „Alter von“ sein."}
            )
        self._clean_attendance()
        if self.visible_from and self.visible_until and self.visible_until < self.visible_from:
            raise ValidationError(
                {"visible_until": "„anzeigen bis“ darf nicht vor „anzeigen ab“ liegen."}
            )
        if not self.is_free and not self.cost_note:
            raise ValidationError({"cost_note": "Bitte angeben, was das Angebot kostet."})

    def _clean_attendance(self):
        errors = {}
        if self.attendance != Attendance.ONLINE and not self.place_id:
            errors["place"] = "Bitte einen Ort angeben (oder „online“ wählen)."
        if self.attendance != Attendance.ON_SITE and not self.online_url:
            errors["online_url"] = "Bitte den Online-Link angeben (https://…)."
        if errors:
            raise ValidationError(errors)

    @property
    def is_online(self) -> bool:
        """Whether residents can join online (online or hybrid)."""
        return self.attendance in (Attendance.ONLINE, Attendance.HYBRID) and bool(self.online_url)

    @property
    def language_names(self):
        return [
            SPOKEN_LANGUAGE_NAMES[code] for code in self.languages if code in SPOKEN_LANGUAGE_NAMES
        ]

    def is_translated(self, language):
        return all(getattr(self, f"{f}_{language}", "") for f in TRANSLATION_REQUIRED_FIELDS)

    @property
    def step_free(self):
        return bool(self.place_id and self.place.step_free)
