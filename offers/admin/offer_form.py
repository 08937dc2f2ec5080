"""The offer's admin form: a deliberate cost choice, places with street and district, a warning
when the place's district is not among the offer's boards, and hints on the translation tabs."""

from django import forms
from django.conf import settings

from offers.admin.conflicts import ConflictCheckedAdminForm

COST_CHOICES = [
    ("True", "kostenlos"),
    ("False", "kostet etwas"),
]
RESIDENT_LANGUAGE_CODES = [code for code, _ in settings.LANGUAGES if code != "de"]
UNTRANSLATED_HINT = (
    "Noch nicht übersetzt: Bewohner/innen sehen hier den deutschen Text. "
    "Die Übersetzung kann später folgen."
)
TRANSLATED_HINT = "Leer lassen zeigt den deutschen Text."
GERMAN_HINT = "Steht auch in den anderen Sprachen, solange dort keine Übersetzung eingetragen ist."


def place_label(place) -> str:
    """A place as clerks tell places apart: name, street and district."""
    return f"{place.name} – {place.street}, {place.district.name}"


def district_warning(place, districts) -> str:
    """A German warning when `place` lies in none of the `districts` the offer shows on."""
    if place is None or not districts or place.district in districts:
        return ""
    names = ", ".join(district.name for district in districts)
    return (
        f"Achtung: Der Ort „{place.name}“ liegt in {place.district.name}, das Angebot erscheint "
        f"aber nur auf dem Board {names}. Bitte „Anzeigen in Stadtteilen“ prüfen."
    )


class OfferForm(ConflictCheckedAdminForm):
    # Not a checkbox ticked in advance: whether it costs is a choice, never a default.
    is_free = forms.TypedChoiceField(
        label="Preis",
        choices=COST_CHOICES,
        coerce=lambda value: value == "True",
        widget=forms.RadioSelect(attrs={"class": "checkbox-row"}),
        help_text="Bei „kostet etwas“ bitte unter „Kosten“ eintragen, was es kostet.",
        error_messages={"required": "Bitte wählen: kostenlos oder kostet etwas."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and "is_free" not in kwargs.get("initial", {}):
            self.initial["is_free"] = None
        if "place" in self.fields:
            self.fields["place"].label_from_instance = place_label
            self.fields["place"].queryset = self.fields["place"].queryset.select_related("district")
            self._warn_about_saved_place()
            if self.instance.place_id:
                place = self.instance.place
                self.fields["place"].widget.attrs.update(
                    {"data-district": place.district_id, "data-district-name": place.district.name}
                )
        if "attendance" in self.fields:
            # Three choices side by side; a submit without it (an older form, a script)
            # keeps what the offer had (new: "vor Ort"), and the model's clean() decides.
            self.fields["attendance"].widget = forms.RadioSelect(
                attrs={"class": "checkbox-row"}, choices=self.fields["attendance"].choices
            )
            self.fields["attendance"].required = False
        self._hint_translations()

    def clean_attendance(self):
        return self.cleaned_data.get("attendance") or self.instance.attendance

    def _warn_about_saved_place(self):
        if self.is_bound or self.instance.pk is None or self.instance.place_id is None:
            return
        warning = district_warning(self.instance.place, list(self.instance.districts.all()))
        if warning:
            self.fields["place"].help_text = f"{warning} {self.fields['place'].help_text}"

    def _hint_translations(self):
        for name, field in self.fields.items():
            base, _, language = name.rpartition("_")
            if not base or language not in ("de", *RESIDENT_LANGUAGE_CODES):
                continue
            if language == "de":
                hint = GERMAN_HINT
            elif self.instance.pk is None or not getattr(self.instance, name, ""):
                hint = UNTRANSLATED_HINT
            else:
                hint = TRANSLATED_HINT
            help_text = str(field.help_text or "")
            if help_text and not help_text.endswith((".", "!", "?")):
                help_text += "."
            field.help_text = f"{help_text} {hint}".strip()

    def place_warning(self) -> str:
        """After a valid submit: the district warning for what was chosen."""
        data = getattr(self, "cleaned_data", {})
        return district_warning(data.get("place"), list(data.get("districts") or []))
