"""Lam-alef ligatures that text extraction reads in logical order.

Arabic and Persian set lam + alef (لا, لأ, لإ, لآ) as one glyph. WeasyPrint maps that glyph to
its characters in logical order, "لا", in the font's ToUnicode CMap. Extractors (poppler's
pdftotext, PDFium in Chrome, pdf.js in Firefox) collect a right-to-left line's glyphs from left
to right with each glyph's characters as mapped, then reverse the line character by character,
so the pair comes out swapped: «کالس» for «کلاس». /ActualText does not help (poppler reverses
it alike, measured with poppler 22.12). Mapping the ligature glyph to alef + lam, the order in
which the extractors expect a glyph's characters in a right-to-left run, gives «کلاس».
"""

import re

import pydyf

# <glyph> <lam alef>, as WeasyPrint writes one bfchar entry (UTF-16BE hex)
_LAM_ALEF = re.compile(rb"^(<[0-9a-f]+> <)(0644)(0622|0623|0625|0627)(>)$")


def swap_lam_alef(_document, pdf) -> None:
    """WeasyPrint finisher: in every ToUnicode CMap, lam-alef glyphs map to alef + lam."""
    for pdf_object in pdf.objects:
        if not isinstance(pdf_object, pydyf.Stream) or b"begincmap" not in pdf_object.stream:
            continue
        pdf_object.stream[:] = [
            _LAM_ALEF.sub(rb"\1\3\2\4", line) if isinstance(line, bytes) else line
            for line in pdf_object.stream
        ]
