"""One worksheet -> title blocks and a table grid of its visible cells.

Hidden rows and columns are left out and the grid renumbered without them,
so the table is what a reader of the sheet sees.  A merged range becomes one
Cell at its top-left visible position with spans over the visible rows and
columns it covers (as DOCX gridSpan/vMerge).  Leading rows holding a single
text (a title, "Progress update – March 2013") are text blocks above the
table, as the same lines would be in a Word file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from extractors.xlsx.colours import Palette
from extractors.xlsx.conditional import conditional_fills
from extractors.xlsx.numbers import printed
from models.records import Cell, Span, TextBlock

WHITE = "#ffffff"


@dataclass(frozen=True)
class SheetGrid:
    """A sheet's visible cells on a renumbered grid (rows and columns from 0)."""

    cells: tuple[Cell, ...]
    n_rows: int
    n_cols: int


def visible_columns(ws: Any, max_col: int) -> list[int]:
    hidden: set[int] = set()
    for dim in ws.column_dimensions.values():
        if dim.hidden and dim.min and dim.max:
            hidden.update(range(dim.min, min(dim.max, max_col) + 1))
    return [c for c in range(1, max_col + 1) if c not in hidden]


def visible_rows(ws: Any, max_row: int) -> list[int]:
    dims = ws.row_dimensions
    return [r for r in range(1, max_row + 1) if not (r in dims and dims[r].hidden)]


def merged_spans(ws: Any) -> dict[tuple[int, int], tuple[int, int, int, int]]:
    """Each merged range's top-left (row, col) -> its bounds (min_row, min_col, max_row, max_col)."""
    return {(r.min_row, r.min_col): (r.min_row, r.min_col, r.max_row, r.max_col)
            for r in ws.merged_cells.ranges}


def covered_positions(merges: dict[tuple[int, int], tuple[int, int, int, int]]) -> set[tuple[int, int]]:
    return {(r, c) for (top, left), (_, _, bottom, right) in merges.items()
            for r in range(top, bottom + 1) for c in range(left, right + 1) if (r, c) != (top, left)}


def fill_of(cell: Any, palette: Palette) -> str | None:
    fill = cell.fill
    if getattr(fill, "stop", None):  # a gradient: its first stop is what shows most
        colour = palette.resolve(fill.stop[0].color)
    elif getattr(fill, "patternType", None) not in (None, "none"):
        colour = palette.resolve(fill.fgColor)
    else:
        colour = None
    return None if colour == WHITE else colour


def span_of(cell: Any, text: str, palette: Palette) -> Span:
    font = cell.font
    size = float(font.sz) if isinstance(font.sz, int | float) else None
    return Span(text, font.name, size, palette.resolve(font.color), bool(font.b))


def stored_cells(ws: Any) -> dict[tuple[int, int], Any]:
    """The cells the sheet's XML stores, by (row, column): iterating these, not the
    dimension the sheet claims, keeps a sheet that claims A1:XFD1048576 cheap, and never
    makes openpyxl create the cells it is asked for."""
    return dict(ws._cells)


def text_extent(cells: dict[tuple[int, int], Any]) -> tuple[int, int]:
    """The last row and column holding a value (0, 0 for an empty sheet)."""
    filled = [pos for pos, cell in cells.items() if cell.value is not None]
    if not filled:
        return 0, 0
    return max(r for r, _ in filled), max(c for _, c in filled)


def sheet_grid(ws: Any, sheet_no: int, palette: Palette,
               notes: list[str] | None = None) -> SheetGrid:
    """The sheet's visible grid, trimmed to the rows and columns that hold text; a
    conditional format's fill replaces the cell's own, as Excel paints it."""
    stored = stored_cells(ws)
    last_row, last_col = text_extent(stored)
    painted = conditional_fills(ws, stored, (last_row, last_col), palette,
                                notes if notes is not None else [])
    rows = visible_rows(ws, last_row)
    cols = visible_columns(ws, last_col)
    merges = merged_spans(ws)
    covered = covered_positions(merges)
    row_at = {r: i for i, r in enumerate(rows)}
    col_at = {c: i for i, c in enumerate(cols)}
    cells = list(grid_cells(stored, rows, cols, merges, covered, row_at, col_at, sheet_no,
                            palette, painted))
    texts = [c for c in cells if c.text.strip()]
    if not texts:
        return SheetGrid((), 0, 0)
    last_row = max(c.row + c.row_span for c in texts)
    last_col = max(c.col + c.col_span for c in texts)
    kept = tuple(clip(c, last_row, last_col) for c in cells if c.row < last_row and c.col < last_col)
    return SheetGrid(kept, last_row, last_col)


def grid_cells(stored: dict[tuple[int, int], Any], rows: list[int], cols: list[int],
               merges: dict[tuple[int, int], tuple[int, int, int, int]],
               covered: set[tuple[int, int]], row_at: dict[int, int], col_at: dict[int, int],
               sheet_no: int, palette: Palette, painted: dict[tuple[int, int], str]
               ) -> Iterator[Cell]:
    for r in rows:
        for c in cols:
            if (r, c) in covered:
                continue
            yield make_cell(stored.get((r, c)), r, c, merges.get((r, c)), row_at, col_at,
                            sheet_no, palette, painted.get((r, c)))


def make_cell(cell: Any | None, r: int, c: int, merge: tuple[int, int, int, int] | None,
              row_at: dict[int, int], col_at: dict[int, int], sheet_no: int,
              palette: Palette, painted: str | None = None) -> Cell:
    text = printed(cell.value, cell.number_format) if cell is not None else ""
    row_span = col_span = 1
    if merge is not None:
        _, _, bottom, right = merge
        row_span = max(1, sum(1 for x in range(r, bottom + 1) if x in row_at))
        col_span = max(1, sum(1 for x in range(c, right + 1) if x in col_at))
    spans = (span_of(cell, text, palette),) if text and cell is not None else ()
    fill = fill_of(cell, palette) if cell is not None else None
    if painted is not None:  # a conditional format paints over the cell's own fill
        fill = None if painted == WHITE else painted
    return Cell(text=text, row=row_at[r], col=col_at[c], row_span=row_span, col_span=col_span,
                page=sheet_no, fill=fill, spans=spans)


def clip(cell: Cell, n_rows: int, n_cols: int) -> Cell:
    """A merge reaching past the trimmed grid ends at its edge."""
    row_span = min(cell.row_span, n_rows - cell.row)
    col_span = min(cell.col_span, n_cols - cell.col)
    if (row_span, col_span) == (cell.row_span, cell.col_span):
        return cell
    return Cell(cell.text, cell.row, cell.col, row_span, col_span, cell.page, cell.bbox,
                cell.fill, cell.spans)


def title_rows(grid: SheetGrid) -> int:
    """Leading rows with at most one text (titles above the table), when a table follows."""
    count = 0
    for row in range(grid.n_rows):
        texts = [c for c in grid.cells if c.row == row and c.text.strip()]
        if len(texts) > 1:
            break
        count += 1
    return count if count < grid.n_rows - 1 else 0


def title_blocks(grid: SheetGrid, rows: int, sheet_no: int, first_order: int) -> list[TextBlock]:
    texts = [c for c in grid.cells if c.row < rows and c.text.strip()]
    return [TextBlock(text=c.text, order=first_order + i, kind="paragraph", page=sheet_no,
                      spans=c.spans, style="sheet-title")
            for i, c in enumerate(sorted(texts, key=lambda c: c.row))]


def body_cells(grid: SheetGrid, skip_rows: int) -> tuple[Cell, ...]:
    """The cells below the title rows, renumbered from row 0."""
    return tuple(Cell(c.text, c.row - skip_rows, c.col, c.row_span, c.col_span, c.page, c.bbox,
                      c.fill, c.spans) for c in grid.cells if c.row >= skip_rows)
