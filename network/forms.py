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
    district = forms.ModelChoiceField(
        label="Stadtteil", queryset=District.objects.active(), required=False
    )
    kind = forms.ChoiceField(label="Art", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", "alle"), *OrganisationKind.choices]
        self.fields["district"].empty_label = "alle"
