"""The code fingerprint in cache keys changes with everything that shapes a page."""

import pytest

from quartier.fingerprint import PATHS, code_fingerprint


@pytest.fixture
def fresh_fingerprint():
    code_fingerprint.cache_clear()
    yield code_fingerprint
    code_fingerprint.cache_clear()


@pytest.mark.parametrize(
    "path",
    [
        "boards/plan_html.py",
        "boards/templatetags/quartier.py",
        "templates/boards/board.html",
        "static/fonts/noto-sans-latin-400.woff2",
        "opendata/hsds.py",  # the HSDS API's answers are cached like pages
    ],
)
def test_fingerprint_changes_with_markup_code_templates_and_fonts(
    path, tmp_path, settings, fresh_fingerprint
):
    settings.BASE_DIR = tmp_path
    for name in PATHS:  # every listed place exists, as in the project
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    target = tmp_path / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("before")
    before = fresh_fingerprint()
    fresh_fingerprint.cache_clear()
    target.write_text("after")
    assert fresh_fingerprint() != before
