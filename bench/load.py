"""Load generation and page weight for `make bench`: loopback only, bounded in time."""

import http.client
import threading
import time
from urllib.parse import urlsplit

THREADS = 8


def get(url):
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    connection.request("GET", parts.path)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status


def _hammer(url, deadline, counts, errors):
    parts = urlsplit(url)
    assert parts.hostname in ("127.0.0.1", "localhost")  # never anything but this machine
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    done = 0
    while time.monotonic() < deadline:
        try:
            connection.request("GET", parts.path, headers={"Accept-Encoding": "gzip"})
            response = connection.getresponse()
            response.read()
            if response.status == 200:
                done += 1
            else:
                errors.append(response.status)
        except (OSError, http.client.HTTPException):
            connection.close()
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    counts.append(done)


def requests_per_second(url, seconds):
    counts, errors = [], []
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(target=_hammer, args=(url, deadline, counts, errors))
        for _ in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"rps": round(sum(counts) / seconds, 1), "errors": len(errors)}


def compare(urls, seconds):
    """Requests per second for each URL, one after another, same load generator."""
    for url in urls.values():  # warm up caches and connections
        requests_per_second(url, 1)
    return {name: requests_per_second(url, seconds) for name, url in urls.items()}


def page_weights(urls):
    """Bytes on the wire for a first visit in Chromium (empty cache), and other hosts asked."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM_FLAGS, chromium_path

    weights = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        for name, url in urls.items():
            context = browser.new_context(viewport={"width": 360, "height": 800})
            page = context.new_page()
            requests = []
            page.on("requestfinished", lambda request, seen=requests: seen.append(request))
            page.goto(url, wait_until="networkidle")
            host = urlsplit(url).netloc
            total = 0
            for request in requests:
                sizes = request.sizes()
                total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
            weights[name] = {
                "kb": round(total / 1024, 1),
                "requests": len(requests),
                "other_hosts": sorted({urlsplit(r.url).netloc for r in requests} - {host}),
            }
            context.close()
        browser.close()
    return weights
