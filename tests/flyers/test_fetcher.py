"""WeasyPrint loads bundled assets only: no files elsewhere, no network (SSRF)."""

import http.server
import threading

import pypdfium2
import pytest
from django.conf import settings
from weasyprint import HTML

from flyers.fetcher import BundledAssetsFetcher, RefusedURL
from tests.factories import make_district, make_offer

pytestmark = [pytest.mark.pdf]


@pytest.fixture
def local_server():
    """A real HTTP server on loopback that counts every request it gets."""
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(b"body { background: red }")

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", hits
    server.shutdown()


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://127.0.0.1:1/secret",
        "https://example.org/x.png",
        "ftp://127.0.0.1/x",
        "file://localhost/etc/passwd",
        f"file://{settings.BASE_DIR}/static/../quartier/settings.py",
        f"file://{settings.BASE_DIR}/static/%2e%2e/manage.py",
    ],
)
def test_fetcher_refuses_everything_but_bundled_assets(url):
    with pytest.raises(RefusedURL):
        BundledAssetsFetcher().fetch(url)


def test_fetcher_serves_bundled_font_and_data_uri():
    fetcher = BundledAssetsFetcher()
    font = fetcher.fetch(fetcher.base_url + "fonts/print/noto-sans-400.ttf")
    assert font.read()[:4] == b"\x00\x01\x00\x00"
    data = fetcher.fetch("data:text/plain,hallo%20welt")
    assert data.read() == b"hallo welt"


def test_markup_that_slipped_through_cannot_read_files_or_call_hosts(local_server):
    base, hits = local_server
    fetcher = BundledAssetsFetcher()
    evil = (
        f'<link rel="stylesheet" href="{base}/evil.css">'
        f'<img src="file:///etc/passwd"><img src="{base}/pixel.png">'
        f'<p style="background: url({base}/bg.png)">x</p>'
    )
    pdf = HTML(string=evil, base_url=fetcher.base_url, url_fetcher=fetcher).write_pdf()
    assert hits == []
    assert sorted(fetcher.refused) == sorted(
        [f"{base}/evil.css", "file:///etc/passwd", f"{base}/pixel.png", f"{base}/bg.png"]
    )
    assert pdf.startswith(b"%PDF")


@pytest.mark.django_db
@pytest.mark.parametrize("product", ["flyer", "plan"])
def test_offer_texts_with_urls_do_not_reach_the_fetcher(client, local_server, product):
    base, hits = local_server
    district = make_district(slug="welheim")
    make_offer(
        district,
        title=f'<img src="{base}/t.png"> file:///etc/passwd',
        summary=f'<link rel=stylesheet href="{base}/s.css">',
        description='<img src="file:///etc/passwd">',
        online_url=f"{base}/online",
    )
    response = client.get(f"/de/welheim/{product}.pdf")
    assert response.status_code == 200
    assert hits == []
    text = pypdfium2.PdfDocument(response.content)[0].get_textpage().get_text_range()
    assert "root:" not in text
