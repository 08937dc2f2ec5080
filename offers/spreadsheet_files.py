"""CSV files as spreadsheets really save them, for the offer import (django-import-export).

German Excel saves "CSV (Trennzeichen-getrennt)" with semicolons in Windows-1252; "CSV UTF-8"
with a byte order mark; LibreOffice and Numbers often UTF-8 with commas; "Unicode-Text" is
UTF-16 with tabs. All are read here; what cannot be read raises `UnreadableFile` with a German
message for the import form, never a server error.
"""

import codecs
import csv
import io

import tablib
from import_export.formats import base_formats

DELIMITERS = (";", ",", "\t")
ZIP_START = b"PK\x03\x04"


class UnreadableFile(ValueError):
    """A file the import cannot read; the message is German and shown in the form."""


def decode(data: bytes) -> str:
    """The file's text: UTF-16 by its byte order mark, UTF-8 (with or without mark), or else
    Windows-1252 (German Excel's "CSV (Trennzeichen-getrennt)")."""
    if data.startswith(ZIP_START):
        raise UnreadableFile(
            "Das ist eine Excel-Datei (XLSX), keine CSV-Datei: bitte als Format „xlsx“ wählen."
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(
        "Die Datei konnte nicht gelesen werden: Sie ist weder als UTF-8 noch als Windows-1252 "
        "gespeichert. Bitte in Excel „Speichern unter“ → „CSV (Trennzeichen-getrennt)“ oder "
        "„CSV UTF-8“ wählen."
    )


def delimiter_of(text: str) -> str:
    """The delimiter the header line uses most (Excel's semicolon, a comma, a tab)."""
    header = text.split("\n", 1)[0]
    counts = {delimiter: header.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def read_rows(text: str) -> tablib.Dataset:
    """Header and rows; column names trimmed and lower-cased, empty rows and empty cells past
    the last column (Excel writes ";;;" for formatted but empty cells) dropped."""
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(text)))
    except csv.Error as error:
        raise UnreadableFile(f"Die CSV-Datei ist beschädigt ({error}).") from None
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise UnreadableFile("Die Datei enthält keine Zeilen.")
    header = [name.strip().lower() for name in rows[0]]
    while header and not header[-1]:
        header.pop()
    dataset = tablib.Dataset(headers=header)
    for line, row in enumerate(rows[1:], start=2):
        extra = row[len(header) :]
        if any(cell.strip() for cell in extra):
            raise UnreadableFile(
                f"Zeile {line} hat mehr Spalten ({len(row)}) als die Kopfzeile ({len(header)}). "
                "Steht in einem Text ein Trennzeichen (; oder ,)? Dann den Text in "
                "Anführungszeichen setzen oder die Datei aus Excel neu speichern."
            )
        row = row[: len(header)]
        dataset.append(row + [""] * (len(header) - len(row)))
    if not dataset.height:
        raise UnreadableFile("Die Datei enthält keine Angebote, nur eine Zeile.")
    return dataset


class SpreadsheetCSV(base_formats.CSV):
    """CSV in any of the encodings and delimiters above; read as bytes and decoded here, so
    no encoding is guessed before the file is seen."""

    def is_binary(self):
        return True

    def get_read_mode(self):
        return "rb"

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, str):
            return read_rows(in_stream)
        return read_rows(decode(in_stream))


class ExcelCSV(base_formats.CSV):
    """An export German Excel opens with a double click: semicolons, UTF-8 with byte order mark
    (without it Excel reads UTF-8 as Windows-1252). The import reads it back."""

    def get_title(self):
        return "csv (Excel, Semikolon)"

    def export_data(self, dataset, **kwargs):
        return "\ufeff" + dataset.export("csv", delimiter=";", **kwargs)
