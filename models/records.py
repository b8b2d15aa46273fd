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

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

FileType = Literal["pdf", "docx", "xlsx", "doc", "odt", "rtf"]
# where a document's text came from: its own text layer, OCR of page images, or both
TextSource = Literal["text", "ocr", "mixed"]
BlockKind = Literal["heading", "paragraph", "list_item"]


# The records a PDF makes for every cell and glyph run (BBox, Span, Cell) use
# slots: a long plan holds tens of thousands of them until it is normalised,
# and a slotted record is about half the size of one with a __dict__.
@dataclass(frozen=True, slots=True)
class BBox:
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text drawn in one font and colour (a glyph run)."""

    text: str
    font: str | None = None
    size: float | None = None
    colour: str | None = None
    bold: bool = False


@dataclass(frozen=True, slots=True)
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
class BlockLayout:
    """Where a table built from blocks of labelled fields (extractors/blocks.py) keeps them.

    The extractor finds blocks by their structure alone (labels that recur, a
    title above each run of them, some label stated briefly); whether the labels
    read as a plan's fields is normalisation's to decide, and this says where to look.
    """

    # one column per label, header text the label as printed
    label_cols: tuple[int, ...]
    # labels (lower case) that recur in two or more blocks: the blocks' shared fields
    shared_labels: tuple[str, ...]
    # the column of the titles' text, None when no block has a title
    title_col: int | None = None
    # the words the titles open with ("Action" in "Action 3: …"), each once
    title_words: tuple[str, ...] = ()


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
    # columns whose text opens a line whatever the ref column holds, a row with none
    # continuing the line above: a table built from blocks (extractors/blocks.py)
    # names its number and title columns, so a block with no number is a line too
    line_cols: tuple[int, ...] = ()
    # set when the table was built from blocks of labelled fields, not found as a table
    blocks: BlockLayout | None = None

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
    # every table considered, read or not, with why (``actionplans explain``)
    tables: tuple[TableDecision, ...] = ()


# --- the ref policy and the decisions behind a table's reading -------------

# One ref-like token as plans print line numbers: "1.1", "14.", "P1.1",
# "2.1 (a)", "3b".  Kept here, beside the records, because line assembly
# (extractors) and normalisation both apply it and neither may import the other.
REF_TOKEN = r"[A-Z]?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?(?:\s*\(\s*[a-z]\s*\))?"


@dataclass(frozen=True)
class RefPolicy:
    """What counts as a plan's line number, in a cell of its own or opening a text.

    ``cell`` is the shape of a whole ref cell (a bare "1" is a ref there);
    ``leading`` the shape of a number opening a text, which must carry a dot
    or a bracketed letter ("10.1 Wildland …", "3. Review …", "2.1 (a) …") so
    that "2 social workers …" or "31 March" never lose their first word.
    ``vocab/refs.toml`` ([ref_policy]) may replace either pattern.
    """

    cell: str = rf"^(?:{REF_TOKEN})\.?$"
    leading: str = (r"^\s*((?:[A-Z]?\d{1,3}(?:\.\d{1,3}){1,3}[a-z]?|[A-Z]?\d{1,3}[a-z]?(?=[.)]))"
                    r"(?:\s*\(\s*[a-z]\s*\))?)[.)]?(?![\w.])\s*(?=\S)")

    def is_ref_cell(self, text: str) -> bool:
        return _compiled(self.cell).match(" ".join(text.split())) is not None

    def leading_ref(self, text: str | None) -> str | None:
        """The line number opening a text ("10.1 Wildland …" → "10.1"), or None."""
        match = _compiled(self.leading).match(text or "")
        return " ".join(match.group(1).split()) if match else None

    def starts_with_ref(self, text: str) -> bool:
        return self.leading_ref(text.strip() + " x") is not None

    def strip_leading(self, text: str) -> str:
        """The text without the number that opens it."""
        return _compiled(self.leading).sub("", text, count=1)


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    found = _PATTERNS.get(pattern)
    if found is None:
        found = _PATTERNS[pattern] = re.compile(pattern)
    return found


DEFAULT_REF_POLICY = RefPolicy()

RoleSource = Literal["header", "content", "header+content", "none"]


@dataclass(frozen=True)
class ColumnRole:
    """Why one column of a table was given a schema field (or kept raw).

    ``header_score`` and ``content_score`` are 0..1; ``shares`` holds the
    content evidence measured on the column's cells (share of cells that read
    as timescales, people, RAG ratings, refs, actions, dated narrative …).
    """

    column: int
    header: str
    field: str | None
    source: RoleSource
    score: float = 0.0
    header_score: float = 0.0
    header_match: str | None = None
    content_score: float = 0.0
    shares: tuple[tuple[str, float], ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class TableDecision:
    """Whether a table was read as an action table, and the evidence for it."""

    table_index: int
    page: int | None
    n_rows: int
    n_cols: int
    accepted: bool
    reason: str
    columns: tuple[ColumnRole, ...] = ()
    lines: int = 0
    kind: str = "table"
