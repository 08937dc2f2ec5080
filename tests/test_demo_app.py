"""The demo depends on the other apps and never the other way round."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APPS = ("offers", "boards", "flyers", "opendata", "network", "quartier")


def test_no_app_imports_the_demo():
    modules = [path for app in APPS for path in (ROOT / app).rglob("*.py")]
    importing = [
        str(path.relative_to(ROOT))
        for path in modules
        if re.search(r"^\s*(from|import) demo\b", path.read_text(), re.MULTILINE)
    ]
    assert modules
    assert importing == []
