"""WeasyPrint's entry point for every PDF and image we make.

Importing WeasyPrint (Pango, HarfBuzz, its CSS engine) took about 650 of the 730 ms a
process needed to load the URLconf, paid by every gunicorn worker, `manage.py` command and test
run, although most requests never render a PDF. So nothing outside this module imports
WeasyPrint at module level; renderers import this module inside the function that renders
(`tests/flyers/test_lazy_weasyprint.py` keeps it so).
"""

from weasyprint import HTML

from flyers.fetcher import BundledAssetsFetcher
from flyers.renderers import lang_tags  # noqa: F401 — gives structure elements their /Lang


def html_document(html: str) -> HTML:
    """`html` as a WeasyPrint document that can load only the bundled assets."""
    fetcher = BundledAssetsFetcher()
    return HTML(string=html, base_url=fetcher.base_url, url_fetcher=fetcher)
