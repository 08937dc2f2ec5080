"""`make bench`: the performance budgets of SPEC §9 that are measured so far.

Runs against its own SQLite database (var/bench.sqlite3) with the Bottrop demo, prints a
table and writes bench/results.json. Figures are wall-clock times on this machine.
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "quartier.settings")
os.environ.setdefault("QUARTIER_DEMO", "1")
os.environ.setdefault("QUARTIER_MANIFEST_STATIC", "0")
os.environ["DATABASE_URL"] = f"sqlite:///{ROOT / 'var' / 'bench.sqlite3'}"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from offers.models import District  # noqa: E402


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def bench_print(client):
    """Cold: all 48 products rendered with an empty cache; cached: the same 48 again."""
    districts = list(District.objects.values_list("slug", flat=True))
    urls = [
        f"/{language}/{slug}/{product}.pdf"
        for slug in districts
        for language, _ in settings.LANGUAGES
        for product in ("flyer", "sticker", "plan")
    ]
    cache.clear()
    cold_each = []
    for url in urls:
        seconds, response = timed(lambda url=url: client.get(url))
        assert response.status_code == 200, url
        cold_each.append(seconds)
    cached_each = []
    for url in urls:
        seconds, response = timed(lambda url=url: client.get(url))
        assert response.status_code == 200, url
        cached_each.append(seconds)
    board = [timed(lambda: client.get("/de/welheim/"))[0] for _ in range(20)]
    return {
        "products": len(urls),
        "cold_total_s": round(sum(cold_each), 2),
        "cold_median_ms": round(statistics.median(cold_each) * 1000, 1),
        "cold_max_ms": round(max(cold_each) * 1000, 1),
        "cached_total_s": round(sum(cached_each), 3),
        "cached_median_ms": round(statistics.median(cached_each) * 1000, 2),
        "board_page_median_ms": round(statistics.median(board) * 1000, 1),
    }


def main():
    (ROOT / "var").mkdir(exist_ok=True)
    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0)
    setup_test_environment()
    client = Client()
    results = {"print": bench_print(client)}

    rows = [
        ("print: products rendered", results["print"]["products"], "48 (4 districts × 4 × 3)"),
        ("print: cold, all products (s)", results["print"]["cold_total_s"], ""),
        (
            "print: cold, median per product (ms)",
            results["print"]["cold_median_ms"],
            "same order as a board page",
        ),
        ("print: cold, slowest product (ms)", results["print"]["cold_max_ms"], ""),
        (
            "print: cached, median per product (ms)",
            results["print"]["cached_median_ms"],
            "served from cache",
        ),
        ("board page, median (ms)", results["print"]["board_page_median_ms"], ""),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'value':>10}  budget")
    for name, value, budget in rows:
        print(f"{name.ljust(width)}  {value!s:>10}  {budget}")
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten: {ROOT / 'bench' / 'results.json'}")


if __name__ == "__main__":
    main()
