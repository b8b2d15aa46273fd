"""Typed records passed between the stages: extractors -> normalise -> models.

Everything here is a frozen dataclass of plain values, so a record can be
compared, hashed, pickled across a worker process and dumped to JSON.

Conventions shared by every stage:
- Colours are ``"#rrggbb"`` lower-case hex strings (``None`` when absent).
- Geometry is in PDF points with pdfplumber's origin (top-left of the page):
  ``x0 < x1`` and ``top < bottom``.
- ``page`` is 1-based.  DOCX has no pages: there a table's ``page`` is None
  and ``TableRef.ordinal`` says which table it is.
- Cell text keeps the document's own line structure: paragraphs (DOCX) or
  visual lines (PDF) are separated by ``"\\n"``.  Joining wrapped lines is a
  normalisation decision, not the extractor's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

FileType = Literal["pdf", "docx", "xlsx", "doc", "odt", "rtf"]
# where a document's text came from: its own text layer, OCR of page images, or both
TextSource = Literal["text", "ocr", "mixed"]
BlockKind = Literal["heading", "paragraph", "list_item"]


@dataclass(frozen=True)
class BBox:
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class Span:
    """A run of text drawn in one font and colour (a glyph run)."""

    text: str
    font: str | None = None
    size: float | None = None
    colour: str | None = None
    bold: bool = False


@dataclass(frozen=True)
class Cell:
    """One cell of a table's physical grid, as the file draws it.

    A merged cell appears once, at its top-left grid position, with
    ``row_span``/``col_span`` > 1; the positions it covers have no Cell.
    """

    text: str
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    page: int | None = None
    bbox: BBox | None = None
    fill: str | None = None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class RawTable:
    """A table as found in the file: a grid of physical rows.

    ``order`` is the table's position in the document's reading order, shared
    with ``TextBlock.order``, so the text just before a table (a theme
    heading, a legend title) can be found.  A PDF table that continues over
    several pages is one RawTable whose cells carry their own pages.
    """

    index: int
    order: int
    n_rows: int
    n_cols: int
    cells: tuple[Cell, ...]
    page: int | None = None
    nested_in: int | None = None
    # leading rows the file itself marks as the header (DOCX w:tblHeader,
    # or what the PDF extractor could tell); 0 = unknown, infer it
    header_rows: int = 0

    def row(self, i: int) -> tuple[Cell, ...]:
        return tuple(c for c in self.cells if c.row == i)


@dataclass(frozen=True)
class TextBlock:
    """Non-table text in reading order: a heading, paragraph or list item."""

    text: str
    order: int
    kind: BlockKind = "paragraph"
    page: int | None = None
    bbox: BBox | None = None
    style: str | None = None
    level: int | None = None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class RawDocument:
    """What an extractor found in one file."""

    name: str
    file_type: FileType
    sha256: str
    page_count: int | None
    blocks: tuple[TextBlock, ...]
    tables: tuple[RawTable, ...]
    warnings: tuple[str, ...] = ()
    extractor_version: str = ""
    text_source: TextSource = "text"
    # pages read by OCR, each with Tesseract's mean word confidence (0..1)
    ocr_pages: tuple[tuple[int, float], ...] = ()


@dataclass(frozen=True)
class LogicalLine:
    """A plan line assembled from one or more physical rows of a table.

    ``values[i]`` is the text of grid column ``i`` for this line (spanning
    cells resolved, continuation rows appended with ``"\\n"``); ``cells[i]``
    lists the physical cells that contributed to it, for provenance, fills
    and glyphs.  ``banner`` is the text of the last banner row above the
    line in the same table.
    """

    table_index: int
    row_index: int
    page: int | None
    values: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]
    header: tuple[str, ...]
    banner: str | None = None
    physical_rows: int = 1


@dataclass(frozen=True)
class TimescaleRecord:
    """The parsed timescale fields an action carries (see SCHEMA.md)."""

    due_date: date | None = None
    due_date_earliest: date | None = None
    due_kind: str = "unknown"
    start_date: date | None = None
    review_date: date | None = None


@dataclass(frozen=True)
class DocumentRecord:
    """Document-level facts of one ingested file version (SCHEMA.md)."""

    document: str
    sha256: str
    file_type: FileType
    authority: str | None = None
    authority_code: str | None = None
    title: str | None = None
    report_date: date | None = None
    inspection_date: date | None = None
    page_count: int | None = None
    extractor_version: str = ""
    text_source: TextSource = "text"


@dataclass(frozen=True)
class ActionRecord:
    """One exported action (SCHEMA.md) plus its provenance."""

    ref: str | None = None
    theme: str | None = None
    area_for_improvement: str | None = None
    action: str | None = None
    outcome: str | None = None
    lead: str | None = None
    accountable_body: str | None = None
    evidence: str | None = None
    start_date: date | None = None
    due_date_text: str | None = None
    due_date: date | None = None
    due_date_earliest: date | None = None
    due_kind: str = "unknown"
    rag_text: str | None = None
    rag: str | None = None
    status: str = "unknown"
    progress: str | None = None
    review_date: date | None = None
    source_refs: tuple[str, ...] = ()
    page: int | None = None
    confidence: float = 1.0
    # provenance beyond the schema
    table_index: int | None = None
    row_index: int | None = None
    raw_cells: tuple[tuple[str, str], ...] = ()
    lead_people: tuple[str, ...] = ()
    lead_roles: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Rejection:
    """A line-level problem: a row that could not become an action."""

    table_index: int | None
    row_index: int | None
    page: int | None
    reason: str
    raw_text: str = ""


@dataclass(frozen=True)
class NormalisedDocument:
    """The output of normalisation for one file, ready to load."""

    document: DocumentRecord
    actions: tuple[ActionRecord, ...]
    rejections: tuple[Rejection, ...] = ()
    warnings: tuple[str, ...] = ()
