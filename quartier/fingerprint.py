"""A hash of the code that shapes what we render (templates, styles, fonts, translations).

Cached pages and PDFs key on it besides the content version, so after an upgrade a shared
cache (Redis) never serves output of the old templates.
"""

import functools
import hashlib
from pathlib import Path

from django.conf import settings

# Markup is also written in Python (boards/plan_html.py, the template tags, bidi isolation);
# web fonts are in it because the stylesheet's hashed name in every page depends on theirs.
PATHS = [
    "templates",
    "static/css",
    "static/fonts",
    "locale",
    "boards/templatetags",
    "boards/plan_html.py",
    "boards/bidi.py",
    "opendata",  # the HSDS mapping, the OpenAPI document, the downloads
]


@functools.cache
def code_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in PATHS:
        top = Path(settings.BASE_DIR) / name
        for path in [top] if top.is_file() else sorted(top.rglob("*")):
            if path.is_file() and path.suffix not in (".mo", ".pyc"):
                digest.update(str(path.relative_to(settings.BASE_DIR)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
