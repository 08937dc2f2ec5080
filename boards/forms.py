from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.core.exceptions import BadRequest
from django.core.validators import validate_slug
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from boards import plan_html
from boards.models import AccessibilityFeedback
from offers import schedules, selectors
from offers.enums import ORGANISATION_KIND_NAMES
from offers.forms import CleanTextMixin
from offers.models import Organisation


class SlugChoiceField(forms.ModelChoiceField):
    """Chooses by slug; anything that cannot be a slug is invalid before it reaches the DB."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            validate_slug(value)
        except forms.ValidationError:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from None
        return super().to_python(value)

    def label_from_instance(self, obj):
        # A name whose translation is outdated shows the German too (plan_html.plain_name).
        return plan_html.plain_name(obj)


class FilterForm(forms.Form):
    """A GET form of filters that key the page cache: only valid ones get that far."""

    @classmethod
    def validated(cls, query):
        """The form for `query`, valid, or BadRequest; None when no filter is given.

        Most requests carry no filter, and building a form costs a third of a cached page.
        """
        if not any(query.get(name) for name in cls.base_fields):
            return None
        form = cls(query)
        if not form.is_valid():
            raise BadRequest(form.errors.as_text())
        return form


class BoardFilterForm(FilterForm):
    """The board's filters. A GET form, so every filter works without JavaScript."""

    group = SlugChoiceField(
        label=_("Für wen?"),
        queryset=selectors.target_groups(),
        to_field_name="slug",
        required=False,
        empty_label=_("Alle"),
    )
    category = SlugChoiceField(
        label=_("Was?"),
        queryset=selectors.categories(),
        to_field_name="slug",
        required=False,
        empty_label=_("Alles"),
    )
    # One select for the special hints (selectors.week_plan's `extra`); the choices grow.
    # Translators: the board's filter for special kinds of offers (online, childcare, help with
    # phone and internet).
    extra = forms.ChoiceField(
        label=_("Besonderes"),
        required=False,
        choices=[
            ("", _("Alles")),
            ("online", _("online")),
            ("childcare", _("mit Kinderbetreuung")),
            ("digital", _("Hilfe mit Handy und Internet")),
        ],
    )
    week = forms.CharField(required=False, widget=forms.HiddenInput, max_length=10)
    # Rendered by `boards.plan_html.filter_form`, not by crispy (the board's render time).

    def page_params(self) -> dict:
        """The validated filters in one fixed order, as the page cache and links use them."""
        data = self.cleaned_data
        return {
            "week": data["week"] and schedules.format_iso_week(data["week"]),
            "group": data["group"] and data["group"].slug,
            "category": data["category"] and data["category"].slug,
            "extra": data["extra"],
        }

    def clean_week(self):
        value = self.cleaned_data["week"]
        if not value:
            return None
        try:
            return schedules.parse_iso_week(value)
        except ValueError:
            raise forms.ValidationError(
                _("Diese Woche gibt es nicht. Bitte so angeben: 2026-W48.")
            ) from None


class ActorFilterForm(FilterForm):
    """The city-wide list of actors' filters (GET, works without JavaScript)."""

    district = SlugChoiceField(
        label=_("Stadtteil"),
        queryset=selectors.active_districts(),
        to_field_name="slug",
        required=False,
        empty_label=_("Alle"),
    )
    kind = forms.ChoiceField(
        # Translators: filter of the list of providers: youth centre, sports club, school …
        label=_("Art des Trägers"),
        choices=[("", _("Alle")), *ORGANISATION_KIND_NAMES.items()],
        required=False,
    )

    def page_params(self) -> dict:
        """The validated filters in one fixed order, as the page cache and links use them."""
        data = self.cleaned_data
        return {"district": data["district"] and data["district"].slug, "kind": data["kind"]}


class EmbedForm(forms.Form):
    """The embed's one option: only one provider's offers (`?organisation=<slug>`)."""

    organisation = forms.SlugField(required=False, max_length=50)

    @classmethod
    def validated(cls, query):
        """The chosen provider, or None for the whole board; BadRequest for a malformed
        slug, Http404 for one no published provider has."""
        form = cls(query)
        if not form.is_valid():
            raise BadRequest(form.errors.as_text())
        slug = form.cleaned_data["organisation"]
        if not slug:
            return None
        try:
            return selectors.organisation_for_board(slug)
        except Organisation.DoesNotExist:
            raise Http404 from None


class AccessibilityFeedbackForm(CleanTextMixin, forms.ModelForm):
    """Report a barrier (BITV NRW feedback mechanism). Works without JavaScript."""

    # A field people never see: bots fill it in, and such submissions are dropped.
    website = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = AccessibilityFeedback
        fields = ["message", "page", "name", "email"]
        labels = {
            "message": _("Was funktioniert nicht?"),
            "page": _("Auf welcher Seite? (optional)"),
            "name": _("Ihr Name (optional)"),
            "email": _("Ihre E-Mail-Adresse, wenn Sie eine Antwort möchten (optional)"),
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 5, "maxlength": 5000})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_method = "post"
        self.helper.form_class = "feedback-form"
        self.helper.disable_csrf = True  # anonymous, changes nothing: no cookie for residents
        self.helper.add_input(Submit("send", _("Absenden")))

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))
