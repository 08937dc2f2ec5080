"""The only way WeasyPrint may load anything: bundled files under static/, and data: URIs.

Offer texts are escaped before they reach WeasyPrint, but should markup ever slip through,
this fetcher still refuses `file:///etc/passwd`, `http://127.0.0.1:…` and every other URL:
no network, no redirects, no files outside the bundled assets.
"""

import base64
import mimetypes
from pathlib import Path
from urllib.parse import unquote, unquote_to_bytes, urlsplit

from django.conf import settings
from weasyprint.urls import URLFetcher, URLFetcherResponse


class RefusedURL(ValueError):
    pass


class BundledAssetsFetcher(URLFetcher):
    def __init__(self, root: Path | None = None):
        super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False)
        self.root = (root or Path(settings.BASE_DIR) / "static").resolve()
        self.refused: list[str] = []

    @property
    def base_url(self) -> str:
        return self.root.as_uri() + "/"

    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        if parts.scheme == "data":
            return self._data(url)
        if parts.scheme == "file" and not parts.netloc:
            path = Path(unquote(parts.path)).resolve()
            if path.is_relative_to(self.root) and path.is_file():
                mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": mime})
        self.refused.append(url)
        raise RefusedURL(f"not a bundled asset: {url[:200]}")

    def _data(self, url):
        header, _, payload = url[len("data:") :].partition(",")
        mime = header.split(";")[0] or "text/plain"
        body = (
            base64.b64decode(payload) if header.endswith(";base64") else unquote_to_bytes(payload)
        )
        return URLFetcherResponse(url, body, {"Content-Type": mime})
