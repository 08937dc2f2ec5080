"""Translation units as files for translators: XLIFF 2.0 and CSV out; XLIFF 2.0, XLIFF 1.2
(as OmegaT, Trados and memoQ write it) and CSV in.

Reading is deliberately strict about what may harm the server: a document type declaration
(the door to entity expansion, "billion laughs", and to external entities, XXE) is refused
before anything is expanded, and files are limited in size. Reading gives
(id, source, target) entries; what they mean is offers/translation_units.py's business.
"""

import csv
import io
from xml.etree import ElementTree
from xml.parsers import expat

from django.conf import settings

from offers.resources import defuse, undefuse

XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0"
XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
MAX_BYTES = 2 * 1024 * 1024
MAX_UNITS = 20000
# XLIFF is shallow (xliff/file/unit/segment/target/mrk…); thousands of nested elements are
# an attack on the recursion that reads inline markup.
MAX_DEPTH = 50

# Inline elements: the ones that wrap text (annotations, formatting) are taken as their text;
# placeholders stand for something our plain texts do not have, so such a unit is refused.
WRAPPING = {"mrk", "pc", "g", "sub"}
PLACEHOLDERS = {"ph", "x", "bx", "ex", "sc", "ec", "sm", "em", "cp", "bpt", "ept", "it"}


class FileError(ValueError):
    """The file cannot be read; the message is German and meant for the form."""


class PlaceholderError(ValueError):
    pass


# --- Writing ----------------------------------------------------------------------------------


def write_xliff(units, language: str) -> bytes:
    # Plain tag names under a default namespace declared on the root: the file reads
    # <xliff xmlns="…"><file><unit>, as translators' tools expect, without "ns0:" prefixes.
    root = ElementTree.Element(
        "xliff",
        {
            "xmlns": XLIFF2,
            "version": "2.0",
            "srcLang": settings.LANGUAGE_CODE,
            "trgLang": language,
        },
    )
    # Our texts are short; a unit split into sentences would come back harder to check.
    file = ElementTree.SubElement(root, "file", {"id": "quartier", "canResegment": "no"})
    for unit in units:
        element = ElementTree.SubElement(file, "unit", {"id": unit.id})
        segment = ElementTree.SubElement(element, "segment")
        ElementTree.SubElement(segment, "source").text = unit.source
        ElementTree.SubElement(segment, "target").text = unit.target
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def write_csv(units) -> bytes:
    """UTF-8 with BOM and ";", as German Excel writes and reads it; texts that a spreadsheet
    would run as a formula get a leading quote, as in the offer export (undone on import)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["id", "source", "target"])
    for unit in units:
        writer.writerow([unit.id, defuse(unit.source), defuse(unit.target)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# --- Reading ----------------------------------------------------------------------------------


def _refuse_declarations(*args):
    raise FileError(
        "Die Datei enthält eine DTD oder Entity-Deklaration und wird aus Sicherheitsgründen "
        "nicht gelesen."
    )


def parse_xml(data: bytes) -> ElementTree.Element:
    """An element tree of `data`, refusing DTDs and entities (no expansion, no network)."""
    builder = ElementTree.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")

    depth = 0

    def name(raw):
        return "{" + raw if "}" in raw else raw

    def start(tag, attrs):
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise FileError("Die Datei ist zu tief verschachtelt.")
        builder.start(name(tag), {name(key): value for key, value in attrs.items()})

    def end(tag):
        nonlocal depth
        depth -= 1
        builder.end(name(tag))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = _refuse_declarations
    parser.EntityDeclHandler = _refuse_declarations
    parser.ExternalEntityRefHandler = _refuse_declarations
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
        return builder.close()
    except expat.ExpatError as error:
        raise FileError(f"Die Datei ist kein gültiges XML ({error}).") from None
    except AssertionError:
        raise FileError("Die Datei ist kein gültiges XML.") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(element) -> str:
    """The text of `element` with wrapping inline elements reduced to their text."""
    parts = [element.text or ""]
    for child in element:
        local = _local(child.tag)
        if local in PLACEHOLDERS or local not in WRAPPING:
            raise PlaceholderError(local)
        parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _find(element, namespace, local):
    return element.find(f"{{{namespace}}}{local}")


def read_xliff(data: bytes) -> tuple[str, list[tuple[str, str, str | None]], list[tuple]]:
    """(target language, entries, refused (id, reason)) of an XLIFF 2.0 or 1.2 file."""
    root = parse_xml(data)
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    if _local(root.tag) != "xliff" or namespace not in (XLIFF2, XLIFF12):
        raise FileError("Die Datei ist keine XLIFF-Datei (Version 2.0 oder 1.2).")
    entries, refused = [], []
    if namespace == XLIFF2:
        if (root.get("srcLang") or "").lower().split("-")[0] != settings.LANGUAGE_CODE:
            raise FileError("Die Ausgangssprache der Datei ist nicht Deutsch.")
        language = root.get("trgLang") or ""
        units = root.iter(f"{{{XLIFF2}}}unit")
    else:
        files = root.findall(f"{{{XLIFF12}}}file")
        if not files:
            raise FileError("Die XLIFF-Datei enthält keine <file>.")
        if any(
            (f.get("source-language") or "").lower().split("-")[0] != settings.LANGUAGE_CODE
            for f in files
        ):
            raise FileError("Die Ausgangssprache der Datei ist nicht Deutsch.")
        targets = {f.get("target-language") or "" for f in files}
        language = targets.pop() if len(targets) == 1 else ""
        units = root.iter(f"{{{XLIFF12}}}trans-unit")
    for count, unit in enumerate(units):
        if count >= MAX_UNITS:
            raise FileError(f"Die Datei enthält mehr als {MAX_UNITS} Einheiten.")
        unit_id = unit.get("id") or ""
        if namespace == XLIFF12:
            # OmegaT and memoQ keep the id; Trados puts ours in resname when it renumbers.
            unit_id = unit.get("resname") or unit_id
            parts = [unit]
        else:
            # A tool may split a unit into sentences: segments and the ignorable whitespace
            # between them, joined again in order (XLIFF 2.0, 4.2.2.3).
            parts = [child for child in unit if _local(child.tag) in ("segment", "ignorable")]
        try:
            source, target = _join(parts, namespace)
        except PlaceholderError as error:
            refused.append(
                (unit_id, f"enthält Platzhalter <{error}> – bitte als reinen Text übersetzen")
            )
            continue
        except FileError as error:
            refused.append((unit_id, str(error)))
            continue
        entries.append((unit_id, source, target))
    return _language_code(language), entries, refused


# Targets a tool marks as not translated yet; some tools fill them with a copy of the source.
UNTRANSLATED_STATES = {"initial", "new", "needs-translation"}


def _untranslated(part, target_element) -> bool:
    """XLIFF 2.0 keeps the state on the segment, 1.2 on the target."""
    states = {part.get("state"), None if target_element is None else target_element.get("state")}
    return bool(states & UNTRANSLATED_STATES)


def _join(parts, namespace) -> tuple[str, str | None]:
    """(source, target) of a unit's segments; target None if none is translated."""
    if not parts:
        raise FileError("ohne <segment>")
    sources, targets, translated, missing = [], [], False, False
    for part in parts:
        source_element = _find(part, namespace, "source")
        if source_element is None:
            raise FileError("ohne <source>")
        sources.append(_text(source_element))
        target_element = _find(part, namespace, "target")
        if _untranslated(part, target_element):
            target_element = None
        if target_element is not None:
            targets.append(_text(target_element))
            translated = translated or _local(part.tag) != "ignorable"
        elif _local(part.tag) == "ignorable":
            targets.append(sources[-1])
        else:
            missing = True
    if translated and missing:
        raise FileError("nur teilweise übersetzt (ein Segment ohne <target>)")
    return "".join(sources), "".join(targets) if translated else None


def _language_code(value: str) -> str:
    """ "fa-IR", "ru_RU", "UK" → "fa", "ru", "uk" (CAT tools add regions)."""
    return value.replace("_", "-").split("-")[0].lower()


def read_csv(data: bytes) -> list[tuple[str, str, str]]:
    # "CSV UTF-8" (with or without BOM), or Excel's "Unicode-Text" (UTF-16, tabs).
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        content = data.decode(encoding)
    except UnicodeDecodeError:
        raise FileError("Die CSV-Datei ist nicht in UTF-8 gespeichert („CSV UTF-8“).") from None
    first_line = content.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    try:
        rows = list(csv.reader(io.StringIO(content, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise FileError(f"Die CSV-Datei ist beschädigt ({error}).") from None
    if not rows or [cell.strip().lower() for cell in rows[0][:3]] != ["id", "source", "target"]:
        raise FileError("Die erste Zeile der CSV-Datei muss „id;source;target“ lauten.")
    if len(rows) > MAX_UNITS + 1:
        raise FileError(f"Die Datei enthält mehr als {MAX_UNITS} Einheiten.")
    entries = []
    for row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        row = [*row, "", ""][:3]
        entries.append((row[0].strip(), undefuse(row[1]), undefuse(row[2])))
    return entries


def read(data: bytes, name: str):
    """(language or "" for CSV, entries, refused) of an uploaded file, XLIFF or CSV."""
    if len(data) > MAX_BYTES:
        raise FileError(f"Die Datei ist größer als {MAX_BYTES // (1024 * 1024)} MB.")
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5]
    if start.startswith(b"<") or name.lower().endswith((".xlf", ".xliff", ".xml", ".sdlxliff")):
        return read_xliff(data)
    return "", read_csv(data), []
