"""Every current print product rendered ahead of residents, after each content change.

A cold PDF takes 0.4–1 s of CPU; the first resident or office to ask for it after a content
change would wait that long, and an office downloading all of them would queue behind the
render slot. `watch()` runs in its own process (`manage.py prerender_products --watch`, a
systemd service, docs/operations.md): it notices a new content version or a new day within
seconds and renders what the print page offers for the current week — every product in
every option, language and district, its preview image and the link preview — into the
cache the app servers share (Redis). Why a process of its own and not a thread after commit
or a task queue: docs/architecture.md, "Print products rendered ahead".
"""

import itertools
import logging
import time
from functools import partial

from django.conf import settings
from django.db import close_old_connections
from django.utils import timezone, translation

from flyers import previews, social
from flyers.renderers import PRODUCTS, RENDER_COUNTS
from offers.selectors import active_districts
from offers.services import content_version
from quartier.renders import RenderBusy

logger = logging.getLogger(__name__)
# How long to wait when a resident's render holds the host's render slot.
BUSY_PAUSE_SECONDS = 0.5


def products(district, language):
    """Every product of `district` in `language`, in every option the print page links."""
    for product_class in PRODUCTS.values():
        names = list(product_class.options)
        for values in itertools.product(*product_class.options.values()):
            yield product_class(district, language, requested=dict(zip(names, values, strict=True)))


def _is_default(product) -> bool:
    return all(value == product.options[name][0] for name, value in product.chosen.items())


def _patiently(render):
    """`render()`, retried while a resident's render holds the slot: residents go first."""
    while True:
        try:
            return render()
        except RenderBusy:
            time.sleep(BUSY_PAUSE_SECONDS)


def prerender() -> int:
    """Puts every current product into the cache; returns how many PDFs had to be rendered
    (0 when all were cached already)."""
    version = content_version()
    before = sum(RENDER_COUNTS.values())
    for district in active_districts():
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                for product in products(district, language):
                    _patiently(partial(product.get, version))
                    if _is_default(product):  # the print page previews these
                        _patiently(partial(previews.product_png, product, version))
                _patiently(partial(social.preview_png, district, language))
    return sum(RENDER_COUNTS.values()) - before


def watch(interval: float = 5.0, passes: int | None = None) -> None:
    """Prerenders whenever the content version or the day changes; checks every `interval`
    seconds (`passes`: stop after that many checks, for tests)."""
    done = None
    checks = itertools.count(1)
    while passes is None or next(checks) <= passes:
        close_old_connections()  # a long-lived process: never hold a dead connection
        state = (content_version(), timezone.localdate())
        if state != done:
            started = time.monotonic()
            rendered = prerender()
            logger.info(
                "prerendered %d PDFs for content version %d in %.1f s",
                rendered,
                state[0],
                time.monotonic() - started,
            )
            done = state
        if passes is None:
            time.sleep(interval)
