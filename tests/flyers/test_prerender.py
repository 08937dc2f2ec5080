"""After a content change the current products are rendered in the background, so no
resident or office waits for a cold render (issue 16)."""

import threading
import time

import pytest
from django.utils import translation

from flyers import prerender
from flyers.renderers import RENDER_COUNTS
from quartier.renders import host_slot
from tests.factories import make_district, make_offer

pytestmark = [pytest.mark.django_db, pytest.mark.pdf]

LANGUAGES = [("de", "Deutsch"), ("fa", "فارسی")]
# Everything the print page links or shows, per language.
PATHS = [
    "flyer.pdf",
    "flyer.pdf?layout=shop",
    "sticker.pdf",
    "plan.pdf",
    "plan.pdf?size=a3",
    "flyer.png",
    "sticker.png",
    "plan.png",
    "preview.png",
]


@pytest.fixture
def district(settings):
    settings.LANGUAGES = LANGUAGES  # two languages keep the test short; the code takes all
    district = make_district(slug="welheim", code="wel")
    offer = make_offer(district, title="Hausaufgabenhilfe", title_fa="کمک در انجام تکالیف")
    return district, offer


@pytest.fixture
def no_fresh_renders(settings):
    """From here on, any request that would have to render answers 429."""

    def forbid():
        rates = {**settings.QUARTIER["RATES"], "render": "0/h"}
        settings.QUARTIER = {**settings.QUARTIER, "RATES": rates}

    return forbid


def renders():
    return sum(RENDER_COUNTS.values())


def download_all(client):
    answers = {}
    for language, _ in LANGUAGES:
        for path in PATHS:
            response = client.get(f"/{language}/welheim/{path}")
            answers[f"{language}/{path}"] = (response.status_code, response.get("ETag"))
    return answers


def test_without_prerendering_a_cold_product_needs_a_fresh_render(
    client, district, no_fresh_renders
):
    no_fresh_renders()
    assert client.get("/de/welheim/plan.pdf").status_code == 429  # the test can tell


@pytest.mark.django_db(transaction=True)  # the watcher closes stale connections, as it must
def test_every_product_is_ready_before_anyone_asks(client, district, no_fresh_renders):
    prerender.watch(passes=1)
    no_fresh_renders()
    before = renders()
    answers = download_all(client)
    assert {status for status, _ in answers.values()} == {200}
    assert renders() == before


def test_a_content_change_is_rendered_again_and_nothing_else(client, district, no_fresh_renders):
    _, offer = district
    assert prerender.prerender() == 2 * 5  # five PDFs per language
    assert prerender.prerender() == 0  # nothing changed: nothing rendered
    with translation.override("de"):
        offer.title = "Lernhilfe"
        offer.save()
    assert prerender.prerender() == 2 * 5
    no_fresh_renders()
    answers = download_all(client)
    assert {status for status, _ in answers.values()} == {200}


def test_residents_renders_go_first(district):
    """While a resident's render holds the host's slot, the prerender waits for it."""
    held = threading.Event()

    def resident():
        with host_slot():
            held.set()
            time.sleep(1)

    thread = threading.Thread(target=resident)
    thread.start()
    held.wait()
    started = time.monotonic()
    assert prerender.prerender() == 2 * 5
    thread.join()
    assert time.monotonic() - started >= 1
