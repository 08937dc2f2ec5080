"""Builds the bundled fonts: subset WOFF2 for the web (one file per script, loaded by
`unicode-range`, so a German reader never downloads the Arabic font) and TTF for print.

Sources (both OFL 1.1), not kept in the repository:
- Noto Sans Regular/Bold (Latin, Cyrillic): Debian package `fonts-noto-core`,
  /usr/share/fonts/truetype/noto/NotoSans-{Regular,Bold}.ttf
- Vazirmatn NL Regular/Bold (Arabic script, no Latin): npm package `vazirmatn`,
  misc/Non-Latin/fonts/ttf/Vazirmatn-NL-{Regular,Bold}.ttf

Usage: python scripts/build_fonts.py NOTO_DIR VAZIRMATN_TTF_DIR   (needs fonttools, brotli)
The outputs are committed; rerun only to change the subsets.
"""

import sys
from pathlib import Path

from fontTools import subset

OUT = Path(__file__).resolve().parent.parent / "static" / "fonts"

# The unicode-range of each web subset; fonts.css must use the same ranges.
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


def _subset(source, target, unicodes, flavor):
    options = subset.Options()
    options.flavor = flavor
    options.layout_features = ["*"]  # keep shaping: Arabic joining forms, ligatures, kerning
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False  # screens and printers render well without; halves the size
    options.drop_tables += ["DSIG"]
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    subset.save_font(font, str(target), options)


def main(noto_dir, vazirmatn_dir):
    sources = {"noto-sans": Path(noto_dir), "vazirmatn": Path(vazirmatn_dir)}
    (OUT / "print").mkdir(parents=True, exist_ok=True)
    for family, spec in FAMILIES.items():
        for weight, filename in spec["files"].items():
            source = sources[family] / filename
            all_codes = []
            for name in spec["subsets"]:
                codes = _unicodes(RANGES[name])
                all_codes += codes
                _subset(source, OUT / f"{family}-{name}-{weight}.woff2", codes, "woff2")
            # Print has no per-character font fallback as tidy as a browser's: the Arabic
            # font also brings its own spaces, so Persian words are not spaced by Noto Sans.
            print_codes = all_codes + [0x20, 0xA0] if family == "vazirmatn" else all_codes
            _subset(source, OUT / "print" / f"{family}-{weight}.ttf", print_codes, None)
    for path in sorted(OUT.rglob("*.*")):
        print(f"{path.relative_to(OUT)}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(*sys.argv[1:3])
