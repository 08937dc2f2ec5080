"""The members' area forms: plain German, every typing mistake a form error."""

from datetime import timedelta

from dateutil.relativedelta import relativedelta
from django import forms
from django.utils import timezone

from network.models import POST_TEXT_MAX, Post, PostKind
from offers.enums import OrganisationKind
from offers.forms import CleanTextMixin
from offers.models import District

# How far ahead a post may stay on the board.
MAX_MONTHS = 6
# The largest key a database column holds: a bigger number is not a choice, not an error.
MAX_KEY = 2**63 - 1


def _fits(value) -> bool:
    return str(value).isdigit() and int(value) <= MAX_KEY


class KeyChoiceField(forms.ModelChoiceField):
    """A choice by key; "abc" or a 30-digit number is invalid before it reaches the database."""

    def to_python(self, value):
        if value not in self.empty_values and not _fits(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class KeysChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for key in value:
            if not _fits(key):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": str(key)[:20]},
                )
        return super()._check_values(value)


class PostForm(CleanTextMixin, forms.ModelForm):
    class Meta:
        model = Post
        fields = ["organisation", "kind", "title", "text", "districts", "expires_on"]
        widgets = {
            "kind": forms.RadioSelect,
            "text": forms.Textarea(attrs={"rows": 6, "maxlength": POST_TEXT_MAX}),
            "districts": forms.CheckboxSelectMultiple,
            "expires_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        field_classes = {"organisation": KeyChoiceField, "districts": KeysChoiceField}
        help_texts = {
            "text": f"Höchstens {POST_TEXT_MAX} Zeichen, ohne Formatierung.",
            "expires_on": f"Spätestens in {MAX_MONTHS} Monaten; danach verschwindet der Eintrag.",
        }

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["organisation"].empty_label = None
        self.fields["kind"].choices = PostKind.choices  # a radio needs no empty choice
        self.fields["districts"].queryset = District.objects.active()
        self.fields["expires_on"].input_formats = ["%Y-%m-%d", "%d.%m.%Y"]
        self.fields["expires_on"].widget.attrs["min"] = timezone.localdate().isoformat()
        self.fields["expires_on"].widget.attrs["max"] = self.latest_expiry().isoformat()
        if self.instance.pk is None:
            self.initial.setdefault("expires_on", timezone.localdate() + timedelta(weeks=4))

    @staticmethod
    def latest_expiry():
        return timezone.localdate() + relativedelta(months=MAX_MONTHS)

    def clean_expires_on(self):
        value = self.cleaned_data["expires_on"]
        if value < timezone.localdate():
            raise forms.ValidationError("Das Datum liegt in der Vergangenheit.")
        if value > self.latest_expiry():
            raise forms.ValidationError(
                f"Ein Eintrag bleibt höchstens {MAX_MONTHS} Monate sichtbar."
            )
        return value


class ModerationForm(CleanTextMixin, forms.Form):
    hide = forms.TypedChoiceField(
        label="Eintrag",
        choices=[("1", "ausblenden"), ("0", "wieder zeigen")],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label="Hinweis an den Träger", max_length=500, required=False, widget=forms.TextInput
    )


class NotifyForm(forms.Form):
    notify = forms.BooleanField(
        label="E-Mail bei neuen Einträgen in den Stadtteilen meines Trägers", required=False
    )


class DirectoryFilter(forms.Form):
    q = forms.CharField(label="Name", max_length=100, required=False)
    district = KeyChoiceField(label="Stadtteil", queryset=District.objects.active(), required=False)
    kind = forms.ChoiceField(label="Art", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", "alle"), *OrganisationKind.choices]
        self.fields["district"].empty_label = "alle"
