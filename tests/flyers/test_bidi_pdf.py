"""Numbers in Arabic and Persian PDFs, measured from the characters' positions (pypdfium2).

WeasyPrint reverses digits inside right-to-left text unless they are isolated (boards/bidi.py);
boards.bidi does that for the web pages and the PDFs alike. Here the office phone number of the
demo district must stand on one line with its digits in order from left to right, office hours
must start on the left, and the plan's footer must read, from the right: office name, the
locale's comma, street.
"""

import re

import pypdfium2
import pytest
from django.core.management import call_command

from offers.models import District

pytestmark = [pytest.mark.django_db, pytest.mark.pdf]

RTL = ["ar", "fa"]
TIME_RANGE = re.compile(r"\d\d:\d\d–\d\d:\d\d")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("seed_demo")
        yield
        call_command("flush", interactive=False, verbosity=0)


def characters(pdf):
    """[(char, left, bottom, right, top)] of the first page, whitespace left out."""
    page = pypdfium2.PdfDocument(pdf)[0]
    textpage = page.get_textpage()
    chars = []
    for index in range(textpage.count_chars()):
        char = textpage.get_text_range(index, 1)
        if char.strip() and char not in "\u2066\u2069\u2060":
            chars.append((char, *textpage.get_charbox(index)))
    return chars


def lines(chars):
    """Visual lines, each a string in left-to-right order of the glyphs, keyed by baseline."""
    rows = {}
    for char, left, bottom, _right, top in chars:
        middle = round((bottom + top) / 2)
        # Latin glyphs in a Vazirmatn line sit a few points off its Arabic glyphs' middle;
        # lines are at least 12 pt apart.
        row = next((key for key in rows if abs(key - middle) <= 4), middle)
        rows.setdefault(row, []).append((left, char))
    return {row: "".join(char for _, char in sorted(glyphs)) for row, glyphs in rows.items()}


def digits_only(text):
    return "".join(char for char in text if char.isdigit())


@pytest.fixture
def welheim(demo):
    district = District.objects.get(slug="welheim")
    assert district.office_phone
    return district


@pytest.mark.parametrize("language", RTL)
def test_flyer_office_phone_on_one_line_in_order(client, welheim, language):
    response = client.get(f"/{language}/welheim/flyer.pdf")
    phone = digits_only(welheim.office_phone)
    rows = lines(characters(response.content))
    found = [row for row, text in rows.items() if phone in digits_only(text)]
    # four flyers on the office sheet: the number on one line, in order, on each
    assert len(found) >= 1
    for row in found:
        assert phone in digits_only(rows[row])
    # never split: no line holds only a part of it
    head = phone[:5]
    for text in rows.values():
        if head in digits_only(text):
            assert phone in digits_only(text)


@pytest.mark.parametrize("language", RTL)
def test_flyer_office_hours_ranges_start_on_the_left(client, welheim, language):
    response = client.get(f"/{language}/welheim/flyer.pdf")
    text = "".join(lines(characters(response.content)).values())
    # the demo's hours: Monday and Wednesday 9–12, Thursday 14–17 (with or without minutes)
    assert "9:00–12:00" in text or "9–12" in text
    assert "12:00–9:00" not in text and "12–9" not in text
    assert "17:00–14:00" not in text and "17–14" not in text


@pytest.mark.parametrize("language", RTL)
def test_plan_office_reads_name_comma_street_from_the_right(client, welheim, language):
    response = client.get(f"/{language}/welheim/plan.pdf")
    rows = lines(characters(response.content))
    street = welheim.office_street.replace(" ", "")
    name = welheim.office_name.replace(" ", "")
    # left to right on the page: street, the Arabic comma, office name (reads right to left)
    assert any(f"{street}،{name}" in text for text in rows.values())
    assert not any(f"{name}،{street}" in text for text in rows.values())
    # the phone number on one line, in order
    assert any(digits_only(welheim.office_phone) in digits_only(text) for text in rows.values())


def segments(chars, gap=6):
    """Runs of glyphs on one visual line with no gap wider than `gap` points between them
    (a table cell's line): [(text, left, right, middle)]."""
    rows = {}
    for char, left, bottom, right, top in chars:
        middle = round((bottom + top) / 2)
        row = next((key for key in rows if abs(key - middle) <= 2), middle)
        rows.setdefault(row, []).append((left, right, char))
    found = []
    for glyphs in rows.values():
        glyphs.sort()
        current = [glyphs[0]]
        for glyph in glyphs[1:]:
            if glyph[0] - current[-1][1] > gap:
                found.append(current)
                current = []
            current.append(glyph)
        found.append(current)
    result = []
    for run in found:
        text = "".join(char for _, _, char in run)
        middle = next(row for row, glyphs in rows.items() if run[0] in glyphs)
        result.append((text, run[0][0], run[-1][1], middle))
    return result


@pytest.mark.parametrize("language", RTL)
def test_plan_times_on_the_start_side_of_their_titles(client, welheim, language):
    response = client.get(f"/{language}/welheim/plan.pdf")
    runs = segments(characters(response.content))  # a column's line, glyphs left to right
    first_lines = [run[0] for run in runs if TIME_RANGE.search(run[0])]
    assert len(first_lines) > 5
    for text in first_lines:
        [time_range] = TIME_RANGE.findall(text)
        # right to left: an entry's first line begins, on the right, with its time
        assert text.endswith(time_range), text
        assert time_range[:5] < time_range[6:], text  # start time on the left of the end time
