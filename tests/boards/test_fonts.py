"""The web fonts are subsets (issue 16): every character we ship text with is in its font.

The corpus is what residents read: the catalogues (German msgids, ru/ar/fa msgstrs), the
templates' own text (not the admin's), the demo data and the legal texts. Each character must
fall in the `unicode-range` of a face in static/css/quartier.css, and every face that claims it
must have it in its cmap; otherwise the browser would show it in a system font, or not at all.
"""

import ast
import re
import unicodedata
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
CSS = ROOT / "static" / "css" / "quartier.css"
FONTS = ROOT / "static" / "fonts"
BODY_FAMILIES = ("Quartier Sans", "Quartier Arabic")
LOCALES = [code for code in settings.RESIDENT_LANGUAGES if code != "de"]
PYTHON_TEXTS = [
    "demo/data.py",
    "demo/loader.py",
    "demo/legal_texts.py",
    "offers/enums.py",
    *sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("demo/translations/*.py")),
    *sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("demo/legal_texts_*.py")),
]
# Format characters that steer shaping and direction; fonts need not map them.
INVISIBLE = {"\u200c", "\u200d", "\u200e", "\u200f", "\u2066", "\u2067", "\u2068", "\u2069"}


def _faces():
    faces = []
    for block in re.findall(r"@font-face\s*\{(.*?)\}", CSS.read_text(), re.S):
        family = re.search(r'font-family:\s*"([^"]+)"', block)[1]
        weight = int(re.search(r"font-weight:\s*(\d+)", block)[1])
        source = re.search(r'url\("\.\./fonts/([^"]+)"\)', block)[1]
        codes = set()
        for part in re.search(r"unicode-range:\s*([^;]+);", block)[1].split(","):
            start, _, end = part.strip().removeprefix("U+").partition("-")
            codes.update(range(int(start, 16), int(end or start, 16) + 1))
        cmap = set(TTFont(FONTS / source).getBestCmap())
        faces.append(
            {"family": family, "weight": weight, "file": source, "range": codes, "cmap": cmap}
        )
    return faces


FACES = _faces()


def _python_strings(path):
    tree = ast.parse((ROOT / path).read_text())
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def _catalogue(language):
    with open(ROOT / "locale" / language / "LC_MESSAGES" / "django.po", "rb") as po:
        catalogue = read_po(po)
    texts = []
    for message in catalogue:
        for value in (message.id, message.string):
            texts += [value] if isinstance(value, str) else list(value)
    return texts


def _corpus():
    templates = ROOT / "templates"
    # The admin's pages are set in the admin's own (system) fonts, not in ours.
    texts = {
        "templates": [
            p.read_text()
            for p in templates.rglob("*.html")
            if p.relative_to(templates).parts[0] != "admin"
        ]
    }
    texts["demo and legal texts"] = [s for path in PYTHON_TEXTS for s in _python_strings(path)]
    for language in LOCALES:
        texts[f"{language} catalogue"] = _catalogue(language)
    return {
        source: {c for text in values for c in text if _shown(c)}
        for source, values in texts.items()
    }


def _shown(character):
    return not character.isspace() and unicodedata.category(character) not in ("Cc", "Cf")


CORPUS = _corpus()


@pytest.mark.parametrize("source", sorted(CORPUS))
def test_every_character_falls_in_a_body_face(source):
    uncovered = {
        c
        for c in CORPUS[source]
        if not any(ord(c) in face["range"] for face in FACES if face["family"] in BODY_FAMILIES)
    }
    assert sorted(uncovered) == []


@pytest.mark.parametrize("source", sorted(CORPUS))
@pytest.mark.parametrize("face", FACES, ids=[face["file"] for face in FACES])
def test_a_face_has_every_character_its_range_claims_for_our_texts(face, source):
    claimed = {c for c in CORPUS[source] if ord(c) in face["range"]} - INVISIBLE
    assert sorted(c for c in claimed if ord(c) not in face["cmap"]) == []


def test_the_corpus_holds_each_script():
    # Guards the two tests above against an empty or German-only corpus.
    def letters(script):
        return {
            c
            for chars in CORPUS.values()
            for c in chars
            if unicodedata.name(c, "").startswith(script)
        }

    assert len(letters("CYRILLIC")) > 50
    assert len(letters("ARABIC")) > 40
    assert {"ä", "ö", "ü", "ß", "ی", "ک", "پ", "ё", "ї", "є", "ğ", "ş", "ı", "İ"} <= {
        c for chars in CORPUS.values() for c in chars
    }


def test_the_language_switch_names_are_in_the_switch_faces():
    switch = [face for face in FACES if face["family"] == "Quartier Switch"]
    for _, name in settings.LANGUAGES:
        for c in name:
            if unicodedata.name(c).startswith("LATIN"):
                continue  # from the bold Latin body face
            assert any(ord(c) in face["range"] and ord(c) in face["cmap"] for face in switch), c


def test_a_face_that_drops_a_letter_is_caught():
    # The check above reads the real cmap: a face without "ж" would fail it.
    cyrillic = next(face for face in FACES if face["file"] == "noto-sans-cyrillic-400.woff2")
    claimed = {c for c in CORPUS["ru catalogue"] if ord(c) in cyrillic["range"]}
    assert "ж" in claimed
    assert sorted(c for c in claimed if ord(c) not in cyrillic["cmap"] - {ord("ж")}) == ["ж"]
