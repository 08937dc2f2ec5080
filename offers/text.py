"""Text hygiene for everything people type: admin forms, the feedback form, imports.

One routine per kind of field, so the rules live in one place:

- control characters go (a line break in a title broke the calendar feed); single-line fields
  turn line breaks and tabs into spaces, multi-line fields keep "\\n" and "\\t";
- bidi embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069) go: they can
  reorder printed text, e.g. make a phone number or price read differently. The marks U+200E
  and U+200F, and the joiners U+200C (ZWNJ, needed in Persian words) and U+200D, stay.
"""

import unicodedata

BIDI_CONTROLS = {chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]}
LINE_BREAKS = {"\n", "\r", "\t", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}


def _dropped(char: str) -> bool:
    return char in BIDI_CONTROLS or unicodedata.category(char) == "Cc"


def clean_line(value: str) -> str:
    """A single-line text: no control or bidi-override characters, breaks become spaces."""
    chars = (" " if c in LINE_BREAKS else c for c in value)
    return "".join(c for c in chars if not _dropped(c)).strip()


def clean_multiline(value: str) -> str:
    """A multi-line text: line breaks normalised to "\\n", tabs kept, other controls dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    value = value.replace("\u2029", "\n\n")
    return "".join(c for c in value if c in "\n\t" or not _dropped(c)).strip()


def clean(value, multiline: bool = False):
    """`value` cleaned if it is a text, unchanged otherwise."""
    if not isinstance(value, str):
        return value
    return clean_multiline(value) if multiline else clean_line(value)


# Persian (U+06F0…) and Arabic-Indic (U+0660…) digits, as phones with those keyboards type them,
# and the Arabic decimal and thousands separators seen in times like "۹٫۳۰".
DIGITS = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬",
    "01234567890123456789.,",
)


def to_latin_digits(value):
    """Dates, times and numbers typed with Persian or Arabic digits, in Latin digits."""
    return value.translate(DIGITS).strip() if isinstance(value, str) else value
