"""Model fields that store small lists as JSON but edit as checkboxes in the admin."""

from django import forms
from django.db import models

from offers.enums import SPOKEN_LANGUAGES, WEEKDAY_CHOICES


class CheckboxListField(models.JSONField):
    """A JSON list of choice values, edited as a row of checkboxes."""

    list_choices: list = []
    coerce = str

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.list_choices,
            coerce=self.coerce,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple(attrs={"class": "checkbox-row"}),
        )


class WeekdaysField(CheckboxListField):
    list_choices = WEEKDAY_CHOICES
    coerce = int


class SpokenLanguagesField(CheckboxListField):
    list_choices = SPOKEN_LANGUAGES


class HelpLanguagesField(CheckboxListField):
    """Residents' languages (settings.RESIDENT_LANGUAGES), read when the form is built, so a
    language added in the settings needs no migration."""

    def formfield(self, **kwargs):
        from quartier import languages

        self.list_choices = [(code, languages.admin_name(code)) for code in languages.known()]
        return super().formfield(**kwargs)


class HttpsURLField(models.URLField):
    """A URL field whose form adds "https://" when a clerk types a bare domain."""

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})
