"""Building one LogicalLine from the physical rows grouped into it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extractors.lines_grid import Grid, is_blank
from models.records import Cell, LogicalLine, RawTable


@dataclass(frozen=True)
class LineContext:
    """What every line of one table shares.

    ``line_rows`` are the rows grouped into lines (cells merged down from a
    banner or header row are not line values); ``page_cuts`` maps a row that
    continues a line on a new page to the last line row before the break.
    """

    grid: Grid
    table: RawTable
    header: tuple[str, ...]
    line_rows: frozenset[int]
    page_cuts: dict[int, int]


def build_line(ctx: LineContext, rows: Sequence[int], banner: str | None) -> LogicalLine:
    cells = line_cells(ctx, rows)
    return LogicalLine(
        table_index=ctx.table.index,
        row_index=rows[0],
        page=_line_page(ctx.grid, rows, cells, ctx.table.page),
        values=tuple(_joined(col) for col in cells),
        cells=cells,
        header=ctx.header,
        banner=banner,
        physical_rows=len(rows),
    )


def line_cells(ctx: LineContext, rows: Sequence[int]) -> tuple[tuple[Cell, ...], ...]:
    """Per column: the cells merged down onto the line's first row, then the
    cells anchored in the line's rows; each cell once, in its first column."""
    per_col = [_merged_onto(ctx, rows[0], col) for col in range(ctx.grid.n_cols)]
    for row in rows:
        for cell in ctx.grid.rows[row]:
            if not any(cell is seen for seen in per_col[cell.col]):
                per_col[cell.col].append(cell)
    return tuple(tuple(col) for col in per_col)


def _merged_onto(ctx: LineContext, row: int, col: int) -> list[Cell]:
    """The merged cell covering (row, col) from a line row above."""
    above = ctx.grid.covered_from_above(row, col)
    if above is None or above.col != col or above.row not in ctx.line_rows:
        return []
    return _with_earlier_parts(ctx, above)


def _with_earlier_parts(ctx: LineContext, cell: Cell) -> list[Cell]:
    """A merged cell that starts in a row cut by a page break continues the
    merged cell above the break (the PDF draws one cell per page): the line
    takes every part, first to last."""
    before = ctx.page_cuts.get(cell.row)
    earlier = None if before is None else _merged_through(ctx, before, cell.col)
    if earlier is None or earlier is cell:
        return [cell]
    return [*_with_earlier_parts(ctx, earlier), cell]


def _merged_through(ctx: LineContext, row: int, col: int) -> Cell | None:
    """The cell in ``col`` at ``row``: its own, or one merged down onto it.
    (Just above a break, a merge's last part may be a single-row cell.)"""
    own = ctx.grid.cells_at(row, col)
    cell = own[0] if own else ctx.grid.covered_from_above(row, col)
    ok = cell is not None and cell.col == col and cell.row in ctx.line_rows
    return cell if ok else None


def _joined(cells: Sequence[Cell]) -> str:
    return "\n".join(c.text.strip() for c in cells if not is_blank(c))


def _line_page(grid: Grid, rows: Sequence[int], cells: tuple[tuple[Cell, ...], ...],
               fallback: int | None) -> int | None:
    ordered = [c for r in rows for c in grid.rows[r]] + [c for col in cells for c in col]
    return next((c.page for c in ordered if c.page is not None), fallback)
