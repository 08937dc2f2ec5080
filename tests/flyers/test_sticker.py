"""The sticker's short link in letters sits centred, well inside the trim (issue 11)."""

import re

import pypdfium2
import pytest
from django.conf import settings
from django.core.management import call_command

pytestmark = [pytest.mark.pdf]

MM = 72 / 25.4  # PDF points per millimetre


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The Bottrop demo, loaded once for this module and removed afterwards."""
    with django_db_blocker.unblock():
        call_command("seed_demo")
        yield
        call_command("flush", interactive=False, verbosity=0)


@pytest.mark.parametrize("language", [code for code, _ in settings.LANGUAGES])
def test_sticker_short_link_is_centred_well_inside_the_trim(client, demo, db, language):
    response = client.get(f"/{language}/welheim/sticker.pdf")
    page = pypdfium2.PdfDocument(response.content)[0]
    trim_left, trim_bottom, trim_right, trim_top = page.get_trimbox()
    media_left, _, media_right, _ = page.get_mediabox()
    assert round((trim_left - media_left) / MM, 1) == 3.0  # the bleed is not the trim
    textpage = page.get_textpage()
    link = re.search(r"\S+/q/[a-z]+-[a-z]+-s", textpage.get_text_range())
    assert link, "no short link in letters"
    boxes = [textpage.get_charbox(i) for i in range(link.start(), link.end())]
    left, right = min(box[0] for box in boxes), max(box[2] for box in boxes)
    assert left - trim_left >= 5 * MM, (left - trim_left) / MM
    assert trim_right - right >= 5 * MM, (trim_right - right) / MM
    middle = (trim_left + trim_right) / 2
    assert abs((left + right) / 2 - middle) <= 1 * MM, ((left + right) / 2 - middle) / MM
