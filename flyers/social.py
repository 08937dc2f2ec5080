"""Link preview images (Open Graph) per district and language: rendered like the print
products, with the bundled fonts and the locked-down fetcher, then rasterised to PNG."""

import io

import pypdfium2
from django.template.loader import render_to_string
from django.utils import timezone, translation

from offers import schedules, selectors
from quartier.renders import cached_render
from quartier.versioned import versioned_key

# 1200 × 630 px, the size messengers and social networks expect; the height is the page size
# in static/css/print/preview.css.
WIDTH = 1200


def preview_png(district, language, on_miss=None) -> bytes:
    """The image from cache, rendered once per day and content version; `on_miss()` runs
    before a fresh render (e.g. a rate limit)."""
    today = timezone.localdate()
    key = "og:" + versioned_key(district.pk, language, today)
    return cached_render(key, lambda: _render(district, language, today), 60 * 60 * 24, on_miss)


def _render(district, language, today):
    plan = selectors.week_plan(district, schedules.week_start(today), today=today)
    with translation.override(language):
        html = render_to_string(
            "flyers/pdf/preview.html",
            {"district": district, "highlights": plan.highlights(3), "city": selectors.get_city()},
        )
    from flyers.pdf import html_document  # WeasyPrint: only where a PDF is made

    pdf = html_document(html).write_pdf()
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=WIDTH / page.get_width()).to_pil()
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG", optimize=True)
    return out.getvalue()
