"""The fetcher of other people's URLs against a real local server: every way to reach our own
network is refused with a German sentence, and limits hold."""

import time

import pytest

from offers import remote
from offers.remote import FetchError

INTERNAL = "Adresse zeigt auf ein internes Netz – nicht erlaubt."


def test_fetch_reads_an_allowed_local_host(calendar_server, local_calendars):
    body = remote.fetch(calendar_server.url("/files/google.ics"))
    assert body.startswith(b"BEGIN:VCALENDAR\r\n")


def test_loopback_over_https_is_refused_without_the_setting(calendar_server):
    with pytest.raises(FetchError) as error:
        remote.fetch(f"https://127.0.0.1:{calendar_server.port}/files/google.ics")
    assert str(error.value) == INTERNAL


def test_loopback_over_http_is_refused_without_the_setting(calendar_server):
    with pytest.raises(FetchError) as error:
        remote.fetch(calendar_server.url("/files/google.ics"))
    assert str(error.value) == (
        "Nur https-Adressen sind erlaubt: „127.0.0.1“ ist nicht für http freigegeben."
    )


def test_a_name_resolving_to_loopback_is_refused(calendar_server, local_calendars):
    # "localhost" resolves to 127.0.0.1 (and ::1); only the literal 127.0.0.1 is allowed.
    with pytest.raises(FetchError) as error:
        remote.fetch(f"https://localhost:{calendar_server.port}/files/google.ics")
    assert str(error.value) == INTERNAL


@pytest.mark.parametrize(
    "host",
    [
        "10.1.2.3",
        "172.16.0.1",
        "192.168.178.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",  # noqa: S104 — an address to refuse, not to bind
        "224.0.0.1",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "[fe80::1]",
        "[fd00::1]",
    ],
)
def test_internal_addresses_are_refused(host, local_calendars):
    with pytest.raises(FetchError) as error:
        remote.fetch(f"https://{host}/kalender.ics")
    assert str(error.value) == INTERNAL


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("https://169.254.169.254/latest/meta-data/", INTERNAL),
        ("https://10.0.0.5/intern.ics", INTERNAL),
        ("https://[::1]/intern.ics", INTERNAL),
        ("https://localhost/intern.ics", INTERNAL),
        (
            "http://10.0.0.5/intern.ics",
            "Nur https-Adressen sind erlaubt: „10.0.0.5“ ist nicht für http freigegeben.",
        ),
        ("file:///etc/passwd", "Nur https-Adressen sind erlaubt (oder webcal://)."),
    ],
)
def test_redirects_to_internal_addresses_are_refused(
    calendar_server, local_calendars, target, message
):
    with pytest.raises(FetchError) as error:
        remote.fetch(calendar_server.url(f"/redirect?to={target}"))
    assert str(error.value) == message


def test_three_redirects_are_followed(calendar_server, local_calendars):
    assert remote.fetch(calendar_server.url("/chain/3")).startswith(b"BEGIN:VCALENDAR")


def test_a_fourth_redirect_is_refused(calendar_server, local_calendars):
    with pytest.raises(FetchError) as error:
        remote.fetch(calendar_server.url("/chain/4"))
    assert str(error.value) == "Zu viele Weiterleitungen (mehr als 3)."


@pytest.mark.parametrize("path", ["/big", "/big-unsized"])
def test_oversize_calendars_are_refused(calendar_server, local_calendars, path):
    with pytest.raises(FetchError) as error:
        remote.fetch(calendar_server.url(path))
    assert str(error.value) == "Der Kalender ist größer als 2 MB – nicht abgerufen."


@pytest.mark.slow
@pytest.mark.parametrize("path", ["/slow", "/mute"])
def test_slow_servers_meet_one_deadline(calendar_server, local_calendars, path):
    # /slow sends a byte every 0.2 s (each read is quick, the whole is not); /mute nothing.
    started = time.monotonic()
    with pytest.raises(FetchError) as error:
        remote.fetch(calendar_server.url(path))
    elapsed = time.monotonic() - started
    assert str(error.value).startswith("Zeitüberschreitung")
    # Not before the 1.5 s deadline, and well before either server would end by itself
    # (/mute after 5 s, /slow after 20 s); wide on top, as a loaded CI machine is slow.
    assert 1.4 < elapsed < 4.5


def test_server_errors_are_named(calendar_server, local_calendars):
    with pytest.raises(FetchError) as error:
        remote.fetch(calendar_server.url("/missing"))
    assert str(error.value) == "Der Server antwortete mit Fehler 404."


def test_unknown_names_are_named(local_calendars):
    with pytest.raises(FetchError) as error:
        remote.fetch("https://kalender.invalid/feed.ics")
    assert str(error.value) == "Die Adresse „kalender.invalid“ ist unbekannt (DNS)."


def test_credentials_in_the_address_are_refused():
    with pytest.raises(FetchError) as error:
        remote.fetch("https://ich:geheim@kalender.example/feed.ics")
    assert str(error.value) == "Zugangsdaten in der Adresse werden nicht unterstützt."


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2a00:1450:4001:82a::200e", True),
        ("127.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("169.254.169.254", False),
        ("fe80::1%eth0", False),
        ("::", False),
        ("240.0.0.1", False),
    ],
)
def test_is_public(address, public):
    assert remote.is_public(address) is public


# --- https: a real TLS server with a certificate made for the test ----------------------------


@pytest.fixture
def tls_server(tmp_path):
    """An https server on 127.0.0.1 whose certificate names "localhost" and 127.0.0.1; it
    records the TLS server name (SNI) and Host header each request arrived with."""
    import ssl
    import subprocess
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(  # noqa: S603 — fixed arguments
        [  # noqa: S607
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    seen = {"sni": [], "host": []}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):  # noqa: N802
            seen["host"].append(self.headers["Host"])
            body = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda sock, name, ctx: seen["sni"].append(name)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield {"port": httpd.server_address[1], "cert": cert, "seen": seen}
    httpd.shutdown()
    httpd.server_close()


def trust(settings, *hosts):
    settings.QUARTIER = {**settings.QUARTIER, "CALENDAR_HTTP_HOSTS": list(hosts)}


def test_https_refuses_a_certificate_nobody_vouches_for(tls_server, settings):
    trust(settings, "127.0.0.1")
    with pytest.raises(FetchError) as error:
        remote.fetch(f"https://127.0.0.1:{tls_server['port']}/kalender.ics")
    assert str(error.value) == (
        "Sichere Verbindung zu „127.0.0.1“ fehlgeschlagen (Zertifikat ungültig?)."
    )


def test_https_connects_to_the_checked_address_with_the_name_for_tls_and_host(
    tls_server, settings, monkeypatch
):
    # The test's certificate is trusted like a public one; "localhost" is allowed as a host of
    # our own. The fetch goes to the address it checked and still names the host to the server.
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_server["cert"]))
    trust(settings, "localhost")
    body = remote.fetch(f"https://localhost:{tls_server['port']}/kalender.ics")
    assert body.startswith(b"BEGIN:VCALENDAR")
    assert tls_server["seen"]["sni"] == ["localhost"]
    assert tls_server["seen"]["host"] == [f"localhost:{tls_server['port']}"]
