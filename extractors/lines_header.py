"""Where a table's header is, what it says, and which rows repeat it.

A header is found from structure alone: the rows the file marks, else the
first row plus the rows it visibly continues into (a cell spanning columns
above sub-headings, a vertical merge, the same bold or shading).  Leading
banner rows above it (a theme title merged across the table) are not header.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.lines_grid import (
    Grid,
    compact_text,
    normalise_ws,
    spread_texts,
)
from models.records import Cell, RawTable

_WHITE = "#ffffff"


@dataclass(frozen=True)
class HeaderSpan:
    """Rows ``[start, stop)`` are the header; rows before ``start`` are
    leading empty or banner rows; the body begins at ``stop``."""

    start: int
    stop: int


# --- banners -------------------------------------------------------------

def is_wide_banner(grid: Grid, row: int) -> bool:
    """One non-empty cell spanning all, or nearly all, grid columns."""
    cells = grid.non_blank(row)
    if len(cells) != 1 or grid.n_cols < 2:
        return False
    wide = max(2, grid.n_cols - max(1, grid.n_cols // 4))
    return cells[0].col_span >= wide


def is_first_cell_only(grid: Grid, row: int) -> bool:
    """Text in column 0 alone; the rest of the row empty or covered."""
    cells = grid.non_blank(row)
    return grid.n_cols >= 2 and len(cells) == 1 and cells[0].col == 0


def leading_banner_count(grid: Grid, limit: int) -> int:
    """Empty and banner rows at the top of the table, before its header."""
    row = 0
    while row < limit and (grid.is_empty(row) or is_wide_banner(grid, row)
                           or _lone_first_cell_above_header(grid, row)):
        row += 1
    return row


def _lone_first_cell_above_header(grid: Grid, row: int) -> bool:
    # a title in the first cell is a banner only when a real multi-cell row
    # follows it: a header has more than one heading
    nxt = row + 1
    return (is_first_cell_only(grid, row) and nxt < grid.n_rows
            and len(grid.non_blank(nxt)) >= 2)


# --- header extent -------------------------------------------------------

def header_span(grid: Grid, table: RawTable) -> HeaderSpan:
    if table.header_rows > 0:
        stop = min(table.header_rows, grid.n_rows)
        start = leading_banner_count(grid, stop)
        # a theme row marked along with the header (it repeats on each page)
        # is still a banner: leave it to the body
        while stop > start + 1 and is_wide_banner(grid, stop - 1):
            stop -= 1
        if stop > start:
            return HeaderSpan(start, stop)
        # the file marked only a title row: infer the column header below it
    start = leading_banner_count(grid, grid.n_rows)
    if start >= grid.n_rows or _looks_like_body(grid, start):
        return HeaderSpan(start, start)
    return HeaderSpan(start, _inferred_stop(grid, start))


def _looks_like_body(grid: Grid, row: int) -> bool:
    # headings are never numbered; a numbered first row means the table
    # (say a chunk cut off by the PDF extractor) starts with its body
    return any(grid.starts_with_ref(c.text) for c in grid.rows[row])


def _inferred_stop(grid: Grid, start: int) -> int:
    stop = start + 1
    while stop < grid.n_rows and _continues_structurally(grid, start, stop):
        stop += 1
    styled = stop
    while styled < grid.n_rows and _continues_by_style(grid, start, styled):
        styled += 1
    # a table drawn all in bold or all shaded has no style header: keep a body
    return stop if styled >= grid.n_rows else max(stop, styled)


def _continues_structurally(grid: Grid, start: int, row: int) -> bool:
    """Row is covered by a header cell's vertical span, or carries the
    sub-headings right under a header cell that spans several columns."""
    if _cannot_be_header(grid, row):
        return False
    header = [c for r in range(start, row) for c in grid.rows[r]]
    if any(c.row + c.row_span > row for c in header):
        return True
    above = grid.rows[row - 1]
    return any(_has_text_under(grid, row, c) for c in above if c.col_span > 1)


def _cannot_be_header(grid: Grid, row: int) -> bool:
    return grid.is_empty(row) or _looks_like_body(grid, row) or is_wide_banner(grid, row)


def _has_text_under(grid: Grid, row: int, span: Cell) -> bool:
    return any(span.col <= c.col < span.col + span.col_span
               for c in grid.non_blank(row))


def _continues_by_style(grid: Grid, start: int, row: int) -> bool:
    if _cannot_be_header(grid, row):
        return False
    if _all_bold(grid.non_blank(start)) and _all_bold(grid.non_blank(row)):
        return True
    # shaded like the first row: body rows may be shaded too (a work-stream
    # colour), so the colours must be the header's own
    first, this = grid.rows[start], grid.rows[row]
    return _all_shaded(first) and _all_shaded(this) and _shading(this) <= _shading(first)


def _all_bold(cells: tuple[Cell, ...]) -> bool:
    return bool(cells) and all(_is_bold(c) for c in cells)


def _is_bold(cell: Cell) -> bool:
    inked = [s for s in cell.spans if s.text.strip()]
    return bool(inked) and all(s.bold for s in inked)


def _shading(cells: tuple[Cell, ...]) -> set[str]:
    return {c.fill for c in cells if c.fill is not None and c.fill != _WHITE}


def _all_shaded(cells: tuple[Cell, ...]) -> bool:
    return bool(cells) and all(c.fill is not None and c.fill != _WHITE for c in cells)


# --- header texts and repeats ---------------------------------------------

def header_texts(grid: Grid, span: HeaderSpan) -> tuple[str, ...]:
    """Per column, the header rows' texts joined with spaces; a merged
    heading counts once per column it covers, however many rows it spans."""
    texts: list[list[str]] = [[] for _ in range(grid.n_cols)]
    for row in range(span.start, span.stop):
        for cell in grid.rows[row]:
            for col in _columns_of(grid, cell):
                texts[col].append(cell.text)
    return tuple(normalise_ws(" ".join(t)) for t in texts)


def _columns_of(grid: Grid, cell: Cell) -> range:
    return range(cell.col, min(grid.n_cols, cell.col + max(1, cell.col_span)))


@dataclass(frozen=True)
class HeaderPrint:
    """What a repeat of the header may look like: any one header row, the
    whole header joined per column, or one header row with its text re-split
    across different cells (a PDF page drawn slightly differently)."""

    rows: frozenset[tuple[str, ...]]
    compact: frozenset[str]


def header_print(grid: Grid, span: HeaderSpan) -> HeaderPrint:
    rows = {spread_texts(grid, r) for r in range(span.start, span.stop)}
    rows.add(header_texts(grid, span))
    compact = {compact_text(grid, r) for r in range(span.start, span.stop)}
    return HeaderPrint(frozenset(r for r in rows if any(r)), frozenset(c for c in compact if c))


def repeats_header(grid: Grid, row: int, hp: HeaderPrint) -> bool:
    if grid.is_empty(row):
        return False
    return spread_texts(grid, row) in hp.rows or compact_text(grid, row) in hp.compact
