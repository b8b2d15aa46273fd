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
import re
import warnings
import zipfile
from typing import Any

from extractors.settings import ExtractionSettings
from extractors.zipguard import guarded_zip, has_ole2_stream
from models.errors import CorruptDocument, EncryptedDocument, NotADocument

XML_SUFFIXES = (".xml", ".rels", ".vml")
LOAD_FAILURES = (IndexError, KeyError, ValueError, TypeError, AttributeError)
# one <conditionalFormatting> element, self-closed or with its rules (any prefix)
CONDITIONAL_RE = re.compile(rb"<(?:\w+:)?conditionalFormatting\b[^>]*?(?:/>|>.*?"
                            rb"</(?:\w+:)?conditionalFormatting>)", re.S)
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


def load_workbook(data: bytes) -> tuple[Any, list[str]]:
    """openpyxl's full (not read-only) reader: only it knows merged cells and hidden
    rows and columns.  The package checks above bound what it is given.  openpyxl
    refuses a whole workbook over one bad conditional format (a dxfId past the list
    of styles, an unknown rule type): then it is read again without them."""
    try:
        return open_workbook(data)
    except LOAD_FAILURES as error:
        stripped = without_conditional_formats(data)
        if stripped is None:
            raise
        try:
            workbook, notes = open_workbook(stripped)
        except LOAD_FAILURES:
            raise error from None
    return workbook, [*notes, "conditional formatting unreadable: the workbook was read without it"]


def open_workbook(data: bytes) -> tuple[Any, list[str]]:
    """The workbook, and a note when openpyxl dropped conditional format rules it could
    not read (it says so only as a Python warning)."""
    from openpyxl import load_workbook as openpyxl_load

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # "unknown extension", "data validation": noise
        workbook = openpyxl_load(io.BytesIO(data), read_only=False, data_only=True,
                                 keep_vba=False, keep_links=False, rich_text=False)
    dropped = sum("conditional formatting rule" in str(w.message) for w in caught)
    notes = [f"{dropped} conditional formatting rule(s) unreadable, left out"] if dropped else []
    return workbook, notes


def without_conditional_formats(data: bytes) -> bytes | None:
    """The package with every worksheet's conditional formats cut out (None if it has
    none).  Sizes were checked by check_package before this reads any member."""
    out = io.BytesIO()
    changed = False
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            part = src.read(info)
            if info.filename.lower().startswith("xl/worksheets/"):
                part, count = CONDITIONAL_RE.subn(b"", part)
                changed = changed or count > 0
            dst.writestr(info, part)
    return out.getvalue() if changed else None
