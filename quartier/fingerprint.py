"""A hash of the code that shapes what we render (templates, styles, fonts, translations).

Cached pages and PDFs key on it besides the content version, so after an upgrade a shared
cache (Redis) never serves output of the old templates.
"""

import functools
import hashlib
from pathlib import Path

from django.conf import settings

FOLDERS = ["templates", "static/css", "static/fonts/print", "locale"]


@functools.cache
def code_fingerprint() -> str:
    digest = hashlib.sha256()
    for folder in FOLDERS:
        for path in sorted((Path(settings.BASE_DIR) / folder).rglob("*")):
            if path.is_file() and path.suffix != ".mo":
                digest.update(str(path.relative_to(settings.BASE_DIR)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
