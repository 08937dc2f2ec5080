"""Form fields for the admin that forgive how people type."""

from django import forms

from offers import text

# Persian (U+06F0…) and Arabic-Indic (U+0660…) digits, as phones with those keyboards type them,
# and the Arabic comma/colon variants seen in times like "۱۵:۳۰".
DIGITS = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬",
    "01234567890123456789.,",
)


def to_latin_digits(value):
    return value.translate(DIGITS).strip() if isinstance(value, str) else value


class LocalizedDateField(forms.DateField):
    def to_python(self, value):
        return super().to_python(to_latin_digits(value))


class LocalizedTimeField(forms.TimeField):
    def to_python(self, value):
        return super().to_python(to_latin_digits(value))


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
