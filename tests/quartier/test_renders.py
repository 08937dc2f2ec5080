"""Cold renders run once however many requests wait for them, with the real renderer."""

import fcntl
import threading

import pytest
from django.db import connections
from django.test import Client

from flyers.renderers import RENDER_COUNTS
from tests.factories import make_district, make_offer

pytestmark = [pytest.mark.pdf]

THREADS = 4


def _get_concurrently(path):
    """`path` requested by THREADS clients at the same moment; their (status, body)."""
    barrier = threading.Barrier(THREADS)
    results = []

    def fetch():
        try:
            barrier.wait()
            response = Client().get(path)
            results.append((response.status_code, response.content))
        finally:
            connections.close_all()  # this thread's own database connection

    threads = [threading.Thread(target=fetch) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.mark.django_db(transaction=True)  # the threads read the data through their own connections
@pytest.mark.parametrize("path", ["/de/welheim/plan.pdf", "/ru/welheim/plan.png"])
def test_cold_product_rendered_once_for_concurrent_requests(path):
    district = make_district(slug="welheim")
    make_offer(district, title="Schach")
    before = RENDER_COUNTS["plan"]

    results = _get_concurrently(path)

    assert [status for status, _ in results] == [200] * THREADS
    assert len({body for _, body in results}) == 1
    assert RENDER_COUNTS["plan"] - before == 1


@pytest.mark.django_db
def test_products_render_when_the_cache_server_is_away(client, settings):
    # Nothing listens on this port: every cache call fails, as when Redis restarts.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:8619/0",
        }
    }
    make_district(slug="welheim")
    before = RENDER_COUNTS["sticker"]
    for _ in range(2):
        assert client.get("/fa/welheim/sticker.pdf").status_code == 200
    assert client.get("/fa/welheim/sticker.png").status_code == 200
    # Uncached, every request renders; the limits let them through rather than refuse.
    assert RENDER_COUNTS["sticker"] - before == 3


@pytest.mark.django_db
def test_fresh_render_while_another_holds_the_host_slot_is_503_in_the_visitors_language(
    client, settings
):
    district = make_district(slug="welheim")
    make_offer(district, title="Schach")
    cached = client.get("/ru/welheim/sticker.pdf")
    assert cached.status_code == 200
    path = settings.QUARTIER["RENDER_SLOT_FILE"]
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as other_render:
        fcntl.flock(other_render, fcntl.LOCK_EX)
        busy = client.get("/ru/welheim/plan.pdf")
        again = client.get("/ru/welheim/sticker.pdf")  # from the cache: needs no slot
        fcntl.flock(other_render, fcntl.LOCK_UN)
    assert (busy.status_code, busy["Retry-After"]) == (503, "5")
    assert 'lang="ru"' in busy.content.decode()
    assert "Kurz nicht erreichbar" not in busy.content.decode()
    assert again.status_code == 200
    assert client.get("/ru/welheim/plan.pdf").status_code == 200
