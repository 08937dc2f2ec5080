from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language

from offers import schedules
from offers.enums import (
    WEEKDAY_SHORT_NAMES,
    ExceptionKind,
    ExceptionReason,
    MonthOrdinal,
    RuleKind,
    SchoolHolidayMode,
)
from offers.fields import WeekdaysField
from offers.models.approvable import GuardedQuerySet, GuardedRead
from offers.models.translated import TranslationSources


class ScheduleRule(GuardedRead):
    """When an offer takes place: weekly, every n-th weekday of the month, or on one date.

    Times are wall-clock times in the city's time zone (see `offers.schedules`).
    """

    offer = models.ForeignKey(
        "offers.Offer", verbose_name="Angebot", on_delete=models.CASCADE, related_name="rules"
    )
    kind = models.CharField("Art", max_length=10, choices=RuleKind.choices, default=RuleKind.WEEKLY)
    weekdays = WeekdaysField("Wochentage")
    interval_weeks = models.PositiveSmallIntegerField(
        "alle … Wochen", default=1, help_text="1 = jede Woche, 2 = alle zwei Wochen."
    )
    ordinal = models.SmallIntegerField(
        "am … im Monat", choices=MonthOrdinal.choices, null=True, blank=True
    )
    date = models.DateField("Datum", null=True, blank=True, help_text="Nur für Einzeltermine.")
    start_time = models.TimeField("von")
    end_time = models.TimeField("bis", null=True, blank=True)
    valid_from = models.DateField("gültig ab", null=True, blank=True)
    valid_until = models.DateField("gültig bis", null=True, blank=True)
    school_holidays = models.CharField(
        "Schulferien",
        max_length=10,
        choices=SchoolHolidayMode.choices,
        default=SchoolHolidayMode.ALWAYS,
    )
    on_public_holidays = models.BooleanField(
        "auch an Feiertagen",
        default=False,
        help_text="Sonst fällt der Termin an gesetzlichen Feiertagen aus.",
    )

    # What a clerk edits, in the order of the admin's row; also what approval snapshots keep.
    EDITABLE_FIELDS = (
        "kind",
        "weekdays",
        "interval_weeks",
        "ordinal",
        "date",
        "start_time",
        "end_time",
        "valid_from",
        "valid_until",
        "school_holidays",
        "on_public_holidays",
    )

    # The fields each kind uses besides kind, times and public holidays; the admin shows only
    # these and resets the others (offers/admin/rules.py).
    KIND_FIELDS = {
        RuleKind.WEEKLY: (
            "weekdays",
            "interval_weeks",
            "valid_from",
            "valid_until",
            "school_holidays",
        ),
        RuleKind.MONTHLY: ("weekdays", "ordinal", "valid_from", "valid_until", "school_holidays"),
        RuleKind.SINGLE: ("date",),
    }

    objects = GuardedQuerySet.as_manager()

    class Meta:
        verbose_name = "Terminregel"
        verbose_name_plural = "Terminregeln"
        ordering = ["kind", "date", "start_time"]

    def __str__(self):
        return describe_rule(self)

    def clean(self):
        errors = {}
        if self.end_time and self.start_time and self.end_time <= self.start_time:
            errors["end_time"] = "Das Ende muss nach dem Beginn liegen."
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = "„Gültig bis“ darf nicht vor „gültig ab“ liegen."
        if self.kind in (RuleKind.WEEKLY, RuleKind.MONTHLY) and not self.weekdays:
            errors["weekdays"] = "Bitte mindestens einen Wochentag ankreuzen."
        if self.kind == RuleKind.MONTHLY and self.ordinal is None:
            errors["ordinal"] = "Bitte wählen, am wievielten Wochentag im Monat."
        if self.kind == RuleKind.SINGLE and not self.date:
            errors["date"] = "Für einen Einzeltermin bitte ein Datum angeben."
        if self.kind == RuleKind.WEEKLY and not 1 <= (self.interval_weeks or 0) <= 8:
            errors["interval_weeks"] = "Bitte eine Zahl von 1 bis 8 angeben."
        if self.kind == RuleKind.WEEKLY and (self.interval_weeks or 1) > 1 and not self.valid_from:
            errors["valid_from"] = (
                "Bei „alle … Wochen“ bitte den ersten Termin als „gültig ab“ angeben: "
                "von dort wird gezählt."
            )
        if errors:
            raise ValidationError(errors)


def describe_rule(rule) -> str:
    """A short German description for the admin, e.g. "Di, Do 15:00–17:00"."""
    times = rule.start_time.strftime("%H:%M") if rule.start_time else ""
    if rule.end_time:
        times += "–" + rule.end_time.strftime("%H:%M")
    days = ", ".join(WEEKDAY_SHORT_NAMES[d] for d in sorted(rule.weekdays or []))
    if rule.kind == RuleKind.SINGLE:
        return f"{rule.date:%d.%m.%Y} {times}" if rule.date else times
    if rule.kind == RuleKind.MONTHLY and rule.ordinal is not None:
        return f"jeden {MonthOrdinal(rule.ordinal).label} {days} im Monat {times}"
    every = f"alle {rule.interval_weeks} Wochen " if (rule.interval_weeks or 1) > 1 else ""
    return f"{every}{days} {times}".strip()


class ScheduleException(TranslationSources):
    """A change to one date of an offer: cancelled, or moved to another day or time."""

    offer = models.ForeignKey(
        "offers.Offer", verbose_name="Angebot", on_delete=models.CASCADE, related_name="exceptions"
    )
    date = models.DateField("Termin am")
    kind = models.CharField(
        "Änderung", max_length=10, choices=ExceptionKind.choices, default=ExceptionKind.CANCELLED
    )
    new_date = models.DateField("neues Datum", null=True, blank=True)
    new_start_time = models.TimeField("neue Uhrzeit von", null=True, blank=True)
    new_end_time = models.TimeField("neue Uhrzeit bis", null=True, blank=True)
    reason = models.CharField(
        "Grund",
        max_length=12,
        choices=ExceptionReason.choices,
        blank=True,
        help_text="Erscheint auf dem Board in der Sprache der Lesenden.",
    )
    note = models.CharField(
        "Hinweis",
        max_length=200,
        blank=True,
        help_text=(
            "Freier Text, z. B. „Ersatz am Freitag“; ohne Übersetzung erscheint er auf Deutsch."
        ),
    )
    created_at = models.DateTimeField("eingetragen", auto_now_add=True)
    # Written by the calendar import: the next run may change or remove it; a clerk's own
    # entries on an imported offer stay.
    from_calendar = models.BooleanField("aus Kalender", default=False, editable=False)

    class Meta:
        verbose_name = "Ausfall oder Verlegung"
        verbose_name_plural = "Ausfälle und Verlegungen"
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(fields=["offer", "date"], name="one_exception_per_offer_date")
        ]

    def __str__(self):
        return f"{self.offer} am {self.date:%d.%m.%Y}: {self.get_kind_display()}"

    def clean(self):
        errors = {}
        if self.kind == ExceptionKind.MOVED and not (self.new_date or self.new_start_time):
            errors["new_date"] = "Bitte ein neues Datum oder eine neue Uhrzeit angeben."
        if self.new_start_time and self.new_end_time and self.new_end_time <= self.new_start_time:
            errors["new_end_time"] = "Das Ende muss nach dem Beginn liegen."
        if self.offer_id and self.date and not errors:
            rules = list(self.offer.rules.all())
            if rules and not schedules.is_scheduled_on(rules, self.date):
                errors["date"] = "An diesem Tag findet das Angebot laut Terminregeln nicht statt."
        if errors:
            raise ValidationError(errors)

    @property
    def note_language(self) -> str:
        """The language `note` is read in now: the active one if translated, else German."""
        language = get_language() or "de"
        return language if getattr(self, f"note_{language}", "") else "de"

    @property
    def outdated_note_german(self) -> str:
        """The current German note when the note read now was translated from an older one."""
        from offers import translation_state  # it imports the models

        if translation_state.outdated_fields(self, get_language() or "de", among=("note",)):
            return self.note_de
        return ""


class Closure(models.Model):
    """A place or a whole provider closed for some days, e.g. a youth centre's summer break."""

    place = models.ForeignKey(
        "offers.Place",
        verbose_name="Ort",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="closures",
    )
    organisation = models.ForeignKey(
        "offers.Organisation",
        verbose_name="Träger",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="closures",
    )
    start_date = models.DateField("vom")
    end_date = models.DateField("bis einschließlich")
    reason = models.CharField(
        "Grund", max_length=200, help_text="Wird auf dem Board angezeigt, z. B. „Renovierung“."
    )

    class Meta:
        verbose_name = "Schließzeit"
        verbose_name_plural = "Schließzeiten"
        ordering = ["-start_date"]

    def __str__(self):
        who = self.place or self.organisation
        return f"{who}: {self.start_date:%d.%m.} – {self.end_date:%d.%m.%Y}"

    def clean(self):
        if bool(self.place_id) == bool(self.organisation_id):
            raise ValidationError("Bitte entweder einen Ort oder einen Träger wählen.")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "Das Ende darf nicht vor dem Beginn liegen."})
