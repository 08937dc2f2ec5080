"""The site's stylesheet written into the board page itself.

On a slow prepaid link (400 kbit/s, 300 ms round trip) a linked stylesheet is a second round
trip before the first paint; the board is where most residents arrive (the QR codes open it),
so it carries its styles inline and paints as soon as its HTML is in. Other pages link the
same file, which the browser then caches. The Content-Security-Policy allows exactly this
text by its hash, so no other inline style can run.
"""

import base64
import functools
import hashlib
import re
from pathlib import Path

from django.contrib.staticfiles import finders
from django.templatetags.static import static

STYLESHEET = "css/quartier.css"

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_INDENT = re.compile(r"\n\s+")
# url("../fonts/x.woff2") is relative to the stylesheet's own address; in the page it must be
# the static file's address (hashed in production, like the linked stylesheet's).
_RELATIVE_URL = re.compile(r'url\("\.\./([^"]+)"\)')


def inline_stylesheet() -> str:
    """The stylesheet's text for a `<style>` element (comments and indentation removed)."""
    path = _source()
    return _stylesheet(path, path.stat().st_mtime_ns)


def style_hash() -> str:
    """The CSP source that allows `inline_stylesheet()` and nothing else (every response asks:
    a file's modification time, then a cached answer)."""
    path = _source()
    return _hash(path, path.stat().st_mtime_ns)


@functools.cache
def _source() -> Path:
    return Path(finders.find(STYLESHEET))


@functools.cache
def _stylesheet(path: Path, mtime_ns: int) -> str:  # the time keys a changed file anew
    text = _INDENT.sub("\n", _COMMENT.sub("", path.read_text(encoding="utf-8"))).strip()
    text = _RELATIVE_URL.sub(lambda match: f'url("{static(match.group(1))}")', text)
    if "</" in text:  # would end the <style> element early
        raise ValueError(f"{STYLESHEET} cannot be inlined: it contains '</'")
    return text


@functools.cache
def _hash(path: Path, mtime_ns: int) -> str:
    digest = hashlib.sha256(_stylesheet(path, mtime_ns).encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"
