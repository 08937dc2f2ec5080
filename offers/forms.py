"""Form fields for the admin that forgive how people type."""

from datetime import time

from django import forms
from django.core.exceptions import ValidationError

from offers import text, times
from offers.text import to_latin_digits


class LocalizedDateField(forms.DateField):
    def to_python(self, value):
        return super().to_python(to_latin_digits(value))


class LocalizedTimeField(forms.TimeField):
    """A time typed as people do ("9.30", "10 Uhr", "۱۵:۳۰"; `offers.times`), shown as 09:30."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        if isinstance(self.widget, forms.TimeInput):
            self.widget.format = times.DISPLAY_FORMAT

    def parse(self, value: str):
        return times.parse_time(value)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, time):
            return value
        try:
            return self.parse(str(value))
        except ValueError as error:
            raise ValidationError(str(error), code="invalid") from None


class TimeOrRangeField(LocalizedTimeField):
    """A start time, or a whole range ("10-13") as an `offers.times.TimeRange`; the form
    puts the range's end into its end field."""

    def parse(self, value: str):
        result = times.parse_time_range(value)
        return result if result.end else result.start

    def has_changed(self, initial, data):
        try:
            value = self.to_python(data)
        except ValidationError:
            return True
        return value != (self.to_python(initial) if initial not in self.empty_values else None)


class CleanTextMixin:
    """A form whose typed texts pass offers.text before anything validates or saves them;
    textareas are multi-line, every other text input is a single line."""

    def clean(self):
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            field = self.fields.get(name)
            if field is None or not isinstance(value, str):
                continue
            multiline = isinstance(field.widget, forms.Textarea)
            cleaned[name] = text.clean(value, multiline=multiline)
            if field.required and value and not cleaned[name]:
                self.add_error(name, field.error_messages["required"])
        return cleaned
