"""Open an Excel workbook as the hostile zip it may be, then hand it to openpyxl.

The same guards as for DOCX run first (extractors/docx/package.py): what the
bytes are, then the zip's member count, sizes and compression ratios from its
central directory, then every member's CRC.  openpyxl is handed the bytes only
after that, and only if no XML part declares a DOCTYPE: Excel never writes
one, and a DOCTYPE is how entity-expansion attacks start.  Formulas are read
as their cached values, macros and external links are neither kept nor run.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from typing import Any

from extractors.docx.package import (
    OLE2_MAGIC,
    ZIP_MAGICS,
    check_limits,
    check_members,
    describe_head,
    has_ole2_stream,
)
from extractors.settings import ExtractionSettings
from models.errors import CorruptDocument, EmptyDocument, EncryptedDocument, NotADocument

XML_SUFFIXES = (".xml", ".rels", ".vml")
# a DOCTYPE must come before the root element: the prolog is enough to look at
PROLOG_BYTES = 4096


def sniff_workbook(name: str, data: bytes) -> None:
    if not data:
        raise EmptyDocument(name, "zero-length file")
    if data.startswith(OLE2_MAGIC):
        if has_ole2_stream(data, "EncryptedPackage"):
            raise EncryptedDocument(name, "password-protected Excel file "
                                          "(OLE2 container holding an EncryptedPackage)")
        raise NotADocument(name, "an Excel 97-2003 (.xls) or other OLE2 file, not an .xlsx; "
                                 "save it as .xlsx")
    if not data.startswith(ZIP_MAGICS):
        head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
        raise NotADocument(name, f"not a zip (OOXML) package: {describe_head(head)}")


def check_package(name: str, data: bytes, settings: ExtractionSettings) -> list[str]:
    """Refuse bombs, encrypted members and DOCTYPEs; return warnings for damaged members."""
    sniff_workbook(name, data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise CorruptDocument(name, f"truncated or damaged zip: {exc}") from exc
    with archive:
        check_limits(name, archive, settings)
        notes = check_members(name, archive)
        names = {n.lower() for n in archive.namelist()}
        if not any(n.endswith("workbook.xml") for n in names):
            raise NotADocument(name, "a zip package without an Excel workbook part")
        refuse_doctypes(name, archive)
    return notes


def refuse_doctypes(name: str, archive: zipfile.ZipFile) -> None:
    for info in archive.infolist():
        if not info.filename.lower().endswith(XML_SUFFIXES):
            continue
        try:
            with archive.open(info) as member:
                prolog = member.read(PROLOG_BYTES)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            continue  # already a warning from check_members
        if b"<!doctype" in prolog.lower() or b"<!entity" in prolog.lower():
            raise CorruptDocument(name, f"XML part {info.filename!r} declares a DOCTYPE "
                                        "(refused: entity expansion)")


def load_workbook(data: bytes) -> Any:
    """openpyxl's full (not read-only) reader: only it knows merged cells and hidden
    rows and columns.  The package checks above bound what it is given."""
    from openpyxl import load_workbook as openpyxl_load

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "unknown extension", "data validation": noise
        return openpyxl_load(io.BytesIO(data), read_only=False, data_only=True,
                             keep_vba=False, keep_links=False, rich_text=False)
