"""A long unbroken word wraps in every layout: it neither leaves its column nor pushes a
one-page product onto two."""

from datetime import time

import pypdfium2
import pytest

from tests.factories import make_district, make_offer, make_place

pytestmark = [pytest.mark.django_db, pytest.mark.pdf]

WORD = "Donaudampfschifffahrtsgesellschaftskapitänsmützenherstellung"
COLUMNS = {"plan": 4, "flyer": 1, "sticker": 1}  # how many columns the page's text runs in


def widest_run(page, word):
    """The horizontal extent (points) of the widest occurrence of `word`, wrapped or not."""
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    widest, start = 0.0, text.find(word[:10])
    while start != -1:
        boxes, index = [], start
        while len(boxes) < len(word) and index < len(text):
            if text[index].isalpha():
                boxes.append(textpage.get_charbox(index))
            index += 1
        widest = max(widest, max(b[2] for b in boxes) - min(b[0] for b in boxes))
        start = text.find(word[:10], index)
    return widest


@pytest.mark.parametrize("language", ["de", "fa"])
@pytest.mark.parametrize("product", sorted(COLUMNS))
def test_sixty_letter_word_wraps_inside_its_column(client, product, language):
    assert len(WORD) == 60
    district = make_district(slug="welheim", code="w")
    place = make_place(district, name=WORD)
    for n in range(3):
        make_offer(
            district,
            place=place,
            slug=f"lang-{n}",
            title=WORD,
            summary=WORD,
            rules=[{"weekdays": list(range(7)), "start_time": time(9 + n)}],
        )
    response = client.get(f"/{language}/welheim/{product}.pdf")
    document = pypdfium2.PdfDocument(response.content)
    assert len(document) == 1
    page = document[0]
    width = page.get_width()
    widest = widest_run(page, WORD)
    assert widest > 0 or product == "sticker"  # the sticker lists no offers
    assert widest < width / COLUMNS[product]
