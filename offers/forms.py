"""Form fields for the admin that forgive how people type."""

from django import forms

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
