"""The structure tree of tagged PDFs, read with PDFium: languages of German fallback text."""

import ctypes

import pypdfium2
import pypdfium2.raw as pdfium
import pytest

from tests.factories import make_district, make_offer

pytestmark = [pytest.mark.pdf]


def _utf16(function, handle, *args):
    size = function(handle, *args, None, 0)
    if size <= 2:
        return ""
    buffer = (ctypes.c_ushort * (size // 2))()
    function(handle, *args, buffer, size)
    return bytes(buffer).decode("utf-16-le").rstrip("\x00")


def page_texts_by_mcid(page):
    """The text drawn in each marked-content section of the page."""
    texts = {}
    textpage = page.get_textpage()
    for index in range(pdfium.FPDFPage_CountObjects(page.raw)):
        obj = pdfium.FPDFPage_GetObject(page.raw, index)
        mcid = pdfium.FPDFPageObj_GetMarkedContentID(obj)
        if mcid >= 0 and pdfium.FPDFPageObj_GetType(obj) == pdfium.FPDF_PAGEOBJ_TEXT:
            text = _utf16(pdfium.FPDFTextObj_GetText, obj, textpage.raw)
            texts[mcid] = texts.get(mcid, "") + text
    return texts


def elements(handle):
    """(type, language, marked-content ids below it) for every element under `handle`."""
    found = []

    def walk(element):
        kind = _utf16(pdfium.FPDF_StructElement_GetType, element)
        language = _utf16(pdfium.FPDF_StructElement_GetLang, element)
        ids = []
        for index in range(pdfium.FPDF_StructElement_GetMarkedContentIdCount(element)):
            ids.append(pdfium.FPDF_StructElement_GetMarkedContentIdAtIndex(element, index))
        below = []
        for index in range(pdfium.FPDF_StructElement_CountChildren(element)):
            child = pdfium.FPDF_StructElement_GetChildAtIndex(element, index)
            if child:
                below.extend(walk(child))
        found.append((kind, language, ids + below))
        return ids + below

    for index in range(pdfium.FPDF_StructTree_CountChildren(handle)):
        walk(pdfium.FPDF_StructTree_GetChildAtIndex(handle, index))
    return found


@pytest.mark.parametrize(("language", "product"), [("fa", "plan"), ("ar", "plan"), ("ru", "plan")])
def test_german_fallback_title_is_tagged_german(client, db, language, product):
    district = make_district()
    make_offer(district, title="Nähcafé am Montag")
    response = client.get(f"/{language}/{district.slug}/{product}.pdf")
    assert response.status_code == 200
    document = pypdfium2.PdfDocument(response.content)
    page = document[0]
    texts = page_texts_by_mcid(page)
    tree = pdfium.FPDF_StructTree_GetForPage(page.raw)
    try:
        found = elements(tree)
    finally:
        pdfium.FPDF_StructTree_Close(tree)
    german_spans = [
        "".join(texts.get(mcid, "") for mcid in ids)
        for kind, lang, ids in found
        if kind == "Span" and lang == "de"
    ]
    # a span broken over two lines is two elements, one per line
    assert "Nähcafé am Montag" in " ".join(german_spans).replace("  ", " "), german_spans
    # the page's own text carries no element language (the catalog's /Lang is the document's)
    assert all(lang in ("", "de") for _, lang, _ in found)
