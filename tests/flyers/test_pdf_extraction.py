"""Arabic and Persian words come out of the PDFs in logical order, read with poppler's pdftotext
(lam-alef ligatures were read swapped: «کالس» for «کلاس»)."""

import re
import shutil
import subprocess

import pytest

from tests.factories import make_district, make_offer

pytestmark = [pytest.mark.pdf]

TITLES = {
    "fa": "کلاس آلمانی برای سالمندان و بازی با کودکان در طبقه بالا",
    "ar": "دروس اللغة الألمانية للأطفال والإرشاد الاجتماعي",
}
# The bidi controls pdftotext puts around each run of one direction: where a time (left to
# right) is followed by a title's first word on the same line, they are the only boundary.
_DIRECTION_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# the zero-width non-joiner it drops
_ZWNJ = "\u200c"


def pdftotext(pdf, folder):
    path = folder / "extract.pdf"
    path.write_bytes(pdf)
    command = [shutil.which("pdftotext") or "pdftotext", "-enc", "UTF-8", str(path), "-"]
    done = subprocess.run(command, capture_output=True, check=True)  # noqa: S603 — our own file
    return _DIRECTION_CONTROLS.sub(" ", done.stdout.decode().replace(_ZWNJ, ""))


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_words_with_lam_alef_extract_in_logical_order(client, db, tmp_path, language):
    district = make_district()
    make_offer(district, title="Deutschkurs", **{f"title_{language}": TITLES[language]})
    response = client.get(f"/{language}/{district.slug}/plan.pdf")
    words = set(pdftotext(response.content, tmp_path).split())
    expected = set(TITLES[language].split())
    with_lam_alef = {word for word in expected if re.search("ل[اأإآ]", word)}
    assert len(with_lam_alef) >= 2
    assert expected <= words, sorted(expected - words)
