"""Offers with their schedules to and from CSV/XLSX (django-import-export).

Columns are German and stable, so a provider can fill in the template in a spreadsheet.
Providers' imports are limited to their own organisations and go through approval like any
other change; every problem is reported per row, in German, before anything is saved.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from import_export import fields, resources, widgets

from offers import cancellation_text, permissions, schedule_text, schedules, text
from offers.enums import SPOKEN_LANGUAGE_NAMES, ExceptionKind
from offers.forms import to_latin_digits
from offers.models import (
    Category,
    District,
    Offer,
    Organisation,
    Place,
    ScheduleException,
    ScheduleRule,
    TargetGroup,
)


class SlugWidget(widgets.ForeignKeyWidget):
    """A foreign key by its slug, limited to what the importing user may use."""

    def __init__(self, model, label, queryset_for=None):
        super().__init__(model, field="slug")
        self.label = label
        self.queryset_for = queryset_for or (lambda: model.objects.all())

    def get_queryset(self, value, row, *args, **kwargs):
        return self.queryset_for()

    def clean(self, value, row=None, **kwargs):
        if not value:
            return None
        try:
            return super().clean(value, row, **kwargs)
        except self.model.DoesNotExist:
            raise ValueError(
                f"{self.label} „{value}“ gibt es nicht oder ist für Sie nicht freigegeben."
            ) from None


class SlugListWidget(widgets.ManyToManyWidget):
    def __init__(self, model, label):
        super().__init__(model, separator=",", field="slug")
        self.label = label

    def clean(self, value, row=None, **kwargs):
        objects = super().clean(value, row, **kwargs)
        slugs = {slug.strip() for slug in str(value or "").split(",") if slug.strip()}
        missing = slugs - {obj.slug for obj in objects}
        if missing:
            raise ValueError(f"{self.label} unbekannt: {', '.join(sorted(missing))}.")
        return objects


class LanguagesWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        codes = [code.strip() for code in str(value or "").split(",") if code.strip()]
        unknown = [code for code in codes if code not in SPOKEN_LANGUAGE_NAMES]
        if unknown:
            raise ValueError(f"Sprachkürzel unbekannt: {', '.join(unknown)} (z. B. de, ar, fa).")
        return codes

    def render(self, value, obj=None, **kwargs):
        return ",".join(value or [])


class YesNoWidget(widgets.Widget):
    """A yes/no column as people fill it in: "ja"/"nein", "x", "1"/"0", "wahr"/"falsch"."""

    YES = {"1", "ja", "j", "x", "wahr", "true", "yes"}
    NO = {"0", "nein", "n", "falsch", "false", "no", ""}

    def __init__(self, label, required=False):
        super().__init__()
        self.label = label
        self.required = required

    def clean(self, value, row=None, **kwargs):
        word = str(value if value is not None else "").strip().casefold()
        if self.required and not word:
            raise ValueError(f"Bitte „{self.label}“ ausfüllen: ja oder nein.")
        if word in self.YES:
            return True
        if word in self.NO:
            return False
        raise ValueError(f"„{value}“ in „{self.label}“ bitte als ja oder nein angeben.")

    def render(self, value, obj=None, **kwargs):
        return "ja" if value else "nein"


class AgeWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        value = to_latin_digits(str(value if value is not None else "")).strip()
        if value.endswith(".0"):  # a number cell from XLSX
            value = value[:-2]
        if not value:
            return None
        if not value.isdigit() or int(value) > 120:
            raise ValueError(f"Alter „{value}“ bitte als ganze Zahl in Jahren, z. B. 6.")
        return int(value)

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class CancellationsWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        return cancellation_text.parse(str(value or ""))

    def render(self, value, obj=None, **kwargs):
        if value is None or value.instance.pk is None:
            return ""
        today = timezone.localdate()
        return cancellation_text.format_cancellations(
            e for e in value.all() if e.kind == ExceptionKind.CANCELLED and e.date >= today
        )


class CancellationsField(fields.Field):
    """Saved after the offer and its rules: the listed dates replace the offer's cancellations
    from today on (moved dates are kept)."""

    def save(self, instance, row, is_m2m=False, **kwargs):
        instance._imported_cancellations = self.clean(row, **kwargs)


class ScheduleWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        rules = schedule_text.parse(str(value or ""))
        limit = settings.QUARTIER["MAX_RULES_PER_OFFER"]
        if len(rules) > limit:
            raise ValueError(f"Höchstens {limit} Terminregeln je Angebot ({len(rules)} angegeben).")
        for rule in rules:
            try:
                ScheduleRule(**rule).clean()  # the same checks as in the form: end after start, …
            except ValidationError as error:
                raise ValueError(" ".join(error.messages)) from None
        return rules

    def render(self, value, obj=None, **kwargs):
        if value is None or value.instance.pk is None:  # a new offer has no rules yet
            return ""
        return schedule_text.format_rules(value.all())


class ScheduleField(fields.Field):
    """Rules are saved after the offer (they need its key): keep them on the instance."""

    def save(self, instance, row, is_m2m=False, **kwargs):
        instance._imported_rules = self.clean(row, **kwargs)


def _text(attribute, column):
    # Empty spreadsheet cells arrive as None; text columns store "".
    return fields.Field(attribute, column, widgets.CharWidget(allow_blank=True))


MULTILINE_COLUMNS = {"beschreibung"}
# A cell starting with one of these is a formula to some spreadsheet (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse(value):
    """An exported cell no spreadsheet runs: a leading quote before a formula start."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def undefuse(value):
    """An imported cell as it was before `defuse`, so exports import back unchanged."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


class OfferResource(resources.ModelResource):
    slug = _text("slug", "kurzname")
    title = _text("title_de", "titel")
    summary = _text("summary_de", "kurzbeschreibung")
    description = _text("description_de", "beschreibung")
    organisation = fields.Field("organisation", "traeger")
    place = fields.Field("place", "ort")
    districts = fields.Field(
        "districts", "stadtteile", SlugListWidget(District, "Stadtteile"), m2m_add=False
    )
    target_groups = fields.Field(
        "target_groups", "zielgruppen", SlugListWidget(TargetGroup, "Zielgruppen")
    )
    categories = fields.Field("categories", "kategorien", SlugListWidget(Category, "Kategorien"))
    min_age = fields.Field("min_age", "alter_von", AgeWidget())
    max_age = fields.Field("max_age", "alter_bis", AgeWidget())
    # Whether it costs is never guessed: an empty cell is an error, as in the form.
    is_free = fields.Field("is_free", "kostenlos", YesNoWidget("kostenlos", required=True))
    cost_note = _text("cost_note_de", "kosten")
    registration_required = fields.Field(
        "registration_required", "anmeldung_noetig", YesNoWidget("anmeldung_noetig")
    )
    registration_note = _text("registration_note_de", "anmeldung_hinweis")
    childcare = fields.Field("childcare", "kinderbetreuung", YesNoWidget("kinderbetreuung"))
    interpreter = fields.Field("interpreter", "dolmetscher", YesNoWidget("dolmetscher"))
    languages = fields.Field("languages", "sprachen", LanguagesWidget())
    times_note = _text("times_note_de", "zeiten_ohne_termine")
    contact_name = _text("contact_name_de", "ansprechperson")
    contact_phone = _text("contact_phone", "telefon")
    contact_email = _text("contact_email", "email")
    schedule = ScheduleField("rules", "termine", ScheduleWidget())
    cancellations = CancellationsField("exceptions", "ausfaelle", CancellationsWidget())

    class Meta:
        model = Offer
        import_id_fields = ["slug"]
        fields = [
            "slug",
            "title",
            "summary",
            "description",
            "organisation",
            "place",
            "districts",
            "target_groups",
            "categories",
            "is_free",
            "cost_note",
            "registration_required",
            "registration_note",
            "languages",
            "times_note",
            "contact_name",
            "contact_phone",
            "contact_email",
            "schedule",
            # Added later: at the end, so files made with the older template still import.
            "min_age",
            "max_age",
            "childcare",
            "interpreter",
            "cancellations",
        ]
        skip_unchanged = False
        clean_model_instances = True
        use_transactions = True

    def __init__(self, user=None, **kwargs):
        super().__init__(**kwargs)
        self.user = user
        self.fields["organisation"].widget = SlugWidget(
            Organisation, "Träger", lambda: self._scoped(Organisation.objects.all())
        )
        self.fields["place"].widget = SlugWidget(
            Place, "Ort", lambda: self._scoped(Place.objects.all())
        )

    def _scoped(self, queryset):
        return permissions.scope(queryset, self.user) if self.user else queryset

    def export_field(self, field, instance, **kwargs):
        return defuse(super().export_field(field, instance, **kwargs))

    def get_queryset(self):
        return self._scoped(Offer.objects.prefetch_related("rules", "districts", "exceptions"))

    def before_import_row(self, row, **kwargs):
        for column, value in row.items():
            row[column] = text.clean(undefuse(value), multiline=column in MULTILINE_COLUMNS)
        self._row = row  # for validate_instance, which checks what only the row shows

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        """Row problems as validation errors, so the preview lists every row's problems."""
        errors = dict(import_validation_errors or {})
        row = getattr(self, "_row", {})
        slug = row.get("kurzname")
        if (
            slug
            and self.user
            and not self.get_queryset().filter(slug=slug).exists()
            and Offer.objects.filter(slug=slug).exists()
        ):
            errors["slug"] = [f"Das Angebot „{slug}“ gehört einem anderen Träger."]
        for name in ("districts", "target_groups", "categories"):
            field = self.fields[name]
            try:
                field.widget.clean(row.get(field.column_name), row)
            except ValueError as error:
                errors[name] = [str(error)]
        if instance.pk is None and "kostenlos" not in row:
            errors["is_free"] = ["Spalte „kostenlos“ fehlt: bitte ja oder nein angeben."]
        cancellations_error = self._cancellations_error(instance, row)
        if cancellations_error:
            errors["cancellations"] = [cancellations_error]
        try:
            super().validate_instance(instance, errors, validate_unique)
        except ValidationError as error:
            raise ValidationError(self._by_column(error.message_dict)) from None

    def _cancellations_error(self, instance, row) -> str:
        """A cancelled date on which the offer does not take place (by the row's rules, or the
        saved ones when the file has no "termine" column)."""
        try:
            cancellations = cancellation_text.parse(row.get("ausfaelle") or "")
            if "termine" in row:
                rules = [ScheduleRule(**rule) for rule in schedule_text.parse(row["termine"] or "")]
            else:
                rules = list(instance.rules.all()) if instance.pk else []
        except ValueError:
            return ""  # the column's own field reports it
        off = [c["date"] for c in cancellations if not schedules.is_scheduled_on(rules, c["date"])]
        if rules and off:
            days = ", ".join(f"{day:%d.%m.%Y}" for day in off)
            return f"Laut Terminen findet das Angebot an diesen Tagen nicht statt: {days}."
        return ""

    def _by_column(self, errors):
        """Errors keyed by the file's German column names rather than model field names."""
        columns = {}
        for name, field in self.fields.items():
            attribute = field.attribute or name
            for key in (name, attribute, attribute.removesuffix("_de")):
                columns.setdefault(key, field.column_name)
        by_column = {}
        for key, messages in errors.items():
            by_column.setdefault(columns.get(key, key), []).extend(messages)
        return by_column

    def after_save_instance(self, instance, row, **kwargs):
        rules = getattr(instance, "_imported_rules", None)
        if rules is not None:
            with transaction.atomic():
                instance.rules.all().delete()
                ScheduleRule.objects.bulk_create(
                    [ScheduleRule(offer=instance, **rule) for rule in rules]
                )
        cancellations = getattr(instance, "_imported_cancellations", None)
        if cancellations is not None:
            self._save_cancellations(instance, cancellations)

    @staticmethod
    def _save_cancellations(offer, cancellations):
        listed = {c["date"] for c in cancellations}
        with transaction.atomic():
            offer.exceptions.filter(
                kind=ExceptionKind.CANCELLED, date__gte=timezone.localdate()
            ).exclude(date__in=listed).delete()
            for cancellation in cancellations:
                ScheduleException.objects.update_or_create(
                    offer=offer,
                    date=cancellation["date"],
                    defaults={
                        "kind": ExceptionKind.CANCELLED,
                        "reason": cancellation["reason"],
                        "note": cancellation["note"],
                        "new_date": None,
                        "new_start_time": None,
                        "new_end_time": None,
                    },
                )
