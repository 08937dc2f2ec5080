"""Cold renders run once however many requests wait for them, with the real renderer."""

import threading

import pytest
from django.db import connections
from django.test import Client

from flyers.renderers import RENDER_COUNTS
from tests.factories import make_district, make_offer

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
