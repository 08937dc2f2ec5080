"""One base for every print product: language, fonts, the locked-down fetcher, QR, cache."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import ClassVar

from django.template.loader import render_to_string
from django.utils import timezone, translation

from flyers import qr, shortlinks
from flyers.renderers.lam_alef import swap_lam_alef
from offers.services import content_version
from quartier.renders import cached_render
from quartier.versioned import versioned_key

CACHE_SECONDS = 60 * 60 * 24 * 7
PDF_OPTIONS = {"pdf_variant": "pdf/ua-1", "uncompressed_pdf": False}

# PDFs this process has rendered, per product: what single-flight rendering and the
# rate limits are meant to keep down, and what their tests count.
RENDER_COUNTS: Counter = Counter()
_render_counts_lock = threading.Lock()


class InvalidOption(ValueError):
    """A query option the product does not know (answered with 400)."""


class UnknownWeek(InvalidOption):
    """A week the board does not show (answered with 404, as on the board)."""


@dataclass
class Rendered:
    pdf: bytes
    etag: str
    filename: str


@dataclass
class PrintProduct:
    """A print product for one district in one language.

    Subclasses set `name`, `medium`, `template`, `options` (allowed values per query
    parameter, the first being the default) and may add to `context()`.
    """

    district: object
    language: str
    requested: dict = field(default_factory=dict)
    today: object = None

    name: ClassVar[str] = ""
    medium: ClassVar[str] = ""
    template: ClassVar[str] = ""
    options: ClassVar[dict[str, tuple[str, ...]]] = {}

    def __post_init__(self):
        self.today = self.today or timezone.localdate()
        self.chosen = {}
        for option, allowed in self.options.items():
            value = self.requested.get(option) or allowed[0]
            if value not in allowed:
                raise InvalidOption(option)
            self.chosen[option] = value

    # --- hooks ----------------------------------------------------------------------------

    def context(self) -> dict:
        """What the template needs besides district, QR and short link."""
        return {}

    def cache_variant(self) -> str:
        """Anything else the PDF depends on (e.g. the week of a plan)."""
        return ""

    # --- shared -----------------------------------------------------------------------------

    @property
    def filename(self) -> str:
        extra = "".join(f"-{v}" for k, v in self.chosen.items() if v != self.options[k][0])
        return f"quartier-{self.district.slug}-{self.language}-{self.name}{extra}.pdf"

    def cache_key(self, version: int) -> str:
        options = ",".join(f"{k}={v}" for k, v in sorted(self.chosen.items()))
        parts = (self.name, self.district.pk, self.language, options, self.cache_variant())
        return "pdf:" + versioned_key(*parts, version=version, length=40)

    def etag(self, version: int) -> str:
        return self.cache_key(version).removeprefix("pdf:")

    def html(self) -> str:
        link = shortlinks.link_for(self.district, self.language, self.medium)
        url = shortlinks.absolute_url(link)
        with translation.override(self.language):
            context = {
                "district": self.district,
                "product": self,
                "short_url": url,
                "short_display": url.split("://", 1)[-1],
                "qr_src": qr.svg_data_uri(url),
                **self.context(),
            }
            return render_to_string(self.template, context)

    def layout(self):
        """The laid-out document: its pages are known, nothing is written yet."""
        from flyers.pdf import html_document  # WeasyPrint: only where a PDF is made

        return html_document(self.html()).render(**PDF_OPTIONS)

    def render(self) -> bytes:
        with _render_counts_lock:
            RENDER_COUNTS[self.name] += 1
        return self.layout().write_pdf(finisher=swap_lam_alef, **PDF_OPTIONS)

    def get(self, version: int | None = None, on_miss=None) -> Rendered:
        """The PDF from cache, rendered (once, however many wait for it) if the data changed
        since it was cached. `on_miss()` runs before a fresh render (e.g. a rate limit)."""
        version = content_version() if version is None else version
        pdf = cached_render(self.cache_key(version), self.render, CACHE_SECONDS, on_miss)
        return Rendered(pdf=pdf, etag=self.etag(version), filename=self.filename)
