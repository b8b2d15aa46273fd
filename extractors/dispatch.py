"""Choose the extractor for a file by its bytes, falling back on its name.

The first bytes decide the family (PDF, zip package, OLE2 compound file,
RTF); inside a zip the package's own parts decide between Word, Excel and
OpenDocument, so a workbook renamed ``.docx`` is still read as a workbook.
The suffix only breaks ties the bytes cannot (an OLE2 file is a legacy
``.doc`` or an encrypted OOXML package, which the extractors tell apart).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from extractors.docx.extract import extract_docx
from extractors.office import extract_converted
from extractors.pdf.extract import extract_pdf
from extractors.settings import DEFAULT_SETTINGS, ExtractionSettings

# the suffixes read, by family: extractors/suffixes.py holds the one list
from extractors.suffixes import (  # noqa: F401 (SUPPORTED_SUFFIXES: re-exported)
    CONVERTED_SUFFIXES,
    CONVERTED_TYPES,
    EXCEL_SUFFIXES,
    PDF_SUFFIXES,
    SUPPORTED_SUFFIXES,
    WORD_SUFFIXES,
)
from extractors.xlsx import extract_xlsx
from extractors.zipguard import has_ole2_stream
from models.errors import UnsupportedFileType
from models.records import FileType, RawDocument

OLE2_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def sniff(path: Path) -> str | None:
    """"pdf", "zip", "ole2" or "rtf" from the file's first bytes (None if unknown)."""
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK"):
        return "zip"
    if head.startswith(OLE2_MAGIC):
        return "ole2"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    return None


def zip_kind(path: Path) -> str | None:
    """"xlsx", "odt" or "docx" from a zip's member names (None if it cannot be listed:
    the DOCX extractor then says what is wrong with it)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = {n.lower() for n in archive.namelist()}
            if "mimetype" in names and ODT_MIMETYPE in archive.read("mimetype")[:100]:
                return "odt"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, KeyError):
        return None
    if "xl/workbook.xml" in names or any(n.endswith("/workbook.xml") for n in names):
        return "xlsx"
    return "docx"


def ole2_has(path: Path, stream: str, settings: ExtractionSettings) -> bool:
    if path.stat().st_size > settings.max_file_bytes:
        return False  # the DOCX extractor refuses it as too large
    return has_ole2_stream(path.read_bytes(), stream)


def is_word97(path: Path, settings: ExtractionSettings) -> bool:
    """An OLE2 file holding a Word 97-2003 document."""
    return ole2_has(path, "WordDocument", settings)


def is_encrypted_ooxml(path: Path, settings: ExtractionSettings) -> bool:
    """A password-protected .docx/.xlsx: an OLE2 wrapper around an EncryptedPackage (which
    may keep a stale WordDocument entry beside it); the OOXML extractors say so."""
    return ole2_has(path, "EncryptedPackage", settings)


def converted_type(path: Path, kind: str | None, settings: ExtractionSettings) -> FileType | None:
    """The legacy format ("doc", "odt", "rtf") a file is in, if it is one."""
    suffix = path.suffix.lower()
    if kind == "rtf":
        return "rtf"
    # a Word 97-2003 binary named .docx/.docm is left to the DOCX extractor, which says
    # what it is; one named .doc (or anything else) is converted
    if kind == "ole2" and suffix not in WORD_SUFFIXES | EXCEL_SUFFIXES \
            and (is_word97(path, settings) or suffix == ".doc") \
            and not is_encrypted_ooxml(path, settings):
        return "doc"
    if kind is None and suffix in CONVERTED_SUFFIXES:
        return CONVERTED_TYPES[suffix]  # LibreOffice says what it makes of the bytes
    return None


def extract(path: Path, settings: ExtractionSettings = DEFAULT_SETTINGS) -> RawDocument:
    """Extract a PDF, Word, Excel or legacy Word/OpenDocument file; raises an
    InputError subclass for bad input."""
    kind = sniff(path)
    suffix = path.suffix.lower()
    if kind == "pdf":
        return extract_pdf(path, settings)
    if kind == "zip":
        inner = zip_kind(path)
        if inner == "xlsx" or (inner is None and suffix in EXCEL_SUFFIXES):
            return extract_xlsx(path, settings)
        if inner == "odt":
            return extract_converted(path, "odt", settings)
        return extract_docx(path, settings)
    legacy = converted_type(path, kind, settings)
    if legacy is not None:
        return extract_converted(path, legacy, settings)
    if kind == "ole2" and suffix in EXCEL_SUFFIXES:
        return extract_xlsx(path, settings)  # an encrypted workbook: it says so
    if kind == "ole2" or suffix in WORD_SUFFIXES:
        return extract_docx(path, settings)
    if suffix in PDF_SUFFIXES:
        return extract_pdf(path, settings)
    if suffix in EXCEL_SUFFIXES:
        return extract_xlsx(path, settings)
    raise UnsupportedFileType(path.name, f"suffix {suffix or '(none)'}")
