"""Which of the project's modules import a package: for tests that keep apps apart."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def modules_importing(package, apps, *, migrations=True):
    """Paths (from the repository root) of the apps' modules that import `package`."""
    modules = [
        path
        for app in apps
        for path in (ROOT / app).rglob("*.py")
        if migrations or "migrations" not in path.parts
    ]
    assert modules, apps  # a wrong root would find nothing and pass
    pattern = rf"^\s*(from|import) {package}\b"
    return [
        str(path.relative_to(ROOT))
        for path in modules
        if re.search(pattern, path.read_text(), re.MULTILINE)
    ]
