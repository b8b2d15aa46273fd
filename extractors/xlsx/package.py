"""Open an Excel workbook as the hostile zip it may be, then hand it to openpyxl.

The same guards as for DOCX run first (extractors/zipguard.py): what the
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

from extractors.settings import ExtractionSettings
from extractors.zipguard import guarded_zip, has_ole2_stream
from models.errors import CorruptDocument, EncryptedDocument, NotADocument

XML_SUFFIXES = (".xml", ".rels", ".vml")
# a DOCTYPE must come before the root element: the prolog is enough to look at
PROLOG_BYTES = 4096


def ole2_error(name: str, data: bytes) -> Exception:
    """An OLE2 file handed to the Excel reader: an encrypted .xlsx or a legacy .xls."""
    if has_ole2_stream(data, "EncryptedPackage"):
        return EncryptedDocument(name, "password-protected Excel file "
                                       "(OLE2 container holding an EncryptedPackage)")
    return NotADocument(name, "an Excel 97-2003 (.xls) or other OLE2 file, not an .xlsx; "
                              "save it as .xlsx")


def check_package(name: str, data: bytes, settings: ExtractionSettings) -> list[str]:
    """Refuse bombs, encrypted members and DOCTYPEs; return warnings for damaged members."""
    with guarded_zip(name, data, settings, ole2_error) as (archive, notes):
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
