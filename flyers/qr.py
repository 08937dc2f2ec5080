"""QR codes for print and screen (segno, as used by django-qr-code)."""

import io

import segno

# Error correction Q survives a quarter of the code being dirty, scratched or covered by a
# shop window's reflection; a quiet zone of four modules is what scanners expect.
ERROR = "q"
QUIET_ZONE = 4


def make(url: str):
    return segno.make(url, error=ERROR, boost_error=False)


def svg(url: str, scale: int = 10) -> bytes:
    out = io.BytesIO()
    make(url).save(out, kind="svg", scale=scale, border=QUIET_ZONE, xmldecl=False)
    return out.getvalue()


def png(url: str, scale: int = 12) -> bytes:
    out = io.BytesIO()
    make(url).save(out, kind="png", scale=scale, border=QUIET_ZONE)
    return out.getvalue()


def svg_data_uri(url: str) -> str:
    """For WeasyPrint: an `<img>` sized by CSS (inline <svg> ignores CSS sizes there)."""
    return make(url).svg_data_uri(scale=10, border=QUIET_ZONE)
