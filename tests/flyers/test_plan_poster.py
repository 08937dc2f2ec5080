"""The weekly-plan poster uses its page: body text at least 9 pt on A4 and 12 pt on A3, the
place of every date shown, and still one page for the busiest week of the demo."""

import ctypes
import re
from datetime import timedelta

import pypdfium2
import pypdfium2.raw as pdfium
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone, translation

from boards.weeks import week_range
from offers import schedules, selectors
from offers.models import District

pytestmark = [pytest.mark.pdf]

LANGUAGES = [code for code, _ in settings.LANGUAGES]
MM = 72 / 25.4


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("seed_demo")
        yield
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture(scope="module")
def busiest_week(demo, django_db_blocker):
    """(district, ISO week, plan) with the most dates of any week the boards show."""
    today = timezone.localdate()
    first, last = week_range(today)
    best = None
    with django_db_blocker.unblock():
        for district in District.objects.all():
            monday = first
            while monday <= last:
                plan = selectors.week_plan(district, monday, today=today)
                if best is None or plan.occurrence_count > best[2].occurrence_count:
                    best = (district, schedules.format_iso_week(monday), plan)
                monday += timedelta(days=7)
    assert best[2].occurrence_count >= 50  # the demo's busiest weeks carry 54 dates
    return best


def glyphs(page):
    """[(char, size in pt, (left, bottom, right, top))] of a page, whitespace left out."""
    textpage = page.get_textpage()
    matrix = pdfium.FS_MATRIX()
    found = []
    for index in range(textpage.count_chars()):
        char = textpage.get_text_range(index, 1)
        if not char.strip() or char in "\u2066\u2067\u2068\u2069\u2060\u200c":
            continue
        # The size as printed: the font size times the scale of the character's matrix
        # (WeasyPrint draws in CSS pixels, scaled to points).
        pdfium.FPDFText_GetMatrix(textpage.raw, index, ctypes.byref(matrix))
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
        size = pdfium.FPDFText_GetFontSize(textpage.raw, index) * scale
        found.append((char, size, textpage.get_charbox(index)))
    return found


def squeezed(text):
    """Text without spaces and hyphens (PDFium reports some hyphens as U+0002 or U+FFFE)."""
    return re.sub(r"[\s\x02\xad\ufffe-]+", "", text)


def poster(client, district, week, language, size):
    response = client.get(f"/{language}/{district.slug}/plan.pdf?week={week}&size={size}")
    assert response.status_code == 200
    return pypdfium2.PdfDocument(response.content)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("size", "smallest"), [("a4", 9), ("a3", 12)])
def test_busiest_week_on_one_page_at_a_readable_size(
    client, db, busiest_week, language, size, smallest
):
    district, week, plan = busiest_week
    document = poster(client, district, week, language, size)
    assert len(document) == 1
    page = document[0]
    width, height = page.get_size()
    found = glyphs(page)
    assert len(found) > 1000
    # no text smaller than the smallest size, none outside the paper's printable area
    assert min(size for _, size, _ in found) >= smallest - 0.01
    margin = 4 * MM
    for char, _, (left, bottom, right, top) in found:
        assert margin < left and right < width - margin, char
        assert margin < bottom and top < height - margin, char
    # the place of every date that takes place is on the page (place names are German in every
    # language; word by word, as a name wrapped in right-to-left text comes out in pieces)
    text = squeezed(page.get_textpage().get_text_range())
    places = {
        entry.offer.place.name
        for day in plan.days
        for entry in day.entries
        if entry.offer.place and not entry.occurrence.is_cancelled
    }
    assert len(places) > 3
    for name in places:
        for word in name.split():
            assert squeezed(word) in text, name


@pytest.mark.parametrize("language", ["de", "ru"])
def test_busiest_week_shows_every_title(client, db, busiest_week, language):
    district, week, plan = busiest_week
    page = poster(client, district, week, language, "a4")[0]
    text = squeezed(page.get_textpage().get_text_range())
    with translation.override(language):
        for day in plan.days:
            for entry in day.entries:
                title = entry.offer.title  # modeltranslation: the reader's language or German
                assert squeezed(title) in text, title
