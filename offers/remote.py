"""Fetching a URL someone typed into the admin, without letting it reach our own network.

`fetch(url)` is the only way the app reads other people's URLs (the calendar import):

- https only; plain http and internal addresses only for hosts in
  `QUARTIER["CALENDAR_HTTP_HOSTS"]` (hosts the operator runs, e.g. an intranet calendar);
- the host is resolved once, every address must be public (not private, loopback,
  link-local, multicast, reserved, unspecified, shared; IPv4-mapped IPv6 unwrapped), and the
  connection goes to exactly that address with the name as Host header and TLS server name,
  so a second DNS answer cannot point elsewhere (DNS rebinding);
- at most `MAX_REDIRECTS` redirects, each target checked the same way;
- one deadline for the whole fetch (`CALENDAR_TIMEOUT` seconds, connect and every read) and a
  size limit (`CALENDAR_MAX_BYTES`), compressed answers refused.

Every failure is a `FetchError` whose message is a German sentence for the admin.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from urllib.parse import urljoin, urlsplit

from django.conf import settings

MAX_REDIRECTS = 3
CHUNK = 64 * 1024


class FetchError(Exception):
    """Why a URL was not fetched, in German."""


def _setting(name, default):
    return settings.QUARTIER.get(name, default)


def _trusted_hosts() -> set[str]:
    return {host.strip().lower() for host in _setting("CALENDAR_HTTP_HOSTS", []) if host.strip()}


def is_public(address: str) -> bool:
    """Whether `address` (IPv4 or IPv6, without brackets) lies on the public internet."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


class _Deadline:
    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        remaining = self.end - time.monotonic()
        if remaining <= 0:
            raise FetchError(
                f"Zeitüberschreitung: Der Kalender kam nicht innerhalb von "
                f"{self.seconds:g} Sekunden vollständig an."
            )
        return remaining


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the checked address; the Host header keeps the name."""

    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self):
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """Connects to the checked address; certificate and SNI are checked against the name."""

    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self):
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _target(url: str):
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    trusted = host in _trusted_hosts()
    if scheme not in ("https", "http") or not host:
        raise FetchError("Nur https-Adressen sind erlaubt (oder webcal://).")
    if scheme == "http" and not trusted:
        raise FetchError(
            f"Nur https-Adressen sind erlaubt: „{host}“ ist nicht für http freigegeben."
        )
    if parts.username or parts.password:
        raise FetchError("Zugangsdaten in der Adresse werden nicht unterstützt.")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as error:
        raise FetchError("Die Adresse hat eine ungültige Portnummer.") from error
    return scheme, host, port, trusted, parts


def _resolve(host: str, port: int, trusted: bool, deadline: _Deadline) -> list[str]:
    deadline.left()
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"Die Adresse „{host}“ ist unbekannt (DNS).") from error
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise FetchError(f"Die Adresse „{host}“ ist unbekannt (DNS).")
    if not trusted and not all(is_public(address) for address in addresses):
        raise FetchError("Adresse zeigt auf ein internes Netz – nicht erlaubt.")
    return addresses


def _open(scheme, host, port, addresses, path, deadline: _Deadline):
    connection_class = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
    last_error: Exception | None = None
    for address in addresses:
        connection = connection_class(host, port, address, timeout=deadline.left())
        try:
            connection.request(
                "GET",
                path,
                headers={
                    "User-Agent": "Quartier-Kalenderimport/1.0",
                    "Accept": "text/calendar, */*;q=0.5",
                    "Accept-Encoding": "identity",
                },
            )
            sock = connection.sock  # the response keeps reading from it after getresponse()
            sock.settimeout(deadline.left())
            return connection, sock, connection.getresponse()
        except ssl.SSLError as error:
            connection.close()
            raise FetchError(
                f"Sichere Verbindung zu „{host}“ fehlgeschlagen (Zertifikat ungültig?)."
            ) from error
        except TimeoutError:
            connection.close()
            deadline.left()
            last_error = TimeoutError()
        except (OSError, http.client.HTTPException) as error:
            connection.close()
            last_error = error
    if isinstance(last_error, TimeoutError):
        raise FetchError(f"Zeitüberschreitung: „{host}“ antwortet nicht.")
    raise FetchError(f"Der Server „{host}“ ist nicht erreichbar.") from last_error


def _read(sock, response, deadline: _Deadline, max_bytes: int) -> bytes:
    length = response.getheader("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise FetchError(_too_big(max_bytes))
    if response.getheader("Content-Encoding", "identity").lower() not in ("identity", ""):
        raise FetchError("Der Server schickt den Kalender komprimiert – nicht unterstützt.")
    body = bytearray()
    while True:
        sock.settimeout(deadline.left())
        try:
            chunk = response.read1(CHUNK)
        except TimeoutError as error:
            deadline.left()
            raise FetchError("Zeitüberschreitung beim Lesen des Kalenders.") from error
        except (OSError, http.client.HTTPException) as error:
            raise FetchError("Die Verbindung brach beim Lesen des Kalenders ab.") from error
        if not chunk:
            return bytes(body)
        body += chunk
        if len(body) > max_bytes:
            raise FetchError(_too_big(max_bytes))


def _too_big(max_bytes: int) -> str:
    return f"Der Kalender ist größer als {max_bytes / 1_000_000:g} MB – nicht abgerufen."


def fetch(url: str) -> bytes:
    """The body of `url` (GET), following at most `MAX_REDIRECTS` redirects."""
    deadline = _Deadline(float(_setting("CALENDAR_TIMEOUT", 10)))
    max_bytes = int(_setting("CALENDAR_MAX_BYTES", 2_000_000))
    for _hop in range(MAX_REDIRECTS + 1):
        scheme, host, port, trusted, parts = _target(url)
        addresses = _resolve(host, port, trusted, deadline)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection, sock, response = _open(scheme, host, port, addresses, path, deadline)
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise FetchError("Weiterleitung ohne Ziel.")
                url = urljoin(url, location.strip())
                continue
            if response.status != 200:
                raise FetchError(f"Der Server antwortete mit Fehler {response.status}.")
            return _read(sock, response, deadline, max_bytes)
        finally:
            response.close()
            connection.close()
    raise FetchError(f"Zu viele Weiterleitungen (mehr als {MAX_REDIRECTS}).")
