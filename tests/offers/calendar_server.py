"""A real HTTP server on 127.0.0.1 for the calendar import's tests, in a thread.

Paths: /files/<name> serves tests/offers/files/calendars/<name>; /redirect?to=<url> answers 302;
/chain/<n> redirects n times before serving google.ics; /big and /big-unsized send 3 MB (with
and without Content-Length); /slow drips one byte every 0.2 s; /mute sends nothing; /missing 404.
"""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FILES = Path(__file__).parent / "files" / "calendars"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    # Served bodies by path; tests may put their own calendar text here.
    overrides: dict = {}

    def log_message(self, *args):
        pass

    def _send(self, body: bytes, status=200, headers=(), length=True):
        self.send_response(status)
        self.send_header("Content-Type", "text/calendar; charset=utf-8")
        if length:
            self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 — http.server's name
        parts = urlsplit(self.path)
        path = parts.path
        if path in self.overrides:
            return self._send(self.overrides[path])
        if path.startswith("/files/"):
            return self._send((FILES / path.removeprefix("/files/")).read_bytes())
        if path == "/redirect":
            target = parse_qs(parts.query)["to"][0]
            return self._send(b"", 302, [("Location", target)])
        if path.startswith("/chain/"):
            left = int(path.removeprefix("/chain/"))
            target = f"/chain/{left - 1}" if left > 1 else "/files/google.ics"
            return self._send(b"", 302, [("Location", target)])
        if path == "/big":
            return self._send(b"X" * 3_000_000)
        if path == "/big-unsized":
            return self._send(b"X" * 3_000_000, length=False)
        if path == "/slow":
            self.send_response(200)
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"B")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
            return None
        if path == "/mute":
            time.sleep(5)
            return None
        return self._send(b"nicht gefunden", 404)


class CalendarServer:
    def __init__(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        Handler.overrides = {}
