"""Bidi once: user text and addresses inside right-to-left pages and PDFs.

Browsers order a phone number or a time range inside Arabic or Persian text by the Unicode
bidi algorithm, which already reads «02041 70-4410» as «4410-70 02041» and «9–12» as «12–9»;
WeasyPrint ignores `<bdi>`, `unicode-bidi` and `dir=auto` (measured: docs/printing.md). What
works in both is to wrap every left-to-right run — numbers, times, ranges, dates, phone
numbers, postcodes with their city, streets with their house number, German names in brackets
— in the isolate characters U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE.
Inside a run the spaces and dashes that hold numbers together become unbreakable, so that
«9–12» or a phone number never splits over two lines.

Left-to-right languages get their text back unchanged, only escaped.
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import get_language_bidi

LRI = "\u2066"
PDI = "\u2069"
NBSP = "\u00a0"
WORD_JOINER = "\u2060"

_LATIN = "0-9A-Za-z\u00c0-\u024f"  # digits, Latin letters incl. äöüß and other accents
_INNER = _LATIN + r" .,:;/\-\u2010-\u2015+@_&'\u2019"  # what may sit between them in a run

LTR_RUN = re.compile(
    # a bracketed run with only left-to-right content, brackets included: "(Jugendzentrum Welheim)"
    rf"\((?=[^()]*[{_LATIN}])[{_INNER}]*\)"
    # or a run from a digit or Latin letter (a phone number may start with +) to one; an age
    # limit may end with + ("60+")
    rf"|\+?[{_LATIN}](?:[{_INNER}]*[{_LATIN}])?(?:(?<=[0-9])\+)?"
)
# between digits: a dash with optional spaces ("9–12", "17:00 – 19:30", "70-4410")
_RANGE_DASH = re.compile(r"(?<=[0-9])( *)([-\u2010-\u2015])( *)(?=[0-9])")
# a space that binds a number to its neighbour ("02041 70", "46236 Bottrop", "Gungstraße 46",
# "12 Uhr"); spaces after a comma or semicolon stay breakable
_NUMBER_SPACE = re.compile(r"(?<=[0-9]) +(?=[^ ,;])|(?<=[^ ,;]) +(?=[0-9])")


def _unbreakable(run):
    run = _RANGE_DASH.sub(
        lambda m: (
            (NBSP if m.group(1) else "")
            + f"{WORD_JOINER}{m.group(2)}{WORD_JOINER}"
            + (NBSP if m.group(3) else "")
        ),
        run,
    )
    return _NUMBER_SPACE.sub(NBSP, run)


def _right_to_left_text(text, rtl):
    """What `isolate` and `isolate_whole` share: the markup to return as it is (empty, already
    safe, or escaped left-to-right text), or None with the plain text to isolate."""
    if text is None or text == "":
        return mark_safe(""), None  # noqa: S308 — constant
    if isinstance(text, SafeData):
        return text, None
    text = str(text)
    if not (get_language_bidi() if rtl is None else rtl):
        return escape(text), None
    return None, text


def isolate(text, rtl=None):
    """`text` escaped; in a right-to-left language (the active one unless `rtl` is given) every
    left-to-right run wrapped in U+2066 … U+2069 and kept on one line where it holds numbers.

    Text that is already markup (SafeData, e.g. a German fallback span) is returned as it is:
    it has been through here or `isolate_whole`.
    """
    done, text = _right_to_left_text(text, rtl)
    if done is not None:
        return done
    parts = []
    position = 0
    for match in LTR_RUN.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(f"{LRI}{escape(_unbreakable(match.group(0)))}{PDI}")
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 — every piece escaped above


def isolate_whole(text, rtl=None):
    """`text` (a German name, an address line) escaped and, in a right-to-left language, wrapped
    as one left-to-right unit whose number parts do not break."""
    done, text = _right_to_left_text(text, rtl)
    if done is not None:
        return done
    return mark_safe(f"{LRI}{escape(_unbreakable(text))}{PDI}")  # noqa: S308 — escaped
