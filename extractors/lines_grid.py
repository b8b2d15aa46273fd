"""A table's physical grid, indexed for the line assembler (extractors/lines.py).

``Grid`` answers the questions the assembler asks of one physical row: which
cells start in it, which positions merged cells from elsewhere cover, what
the row reads as per column.  It knows structure only: texts are compared,
never interpreted, except for the shape of a ref-like token (``1.1``,
``2.1 (a)``, ``14.``, ``P1.1``), which is the one ref policy of
``models.records.RefPolicy`` that normalisation applies too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from models.records import DEFAULT_REF_POLICY, Cell, RawTable, RefPolicy

Position = tuple[int, int]


def normalise_ws(text: str) -> str:
    return " ".join(text.split())


def starts_with_ref(text: str, policy: RefPolicy = DEFAULT_REF_POLICY) -> bool:
    """True when the text opens with a ref-like token (``1.1``, ``14.`` …): a
    number with a dot or bracket, so day numbers ("31 March") and years stay out."""
    return policy.starts_with_ref(text)


def is_blank(cell: Cell) -> bool:
    return not cell.text.strip()


@dataclass(frozen=True)
class Grid:
    """The cells of a RawTable by row, plus the positions spans cover.

    ``rows[r]`` holds the cells anchored in row ``r`` (sorted by column);
    ``covered[(r, c)]`` is the merged cell from another position that covers
    ``(r, c)``.  The size is grown to hold every cell, so a cell outside the
    declared ``n_rows``/``n_cols`` is still read rather than lost.
    """

    n_rows: int
    n_cols: int
    rows: tuple[tuple[Cell, ...], ...]
    covered: dict[Position, Cell]
    # the resolved vocabulary's ref policy, the one normalisation applies too
    policy: RefPolicy = DEFAULT_REF_POLICY

    def starts_with_ref(self, text: str) -> bool:
        return starts_with_ref(text, self.policy)

    def cells_at(self, row: int, col: int) -> tuple[Cell, ...]:
        return tuple(c for c in self.rows[row] if c.col == col)

    def non_blank(self, row: int) -> tuple[Cell, ...]:
        return tuple(c for c in self.rows[row] if not is_blank(c))

    def is_empty(self, row: int) -> bool:
        return not self.non_blank(row)

    def covered_from_above(self, row: int, col: int) -> Cell | None:
        cell = self.covered.get((row, col))
        return cell if cell is not None and cell.row < row else None


def build_grid(table: RawTable, policy: RefPolicy = DEFAULT_REF_POLICY) -> Grid:
    cells = [c for c in table.cells if c.row >= 0 and c.col >= 0]
    n_rows = max([table.n_rows, *(c.row + 1 for c in cells)])
    n_cols = max([table.n_cols, *(c.col + 1 for c in cells)])
    rows: list[list[Cell]] = [[] for _ in range(n_rows)]
    for cell in cells:
        rows[cell.row].append(cell)
    anchored = {(c.row, c.col) for c in cells}
    return Grid(n_rows, n_cols,
                tuple(tuple(sorted(r, key=lambda c: c.col)) for r in rows),
                _covered_positions(cells, anchored, n_rows, n_cols), policy)


def _covered_positions(cells: Iterable[Cell], anchored: set[Position],
                       n_rows: int, n_cols: int) -> dict[Position, Cell]:
    """Positions inside a merged cell's rectangle that no cell starts at."""
    covered: dict[Position, Cell] = {}
    for cell in cells:
        for pos in _rectangle(cell, n_rows, n_cols):
            if pos not in anchored:
                covered.setdefault(pos, cell)
    return covered


def _rectangle(cell: Cell, n_rows: int, n_cols: int) -> Iterable[Position]:
    last_row = min(n_rows, cell.row + max(1, cell.row_span))
    last_col = min(n_cols, cell.col + max(1, cell.col_span))
    return ((r, c) for r in range(cell.row, last_row) for c in range(cell.col, last_col))


def spread_texts(grid: Grid, row: int) -> tuple[str, ...]:
    """The row read as a header reads: a cell's text in every column it spans.

    Only cells anchored in ``row`` count, so a repeated header compares equal
    to the original however the rows below it are merged.
    """
    texts = [""] * grid.n_cols
    for cell in grid.rows[row]:
        for col in range(cell.col, min(grid.n_cols, cell.col + max(1, cell.col_span))):
            texts[col] = normalise_ws(f"{texts[col]} {cell.text}")
    return tuple(texts)


def compact_text(grid: Grid, row: int) -> str:
    """The row's text with all whitespace removed: equal however re-split."""
    return "".join("".join(c.text.split()) for c in grid.rows[row])


def row_page(grid: Grid, row: int) -> int | None:
    pages = [c.page for c in grid.rows[row] if c.page is not None]
    return min(pages) if pages else None


def key_text(grid: Grid, row: int, key: int) -> str:
    """The text anchored in the key column of ``row`` ("" when covered)."""
    return "\n".join(c.text.strip() for c in grid.cells_at(row, key) if not is_blank(c))
