"""The files of a sign-language video: checked by name *and* content, stored under new names.

A file's name says nothing about what it holds, and nginx serves uploads by their name's
type: so a video must be WebM or MP4 by its first bytes too, a poster must open in Pillow as
PNG or JPEG, and captions must be UTF-8 WebVTT. Stored names are random, so an upload can
neither guess nor overwrite another file's name, nor carry markup or path tricks in it.
"""

import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from PIL import Image, UnidentifiedImageError

# Extension → a test of the first bytes (WebM/Matroska: the EBML header; MP4: an 'ftyp' box).
VIDEO_SIGNATURES = {
    ".webm": lambda head: head[:4] == b"\x1a\x45\xdf\xa3",
    ".mp4": lambda head: head[4:8] == b"ftyp",
}
POSTER_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}
POSTER_MAX_BYTES = 5 * 1024 * 1024
CAPTIONS_MAX_BYTES = 1024 * 1024


def _suffix(file) -> str:
    return PurePath(file.name or "").suffix.lower()


def _new_upload(file) -> bool:
    """Only a file uploaded now is checked; a stored one passed these checks when it came."""
    return not getattr(file, "_committed", True)


def _head(file, size: int) -> bytes:
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head


def validate_video(file):
    if not _new_upload(file):
        return
    suffix = _suffix(file)
    if suffix not in VIDEO_SIGNATURES:
        raise ValidationError(
            "Bitte ein Video im Format WebM (.webm) oder MP4 (.mp4) hochladen.", code="extension"
        )
    max_mb = settings.QUARTIER["SIGN_VIDEO_MAX_MB"]
    if file.size > max_mb * 1024 * 1024:
        raise ValidationError(
            f"Das Video ist zu groß: höchstens {max_mb} MB. Bitte kleiner speichern "
            "(z. B. 720p, kürzer schneiden).",
            code="size",
        )
    if not VIDEO_SIGNATURES[suffix](_head(file, 12)):
        raise ValidationError(
            f"Diese Datei ist kein {suffix[1:].upper()}-Video, auch wenn ihr Name so endet. "
            "Bitte das Video als WebM oder MP4 exportieren und erneut hochladen.",
            code="content",
        )


def validate_poster(file):
    if not _new_upload(file):
        return
    expected = POSTER_FORMATS.get(_suffix(file))
    if expected is None:
        raise ValidationError(
            "Bitte ein Vorschaubild als PNG (.png) oder JPEG (.jpg) hochladen.", code="extension"
        )
    if file.size > POSTER_MAX_BYTES:
        raise ValidationError("Das Vorschaubild ist zu groß: höchstens 5 MB.", code="size")
    try:
        file.seek(0)
        with Image.open(file) as image:
            found = image.format
            image.verify()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError):
        found = None
    finally:
        file.seek(0)
    if found != expected:
        raise ValidationError(
            f"Diese Datei ist kein {expected}-Bild, auch wenn ihr Name so endet. "
            "Bitte ein Foto aus dem Video als PNG oder JPEG speichern.",
            code="content",
        )


def validate_captions(file):
    if not _new_upload(file):
        return
    if _suffix(file) != ".vtt":
        raise ValidationError(
            "Bitte die Untertitel als WebVTT-Datei (.vtt) hochladen.", code="extension"
        )
    if file.size > CAPTIONS_MAX_BYTES:
        raise ValidationError("Die Untertitel-Datei ist zu groß: höchstens 1 MB.", code="size")
    try:
        text = _head(file, CAPTIONS_MAX_BYTES).decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(
            "Die Untertitel sind nicht in UTF-8 gespeichert. Bitte im Editor als "
            "„UTF-8“ speichern und erneut hochladen.",
            code="encoding",
        ) from None
    text = text.removeprefix("\ufeff")  # a byte order mark is allowed before the signature
    if not (text.startswith("WEBVTT") and text[6:7] in ("", " ", "\t", "\n", "\r")):
        raise ValidationError(
            "Das ist keine WebVTT-Datei: die erste Zeile muss „WEBVTT“ sein.", code="signature"
        )
    if "-->" not in text:
        raise ValidationError(
            "Die Untertitel-Datei enthält keinen Untertitel (Zeilen wie "
            "„00:00.000 --> 00:04.000“ fehlen).",
            code="no_cues",  # not "empty": the form field would put its own message
        )


def _stored_name(folder: str, filename: str) -> str:
    suffix = PurePath(filename).suffix.lower()
    known = {*VIDEO_SIGNATURES, *POSTER_FORMATS, ".vtt"}
    return f"gebaerdensprache/{folder}/{uuid.uuid4().hex}{suffix if suffix in known else ''}"


def video_path(instance, filename):
    return _stored_name("videos", filename)


def poster_path(instance, filename):
    return _stored_name("bilder", filename)


def captions_path(instance, filename):
    return _stored_name("untertitel", filename)
