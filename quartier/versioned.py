"""The one rule for keys of cached output (pages, PDFs, images) and their ETags.

Output changes when the data changes (the content version goes up on every save) or the code
does (the fingerprint of templates, styles, fonts, catalogues). Every key carries both, so
invalidation needs no bookkeeping and works across app servers sharing one cache. The other
parts are what the caller has validated (path, language, day, chosen options): never a raw
query string.
"""

import hashlib

from offers.services import content_version
from quartier.fingerprint import code_fingerprint


def versioned_key(*parts, version: int | None = None, length: int = 32) -> str:
    """A hex digest of `parts`, the content version (now, unless given) and the code
    fingerprint: the same for the same output, different when anything in it may differ."""
    version = content_version() if version is None else version
    raw = "|".join(map(str, (*parts, f"v{version}", code_fingerprint())))
    return hashlib.sha256(raw.encode()).hexdigest()[:length]


def etag_matches(request, etag: str) -> bool:
    """Whether the browser's If-None-Match names `etag` (given without quotes), weak or not:
    a gzip-encoded answer carries the weak form of the same tag."""
    return request.headers.get("If-None-Match", "").strip('W/" ') == etag.strip('"')
