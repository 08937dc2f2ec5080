"""Rule kinds, occurrence statuses and weekday names are spelled once, in offers/enums.py
(docs/architecture.md, "One vocabulary"): code and templates use the names."""

import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
APPS = ["boards", "demo", "flyers", "network", "offers", "opendata", "quartier"]
HOME = ROOT / "offers" / "enums.py"
# The demo's data is plain Python without Django imports, on purpose.
DATA = ROOT / "demo" / "data.py"

WORDS = "weekly|monthly|single|scheduled|cancelled|moved_away|moved_here"
COMPARED = re.compile(rf"""(kind|status)\s*[!=]=\s*["']({WORDS})["']""")
WEEKDAY_LISTS = re.compile(r"""["'](Mo|Montag|MO)["'],\s*["'](Di|Dienstag|TU)["']""")


def _sources():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts and path not in (HOME, DATA):
                yield path
    yield from sorted((ROOT / "templates").rglob("*.html"))


def test_no_kind_or_status_compared_with_a_bare_word():
    found = [
        f"{path.relative_to(ROOT)}: {match[0]}"
        for path in _sources()
        for match in COMPARED.finditer(path.read_text())
    ]
    assert found == []


def test_weekday_names_listed_only_in_enums():
    found = [
        str(path.relative_to(ROOT)) for path in _sources() if WEEKDAY_LISTS.search(path.read_text())
    ]
    assert found == []
