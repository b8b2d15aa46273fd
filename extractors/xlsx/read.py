"""An Excel workbook -> RawDocument: each visible sheet's title rows and table.

Like the other extractors it records what the file shows (text as printed,
fills and font colours as RGB, merges as spans) and leaves what a green cell
means to the workbook's own key, read in normalise/.  ``page`` is the sheet's
ordinal among the visible sheets, as a reader counts the tabs.
"""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from pathlib import Path
from typing import Any

from lxml import etree

from extractors.bugs import guarded
from extractors.docx.extract import read_bytes
from extractors.settings import DEFAULT_SETTINGS, ExtractionSettings
from extractors.versions import XLSX_VERSION
from extractors.xlsx.colours import Palette
from extractors.xlsx.package import check_package, load_workbook
from extractors.xlsx.sheet import (
    body_cells,
    sheet_grid,
    stored_cells,
    text_extent,
    title_blocks,
    title_rows,
)
from models.errors import EmptyDocument, TooLarge
from models.records import RawDocument, RawTable, TextBlock

EXTRACTOR_VERSION = XLSX_VERSION
PARSE_FAILURES = (zipfile.BadZipFile, zlib.error, etree.LxmlError, KeyError, ValueError,
                  IndexError, TypeError, AttributeError, EOFError, OSError, UnicodeError,
                  RecursionError, SyntaxError)


def extract_xlsx(path: Path, settings: ExtractionSettings = DEFAULT_SETTINGS) -> RawDocument:
    """Read one workbook into a RawDocument; raise an InputError for a bad file."""
    name = path.name
    data = read_bytes(path, settings)
    return guarded(name, lambda: extract_bytes(name, data, settings), PARSE_FAILURES, "workbook")


def extract_bytes(name: str, data: bytes, settings: ExtractionSettings) -> RawDocument:
    notes = check_package(name, data, settings)
    workbook, reload_notes = load_workbook(data)
    notes.extend(reload_notes)
    palette = Palette(workbook.loaded_theme, getattr(workbook, "_colors", None))
    blocks: list[TextBlock] = []
    tables: list[RawTable] = []
    sheets = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    hidden = len(workbook.worksheets) - len(sheets)
    if hidden:
        notes.append(f"{hidden} hidden sheet(s) not read")
    for sheet_no, ws in enumerate(sheets, start=1):
        check_size(name, ws, settings)
        read_sheet(ws, sheet_no, palette, blocks, tables, notes)
    if not tables and not blocks:
        raise EmptyDocument(name, "no text on any visible sheet")
    return RawDocument(name=name, file_type="xlsx", sha256=hashlib.sha256(data).hexdigest(),
                       page_count=len(sheets), blocks=tuple(blocks), tables=tuple(tables),
                       warnings=tuple(notes), extractor_version=EXTRACTOR_VERSION)


def check_size(name: str, ws: Any, settings: ExtractionSettings) -> None:
    """Refuse a sheet whose stored cells, or the grid its text spans, pass the limit."""
    stored = stored_cells(ws)
    rows, cols = text_extent(stored)
    for count, what in ((len(stored), "stores"), (rows * cols, "spans a grid of")):
        if count > settings.max_sheet_cells:
            raise TooLarge(name, f"sheet {ws.title!r} {what} {count} cells "
                                 f"(limit {settings.max_sheet_cells})")


def read_sheet(ws: Any, sheet_no: int, palette: Palette, blocks: list[TextBlock],
               tables: list[RawTable], notes: list[str]) -> None:
    """The sheet's title rows become blocks, the rest one table, in reading order."""
    grid = sheet_grid(ws, sheet_no, palette, notes)
    if not grid.cells:
        return
    order = len(blocks) + len(tables)
    skip = title_rows(grid)
    titles = title_blocks(grid, skip, sheet_no, order)
    blocks.extend(titles)
    cells = body_cells(grid, skip)
    if not any(c.text.strip() for c in cells):
        return
    tables.append(RawTable(index=len(tables), order=order + len(titles), n_rows=grid.n_rows - skip,
                           n_cols=grid.n_cols, cells=cells, page=sheet_no))
