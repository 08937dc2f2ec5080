"""What the print & share page lists, and the preview images it shows."""

import io

import pypdfium2
from django.conf import settings
from django.utils.translation import get_language

from flyers import shortlinks
from flyers.enums import Medium
from quartier.renders import cached_render

PREVIEW_SECONDS = 60 * 60 * 24


def first_page_png(pdf: bytes, width: int = 360) -> bytes:
    document = pypdfium2.PdfDocument(pdf)
    page = document[0]
    scale = width / page.get_width()
    image = page.render(scale=scale).to_pil()
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    document.close()
    return out.getvalue()


def product_png(product, version: int, on_miss=None) -> bytes:
    """The product's first page as PNG, from cache; rendered once, after `on_miss()`."""
    return cached_render(
        f"preview:{product.etag(version)}",
        lambda: first_page_png(product.get(version).pdf),
        PREVIEW_SECONDS,
        on_miss,
    )


def print_page_items(district):
    """Per product: its short link in the reader's language, and the PDF in every language."""
    language = get_language()
    items = []
    for medium in (Medium.FLYER, Medium.STICKER, Medium.PLAN):
        link = shortlinks.link_for(district, language, medium)
        items.append(
            {
                "name": medium.value,
                "label": medium.label,
                "short_url": shortlinks.absolute_url(link),
                "languages": [
                    {"code": code, "name": name, "url": f"/{code}/{district.slug}/{medium}.pdf"}
                    for code, name in settings.LANGUAGES
                ],
            }
        )
    return items
