"""Builds the bundled fonts: subset WOFF2 for the web (one file per script, loaded by
`unicode-range`, so a German reader never downloads the Arabic font) and TTF for print.

Sources (both OFL 1.1), not kept in the repository:
- Noto Sans Regular/Bold (Latin, Cyrillic): Debian package `fonts-noto-core`,
  /usr/share/fonts/truetype/noto/NotoSans-{Regular,Bold}.ttf
- Vazirmatn NL Regular/Bold (Arabic script, no Latin): npm package `vazirmatn`,
  misc/Non-Latin/fonts/ttf/Vazirmatn-NL-{Regular,Bold}.ttf

Usage: python scripts/build_fonts.py NOTO_DIR VAZIRMATN_TTF_DIR   (needs fonttools, brotli)
       python scripts/build_fonts.py --web-only   (re-subsets the committed web files in place:
       a subset of a subset keeps the same glyph outlines; how the 2026-11-30 files were made)
The outputs are committed; rerun only to change the subsets. `tests/boards/test_fonts.py`
checks that every character of the catalogues, templates and demo data is in its font.
"""

import sys
from pathlib import Path

from fontTools import subset

OUT = Path(__file__).resolve().parent.parent / "static" / "fonts"

# What the web files hold (issue 16: a first visit of at most 60 KB, fonts were 90 % of it):
# the characters the four languages and German names need, not whole Unicode blocks.
# static/css/quartier.css declares the same ranges as `unicode-range`.
WEB_RANGES = {
    # ASCII and Latin-1; of Latin Extended-A the letters of Turkish, Polish, Czech and
    # Croatian names (ğ ş ı İ, ą ć ę ł ń ś ź ż, č š ž, œ); Romanian ș ț; spaces, dashes,
    # quotes, bullet, ellipsis, word joiner and isolates; €, ™, arrows, minus (not the
    # joiners and direction marks U+200C-200F: inside Persian words they come from Vazirmatn)
    "latin": (
        "U+0000-00FF,U+0104-0107,U+010C-010D,U+0118-0119,U+011E-011F,U+0130-0131,U+0141-0144,"
        "U+0152-0153,U+015A-015B,U+015E-0161,U+0179-017E,U+0218-021B,U+2000-200B,U+2010-2022,"
        "U+2026,U+2030,U+2032-2033,U+2039-203A,U+2044,U+205F-206F,U+20AC,U+2122,U+2190-2193,"
        "U+2212,U+FEFF,U+FFFD"
    ),
    # Russian, Ukrainian and Bulgarian letters, №
    "cyrillic": (
        "U+0401,U+0404,U+0406-0407,U+0410-044F,U+0451,U+0454,U+0456-0457,U+0490-0491,U+2116"
    ),
    # Arabic and Persian letters, marks and digits, ZWNJ and the direction marks and isolates
    "arabic": (
        "U+060C,U+061B,U+061F,U+0621-063A,U+0640-0655,U+0660-066D,U+0670,U+067E,U+0686,U+0698,"
        "U+06A9,U+06AF,U+06C0,U+06CC,U+06F0-06F9,U+200C-200F,U+2066-2069"
    ),
}
# Only the OpenType features a browser applies by default (shaping, ligatures, kerning,
# marks, local forms) and tabular figures (the times column); small caps, fractions,
# old-style figures and stylistic sets brought half of the Latin file's glyphs.
WEB_FEATURES = [
    *("ccmp", "locl", "mark", "mkmk", "kern", "liga", "clig", "calt", "rlig", "rclt"),
    *("init", "medi", "fina", "isol", "curs", "tnum"),
]
# Weights on the web: Arabic script in regular only, as its own family ("Quartier Arabic",
# after "Quartier Sans" in the font stack): a bold Arabic word finds no bold face in "Quartier
# Sans" and takes the regular one of "Quartier Arabic", which the browser emboldens (in one
# family, bold text would skip the regular face and fall to a system font). Every page shows
# the language switch, so every page loads the Arabic file: one weight instead of two.
WEB_WEIGHTS = {"latin": (400, 700), "cyrillic": (400, 700), "arabic": (400,)}

# The language switch on every page names each language in its own script, in bold: loading
# the whole Cyrillic and Arabic files for three words cost a German page 17 KB. These two
# files hold only the letters of those names (quartier/settings.py LANGUAGES), in bold, as
# the family "Quartier Switch"; the ranges in quartier.css are the names' characters.
SWITCH_NAMES = {"cyrillic": "Русский Українська", "arabic": "العربية فارسی"}
SWITCH_SOURCES = {"cyrillic": ("noto-sans", 700), "arabic": ("vazirmatn", 700)}


def switch_ranges(name):
    return ",".join(f"U+{code:04X}" for code in sorted({ord(c) for c in SWITCH_NAMES[name]} - {32}))


# The print files (static/fonts/print) keep the wider ranges and every feature.
RANGES = {
    "latin": "U+0000-017F,U+0218-021B,U+2000-206F,U+20AC,U+2122,U+2190-2193,U+2212,U+FEFF,U+FFFD",
    "cyrillic": "U+0400-052F,U+1C80-1C88,U+2116,U+A640-A69F",
    "arabic": "U+0600-06FF,U+0750-077F,U+0870-08FF,U+200C-200F,U+2066-2069,U+FB50-FDFF,U+FE70-FEFF",
}

FAMILIES = {
    "noto-sans": {
        "files": {400: "NotoSans-Regular.ttf", 700: "NotoSans-Bold.ttf"},
        "subsets": ["latin", "cyrillic"],
    },
    "vazirmatn": {
        "files": {400: "Vazirmatn-NL-Regular.ttf", 700: "Vazirmatn-NL-Bold.ttf"},
        "subsets": ["arabic"],
    },
}


def _unicodes(ranges):
    codes = []
    for part in ranges.split(","):
        part = part.removeprefix("U+")
        start, _, end = part.partition("-")
        codes.extend(range(int(start, 16), int(end or start, 16) + 1))
    return codes


def _subset(source, target, unicodes, flavor, features=("*",)):
    options = subset.Options()
    options.flavor = flavor
    options.layout_features = list(features)
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False  # screens and printers render well without; halves the size
    options.drop_tables += ["DSIG"]
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    subset.save_font(font, str(target), options)


def _web_subset(source, family, name, weight):
    target = OUT / f"{family}-{name}-{weight}.woff2"
    _subset(source, target, _unicodes(WEB_RANGES[name]), "woff2", WEB_FEATURES)


def _switch_subset(source, name, target=None):
    target = target or OUT / f"switch-{name}-700.woff2"
    _subset(source, target, _unicodes(switch_ranges(name)), "woff2", WEB_FEATURES)


# Where `--web-only` takes each switch face from: the bold Cyrillic web file holds every letter
# a Cyrillic language name may need (Ukrainian was added so); Arabic has no bold web file.
SWITCH_WEB_SOURCES = {
    "cyrillic": "noto-sans-cyrillic-700.woff2",
    "arabic": "switch-arabic-700.woff2",
}


def web_only():
    for name in SWITCH_NAMES:
        _switch_subset(OUT / SWITCH_WEB_SOURCES[name], name)
    for family, spec in FAMILIES.items():
        for name in spec["subsets"]:
            for weight in WEB_WEIGHTS[name]:
                path = OUT / f"{family}-{name}-{weight}.woff2"
                _web_subset(path, family, name, weight)


def main(noto_dir, vazirmatn_dir):
    sources = {"noto-sans": Path(noto_dir), "vazirmatn": Path(vazirmatn_dir)}
    (OUT / "print").mkdir(parents=True, exist_ok=True)
    for family, spec in FAMILIES.items():
        for weight, filename in spec["files"].items():
            source = sources[family] / filename
            all_codes = []
            for name in spec["subsets"]:
                all_codes += _unicodes(RANGES[name])
                if weight in WEB_WEIGHTS[name]:
                    _web_subset(source, family, name, weight)
                if SWITCH_SOURCES.get(name) == (family, weight):
                    _switch_subset(source, name)
            # Print has no per-character font fallback as tidy as a browser's: the Arabic
            # font also brings its own spaces, so Persian words are not spaced by Noto Sans.
            print_codes = all_codes + [0x20, 0xA0] if family == "vazirmatn" else all_codes
            _subset(source, OUT / "print" / f"{family}-{weight}.ttf", print_codes, None)
    for path in sorted(OUT.rglob("*.*")):
        print(f"{path.relative_to(OUT)}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    if sys.argv[1:] == ["--web-only"]:
        web_only()
    else:
        main(*sys.argv[1:3])
