"""Label-value evidence: labelled paragraphs, titles, label/value table rows, scale marks.

A plan printed as one block per action states each field as a label and its
value: a paragraph ``Lead: Head of Service``, or a row of a small two-column
table (``Lead government actors | GSA``).  These functions read one item at a
time; ``extractors/blocks.py`` gathers them into blocks and the blocks into a
table.  Nothing here knows what a label means: that is normalisation's work.

A completion scale is a row of short scale words (``Not started | Limited |
Substantial | Completed``) with marks drawn under some of them (a tick, a
cross, the letters of the sub-items): the field's text is then the words that
carry a mark, in the scale's order (``Substantial``; ``Limited: c;
Substantial: a, b`` when the marks are letters naming parts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.lines_grid import Grid, build_grid
from models.records import BBox, Cell, RawTable, Span

LABEL_MAX_WORDS = 6
LABEL_MAX_CHARS = 48
SCALE_MIN_WORDS = 3
SCALE_WORD_MAX_WORDS = 3
MARK_MAX_CHARS = 12
# a label-value table: this share of its filled rows are label rows
LABEL_ROW_SHARE = 0.7
MIN_LABEL_ROWS = 3

LABEL_RE = re.compile(r"^(?P<label>[A-Z][^:\n]{0,47}?)\s*:\s*(?P<value>.*)$", re.S)
TITLE_RE = re.compile(
    r"^(?:(?P<word>[A-Za-z]{3,20})\s+)?(?P<num>\d{1,3}(?:\.\d{1,3}){0,2})\s*[.:)–-]?\s+(?P<title>\S.*)$",
    re.S)
# a label cell that is only a worded number ("Commitment 3", "Priority 2.1:")
NUMBERED_LABEL_RE = re.compile(r"^(?P<word>[A-Za-z]{3,20})\s+(?P<num>\d{1,3}(?:\.\d{1,3}){0,2})[.:]?$")
LEADER_RE = re.compile(r"\.{4,}|…{2,}|(\s\.){4,}")
SENTENCE_END_RE = re.compile(r"[.;!?]$")
# the letters of sub-items marked under a scale word ("a, b")
PARTS_RE = re.compile(r"^[a-z](?:\s*(?:,|and|&)\s*[a-z])*$")


@dataclass(frozen=True)
class Field:
    """One labelled value of a block, with where it was printed."""

    label: str
    text: str
    page: int | None = None
    bbox: BBox | None = None
    fill: str | None = None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Title:
    """A block's heading: ``Action 1: Create a council`` -> word, number, text."""

    word: str | None
    number: str
    text: str


def squash(text: str) -> str:
    return " ".join(text.split())


def clean_label(text: str) -> str:
    return squash(text).rstrip(":").strip()


def is_label_text(text: str) -> bool:
    """Short, no sentence end, not a number: how a field's label reads."""
    label = clean_label(text)
    words = label.split()
    return (0 < len(words) <= LABEL_MAX_WORDS and len(label) <= LABEL_MAX_CHARS
            and label[0].isalpha() and not SENTENCE_END_RE.search(label)
            and not any(ch.isdigit() for ch in label))


def split_label(text: str) -> tuple[str, str] | None:
    """``Lead: Head of Service`` -> ("Lead", "Head of Service"); None if no label opens it."""
    match = LABEL_RE.match(text.strip())
    if match is None or not is_label_text(match.group("label")):
        return None
    return clean_label(match.group("label")), match.group("value").strip()


def parse_title(text: str) -> Title | None:
    """A numbered block heading (a contents line with dot leaders is not one)."""
    flat = squash(text)
    match = TITLE_RE.match(flat)
    if match is None or LEADER_RE.search(flat) or len(flat) > 250:
        return None
    return Title(match.group("word"), match.group("num"), match.group("title").strip())


# --- label-value tables ----------------------------------------------------

def row_cells(grid: Grid, row: int) -> list[Cell]:
    """The cells anchored in a row, left to right (covered positions excluded)."""
    return sorted((c for c in grid.rows[row] if c.row == row), key=lambda c: c.col)


def is_label_row(cells: Sequence[Cell]) -> bool:
    return bool(cells) and cells[0].col == 0 and is_label_text(cells[0].text) and any(
        c.text.strip() for c in cells[1:])


def scale_row(cells: Sequence[Cell]) -> bool:
    """Three or more short words side by side, right of the label column."""
    words = [c for c in cells if c.col > 0 and c.text.strip()]
    return len(words) >= SCALE_MIN_WORDS and all(
        len(c.text.split()) <= SCALE_WORD_MAX_WORDS and not c.text.strip()[0].isdigit()
        for c in words)


def is_continuation_row(cells: Sequence[Cell]) -> bool:
    """An empty label beside a value: the value above running on (a page break)."""
    return bool(cells) and not (cells[0].col == 0 and cells[0].text.strip()) and any(
        c.text.strip() for c in cells)


def is_title_row(cells: Sequence[Cell], n_cols: int) -> Title | None:
    """A numbered title printed in one cell across the box, or a worded number in the
    label column beside its title (``Commitment 3 | Support disabled staff``)."""
    if n_cols < 2:
        return None
    if len(cells) == 1 and cells[0].col_span >= n_cols:
        return parse_title(cells[0].text)
    return numbered_label_title(cells)


def numbered_label_title(cells: Sequence[Cell]) -> Title | None:
    values = [c for c in cells[1:] if c.text.strip()]
    if not cells or cells[0].col != 0 or len(values) != 1:
        return None
    match = NUMBERED_LABEL_RE.match(squash(cells[0].text))
    if match is None:
        return None
    return Title(match.group("word"), match.group("num"), squash(values[0].text))


def is_label_value_table(table: RawTable) -> bool:
    """Its filled rows are titles, short labels beside values, scales and their marks,
    or values running on; at least one is a label row."""
    if table.n_cols < 2 or table.nested_in is not None:
        return False
    grid = build_grid(table)
    filled = [row_cells(grid, r) for r in range(grid.n_rows) if not grid.is_empty(r)]
    labelled = sum(1 for cells in filled if is_label_row(cells) or scale_row(cells))
    fitting = sum(1 for cells in filled
                  if is_label_row(cells) or scale_row(cells) or is_mark_row(cells)
                  or is_continuation_row(cells) or is_title_row(cells, table.n_cols))
    return labelled >= 1 and fitting >= LABEL_ROW_SHARE * len(filled)


def marks_under(scale: Sequence[Cell], marks: Sequence[Cell]) -> list[tuple[str, str]]:
    """(scale word, mark) for each scale cell with a mark below it."""
    found = []
    for word in scale:
        below = [m.text.strip() for m in marks if m.text.strip() and overlaps_column(word, m)]
        if below:
            found.append((squash(word.text), ", ".join(below)))
    return found


def overlaps_column(a: Cell, b: Cell) -> bool:
    if a.bbox is not None and b.bbox is not None:
        centre = (b.bbox.x0 + b.bbox.x1) / 2
        return a.bbox.x0 <= centre <= a.bbox.x1
    return a.col <= b.col < a.col + a.col_span


def scale_reading(pairs: Sequence[tuple[str, str]]) -> str:
    """``Substantial`` for marks under one word; ``Limited: c; Substantial: a, b`` when
    the letters of the parts are spread over several words."""
    if len(pairs) == 1 or not any(PARTS_RE.match(mark) and mark != "x" for _, mark in pairs):
        return "; ".join(word for word, _ in pairs)
    return "; ".join(f"{word}: {mark}" for word, mark in pairs)


def is_mark_row(cells: Sequence[Cell], first_col: int = 1) -> bool:
    texts = [c.text.strip() for c in cells if c.col >= first_col and c.text.strip()]
    return bool(texts) and all(len(t) <= MARK_MAX_CHARS for t in texts)


def scale_first_col(scale: Sequence[Cell], marks: Sequence[Cell]) -> int:
    """Where the scale's words start: column 1, after the label, or column 0 when
    the scale's first word is printed in the label column ("Not started | Limited |
    Substantial | Completed" with no label of its own), known by a mark drawn under
    it: a label is never ticked.  (The word still names the field, as in the boxes
    where the mark stands elsewhere, so that every box fills one column.)"""
    first = scale[0] if scale and scale[0].col == 0 and scale[0].text.strip() else None
    if first is None or len(first.text.split()) > SCALE_WORD_MAX_WORDS:
        return 1
    ticked = any(m.col == 0 and m.text.strip() and len(m.text.strip()) <= MARK_MAX_CHARS
                 for m in marks)
    return 0 if ticked else 1


def field_from_cells(label: str, cells: Sequence[Cell], text: str | None = None) -> Field:
    values = [c for c in cells if c.text.strip()]
    body = text if text is not None else "\n".join(c.text.strip() for c in values)
    first = values[0] if values else (cells[0] if cells else None)
    spans = tuple(s for c in values for s in c.spans) if text is None else (Span(body),)
    return Field(label, body, first.page if first else None, first.bbox if first else None,
                 first.fill if first else None, spans)


@dataclass
class BoxPart:
    """The fields of one box in a table, with the title row that opens it (if any)."""

    title: Title | None
    title_cell: Cell | None
    fields: list[Field]


def table_parts(table: RawTable) -> list[BoxPart]:
    """A label-value table's boxes, top to bottom: a title row opens a new box.

    A row without a label continues the value above it; a scale row with a
    mark row under it (the label printed beside either, or in a cell spanning
    both) becomes one field whose text names the marked scale words.
    """
    grid = build_grid(table)
    rows = [row_cells(grid, r) for r in range(grid.n_rows) if not grid.is_empty(r)]
    parts = [BoxPart(None, None, [])]
    i = 0
    while i < len(rows):
        cells = rows[i]
        fields = parts[-1].fields
        title = is_title_row(cells, table.n_cols)
        if title is not None:
            parts.append(BoxPart(title, cells[0], []))
        elif (scale_row(cells) and i + 1 < len(rows)
              and is_mark_row(rows[i + 1], first := scale_first_col(cells, rows[i + 1]))):
            label = scale_label(cells, rows[i + 1])
            scale = [c for c in cells if c.col >= first and c.text.strip()]
            reading = scale_reading(marks_under(scale, rows[i + 1]))
            fields.append(field_from_cells(label, [c for c in rows[i + 1] if c.col >= first] or scale,
                                           reading))
            i += 1
        elif is_label_row(cells):
            fields.append(field_from_cells(clean_label(cells[0].text), cells[1:]))
        elif fields and any(c.text.strip() for c in cells):
            fields[-1] = extend_field(fields[-1], cells)
        i += 1
    return [p for p in parts if p.title is not None or p.fields]


def scale_label(scale: Sequence[Cell], marks: Sequence[Cell]) -> str:
    for cells in (scale, marks):
        if cells and cells[0].col == 0 and cells[0].text.strip():
            return clean_label(cells[0].text)
    return ""


def extend_field(field: Field, cells: Sequence[Cell]) -> Field:
    more = "\n".join(c.text.strip() for c in cells if c.text.strip())
    spans = field.spans + tuple(s for c in cells for s in c.spans)
    return Field(field.label, f"{field.text}\n{more}" if field.text else more, field.page,
                 field.bbox, field.fill, spans)
