"""Open a .docx as the hostile zip it may be, and find its Word parts.

The order matters: what the bytes are (zip, OLE2, PDF, nothing) is decided
before anything is decompressed; the zip's size, member count and
compression ratio are checked from the central directory before any member
is read; and the main part is found the way Word finds it (package
relationships, then content types), not by its usual name.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from urllib.parse import unquote

from lxml import etree

from extractors.docx.xmlwalk import parse_xml
from extractors.settings import ExtractionSettings
from models.errors import CorruptDocument, EmptyDocument, EncryptedDocument, NotADocument, TooLarge

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# A compression ratio only matters once a member is big enough to hurt;
# small, repetitive XML parts legitimately compress far better than 200:1.
RATIO_FLOOR_BYTES = 1024 * 1024
CHUNK = 1024 * 1024

HEAD_MARKERS = (
    (b"%pdf", "it is a PDF"),
    (b"{\\rtf", "it is an RTF file"),
    (b"<html", "it is an HTML page"),
    (b"<!doctype html", "it is an HTML page"),
    (b"pkg:package", "it is a Word flat-XML (Flat OPC) file"),
    (b"w:worddocument", "it is a Word 2003 XML file"),
    (b"<?xml", "it is a plain XML file"),
)
CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
PR_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
OFFICE_DOCUMENT_RELS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)
STYLES_REL_SUFFIX = "/styles"
NUMBERING_REL_SUFFIX = "/numbering"
WORD_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": "",
    "application/vnd.ms-word.document.macroEnabled.main+xml": "macro-enabled (.docm)",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml":
        "template (.dotx)",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml":
        "macro-enabled template (.dotm)",
}
OTHER_MAIN_TYPES = {
    "spreadsheetml": "an Excel workbook",
    "presentationml": "a PowerPoint presentation",
}


@dataclass
class DocxPackage:
    """The Word parts we read, as bytes, plus what was odd about the package."""

    main_name: str
    main_xml: bytes
    styles_xml: bytes | None
    warnings: list[str] = field(default_factory=list)
    numbering_xml: bytes | None = None


def open_package(path_name: str, data: bytes, settings: ExtractionSettings) -> DocxPackage:
    sniff(path_name, data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise CorruptDocument(path_name, f"truncated or damaged zip: {exc}") from exc
    with archive:
        check_limits(path_name, archive, settings)
        warnings = check_members(path_name, archive)
        package = read_word_parts(path_name, archive)
    package.warnings[:0] = warnings
    return package


def sniff(path_name: str, data: bytes) -> None:
    """Say what the bytes are when they are not a zip."""
    if not data:
        raise EmptyDocument(path_name, "zero-length file")
    if data.startswith(OLE2_MAGIC):
        raise ole2_error(path_name, data)
    if data.startswith(ZIP_MAGICS):
        return
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    raise NotADocument(path_name, f"not a zip (OOXML) package: {describe_head(head)}")


def ole2_error(path_name: str, data: bytes) -> Exception:
    """An OLE2 compound file is either an encrypted .docx or a legacy binary file.

    An encrypted .docx is the only one with an EncryptedPackage stream, so
    that test comes first (a stale WordDocument entry can sit beside it).
    """
    if has_ole2_stream(data, "EncryptedPackage"):
        return EncryptedDocument(path_name, "password-protected Word file "
                                            "(OLE2 container holding an EncryptedPackage)")
    if has_ole2_stream(data, "WordDocument"):
        return NotADocument(path_name, "a Word 97-2003 binary (.doc) file, not a .docx; "
                                       "save it as .docx")
    return NotADocument(path_name, "an OLE2 compound file (legacy Office format), not a .docx")


def has_ole2_stream(data: bytes, name: str) -> bool:
    """Whether a CFB directory entry (128-byte aligned, UTF-16 name + length) names it."""
    needle = name.encode("utf-16-le")
    length_field = (len(needle) + 2).to_bytes(2, "little")  # bytes incl. the NUL
    start = data.find(needle)
    while start != -1:
        if start % 128 == 0 and data[start + 64:start + 66] == length_field:
            return True
        start = data.find(needle, start + 1)
    return False


def describe_head(head: bytes) -> str:
    lowered = head[:200].lower()
    for marker, what in HEAD_MARKERS:
        if marker in lowered:
            return what
    return "unknown content"


def check_limits(path_name: str, archive: zipfile.ZipFile, settings: ExtractionSettings) -> None:
    """Refuse decompression bombs from the central directory, before reading."""
    infos = archive.infolist()
    if len(infos) > settings.max_zip_members:
        raise TooLarge(path_name, f"{len(infos)} zip members (limit {settings.max_zip_members})")
    total = sum(info.file_size for info in infos)
    if total > settings.max_uncompressed_bytes:
        raise TooLarge(path_name, f"{total} bytes uncompressed "
                                  f"(limit {settings.max_uncompressed_bytes})")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR_BYTES and ratio > settings.max_compression_ratio:
            raise TooLarge(path_name, f"member {info.filename!r} expands {ratio:.0f}:1 "
                                      f"(limit {settings.max_compression_ratio:.0f}:1)")
        if info.flag_bits & 0x1:
            raise EncryptedDocument(path_name, f"zip member {info.filename!r} is encrypted")


def check_members(path_name: str, archive: zipfile.ZipFile) -> list[str]:
    """Decompress every member once to verify its CRC, keeping nothing.

    A damaged image does not stop us reading the text, so it is a warning;
    a damaged Word part raises CorruptDocument when it is read.
    """
    warnings = []
    for info in archive.infolist():
        try:
            with archive.open(info) as member:
                while member.read(CHUNK):
                    pass
        except zipfile.BadZipFile as exc:
            warnings.append(f"zip member {info.filename!r} is damaged ({exc})")
        except (NotImplementedError, EOFError, OSError, ValueError) as exc:
            warnings.append(f"zip member {info.filename!r} cannot be decompressed ({exc})")
    return warnings


def read_word_parts(path_name: str, archive: zipfile.ZipFile) -> DocxPackage:
    names = {name.lower(): name for name in archive.namelist()}
    content_types = load_content_types(path_name, archive, names)
    main_name, warnings = find_main_part(path_name, archive, names, content_types)
    main_xml = read_member(path_name, archive, names, main_name)
    styles_name = find_related_part(path_name, archive, names, main_name, STYLES_REL_SUFFIX)
    styles_xml = read_member(path_name, archive, names, styles_name) if styles_name else None
    numbering_name = find_related_part(path_name, archive, names, main_name, NUMBERING_REL_SUFFIX)
    numbering_xml = read_member(path_name, archive, names, numbering_name) if numbering_name else None
    return DocxPackage(main_name, main_xml, styles_xml, warnings, numbering_xml)


# libxml2's nesting limit without XML_PARSE_HUGE (xmlwalk keeps it: a guard against
# stack exhaustion in the parser and in every recursive walk after it)
XML_DEPTH_LIMIT = 256


def read_member(path_name: str, archive: zipfile.ZipFile, names: dict[str, str],
                part: str) -> bytes:
    """A part's bytes; OPC part names are case-insensitive."""
    actual = names.get(part.lower())
    if actual is None:
        raise CorruptDocument(path_name, f"the package names part {part!r} but has no such member")
    try:
        return archive.read(actual)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise CorruptDocument(path_name, f"part {actual!r} is damaged ({exc})") from exc


def parse_package_xml(path_name: str, archive: zipfile.ZipFile, names: dict[str, str],
                      part: str) -> etree._Element | None:
    if part.lower() not in names:
        return None
    data = read_member(path_name, archive, names, part)
    try:
        return parse_xml(data)
    except etree.XMLSyntaxError as exc:
        raise xml_error(path_name, f"part {part!r}", exc) from exc


def xml_error(path_name: str, part: str, exc: etree.XMLSyntaxError) -> CorruptDocument | TooLarge:
    """A part that would not parse: damaged, or well-formed but nested past the safe depth."""
    if "excessive depth" in str(exc).lower():
        return TooLarge(path_name, f"{part} nests elements deeper than {XML_DEPTH_LIMIT} levels")
    return CorruptDocument(path_name, f"{part} is not well-formed XML ({exc})")


def load_content_types(path_name: str, archive: zipfile.ZipFile,
                       names: dict[str, str]) -> dict[str, str]:
    """Map of part name (no leading slash, lower-case) or ``*.ext`` -> content type."""
    root = parse_package_xml(path_name, archive, names, "[Content_Types].xml")
    if root is None:
        return {}
    types = {}
    for el in root.iter(f"{CT_NS}Default"):
        types["*." + el.get("Extension", "").lower()] = el.get("ContentType", "")
    for el in root.iter(f"{CT_NS}Override"):
        types[el.get("PartName", "").lstrip("/").lower()] = el.get("ContentType", "")
    return types


def content_type_of(part: str, content_types: dict[str, str]) -> str | None:
    found = content_types.get(part.lower())
    if found is None:
        found = content_types.get("*." + part.rsplit(".", 1)[-1].lower())
    return found


def relationships(path_name: str, archive: zipfile.ZipFile, names: dict[str, str],
                  rels_part: str) -> list[tuple[str, str]]:
    """(type, target part) pairs of a .rels part; external targets left out."""
    root = parse_package_xml(path_name, archive, names, rels_part)
    if root is None:
        return []
    base = posixpath.dirname(posixpath.dirname(rels_part))
    found = []
    for el in root.iter(f"{PR_NS}Relationship"):
        if el.get("TargetMode") == "External" or not el.get("Target"):
            continue
        found.append((el.get("Type", ""), resolve_target(base, el.get("Target", ""))))
    return found


def resolve_target(base: str, target: str) -> str:
    target = unquote(target)
    joined = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
    return posixpath.normpath(joined).lstrip("/")


def find_main_part(path_name: str, archive: zipfile.ZipFile, names: dict[str, str],
                   content_types: dict[str, str]) -> tuple[str, list[str]]:
    """The main document part: via _rels/.rels, else content types, else the usual name."""
    candidates = [target for rel_type, target in relationships(path_name, archive, names,
                                                                "_rels/.rels")
                  if rel_type in OFFICE_DOCUMENT_RELS and target.lower() in names]
    candidates += [part for part, ctype in content_types.items()
                   if ctype in WORD_MAIN_TYPES and part.lower() in names]
    candidates.append("word/document.xml")
    main = next((c for c in candidates if c.lower() in names), None)
    if main is None:
        raise NotADocument(path_name, "zip package without a Word main document part "
                                      f"({describe_package(archive, names, content_types)})")
    return main, main_part_warnings(path_name, main, content_types)


def describe_package(archive: zipfile.ZipFile, names: dict[str, str],
                     content_types: dict[str, str]) -> str:
    if "mimetype" in names and archive.getinfo(names["mimetype"]).file_size < 200:
        mimetype = archive.read(names["mimetype"]).decode("ascii", "replace").strip()
        return f"it is an OpenDocument file ({mimetype})"
    for ctype in content_types.values():
        for marker, what in OTHER_MAIN_TYPES.items():
            if marker in ctype and ctype.endswith("main+xml"):
                return f"it looks like {what}"
    return "no officeDocument relationship and no word/document.xml"


def main_part_warnings(path_name: str, main: str, content_types: dict[str, str]) -> list[str]:
    ctype = content_type_of(main, content_types)
    if ctype is not None and any(m in ctype for m in OTHER_MAIN_TYPES):
        raise NotADocument(path_name, f"main part {main!r} has content type {ctype}, "
                                      "not a Word document")
    warnings = []
    if ctype in WORD_MAIN_TYPES and WORD_MAIN_TYPES[ctype]:
        warnings.append(f"read as a Word document although it is a {WORD_MAIN_TYPES[ctype]}; "
                        "macros are never run")
    elif ctype not in WORD_MAIN_TYPES:
        warnings.append(f"main part {main!r} has content type {ctype!r}; read as a Word document")
    if main.lower() != "word/document.xml":
        warnings.append(f"main document part is {main!r}")
    return warnings


def find_related_part(path_name: str, archive: zipfile.ZipFile, names: dict[str, str],
                      main: str, rel_suffix: str) -> str | None:
    """The part the main part relates to by a relationship type (styles, numbering)."""
    folder, base = posixpath.split(main)
    rels_part = posixpath.join(folder, "_rels", base + ".rels")
    for rel_type, target in relationships(path_name, archive, names, rels_part):
        if rel_type.endswith(rel_suffix) and target.lower() in names:
            return target
    return None
