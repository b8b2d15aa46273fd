"""Tables over pages: page parts joined into one RawTable as the pages stream by.

A part continues the table of the previous page when that table was the last
thing on its page (only footer-zone text below it), the part is the first
thing on its page (only header-zone text above it), and both have the same
grid columns within ``COLUMN_TOLERANCE``.  Rows are renumbered continuously;
each Cell keeps its own page.  Repeated header rows and rows split over the
break are kept as drawn: recognising them is the structural step's job.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from extractors import geometry as geo
from extractors.pdf.tables import PageTable
from models.records import BBox, Cell, RawTable

# running headers and footers live in this share of the page height
EDGE_ZONE = 0.12
COLUMN_TOLERANCE = 6.0


def ends_page(part: PageTable, others: Sequence[BBox], page_height: float) -> bool:
    """Nothing but footer-zone content below the part."""
    footer = page_height * (1 - EDGE_ZONE)
    return all(b.top >= footer for b in others if b.top >= part.bbox.bottom - 1)


def starts_page(part: PageTable, others: Sequence[BBox], page_height: float) -> bool:
    """Nothing but header-zone content above the part."""
    header = page_height * EDGE_ZONE
    return all(b.bottom <= header for b in others if b.bottom <= part.bbox.top + 1)


def same_columns(a: PageTable, b: PageTable) -> bool:
    return geo.positions_match(a.col_edges, b.col_edges, COLUMN_TOLERANCE)


@dataclass
class TableBuilder:
    index: int
    order: int
    first: PageTable
    cells: list[Cell] = field(default_factory=list)
    n_rows: int = 0

    def extend(self, part: PageTable) -> None:
        offset = self.n_rows
        self.cells.extend(replace(c, row=c.row + offset) for c in part.cells)
        self.n_rows += part.n_rows

    def to_raw(self) -> RawTable:
        return RawTable(index=self.index, order=self.order, n_rows=self.n_rows,
                        n_cols=self.first.n_cols, cells=tuple(self.cells),
                        page=self.first.page, header_rows=self.first.header_rows)


class Stitcher:
    """Collects page parts in page order and joins continuations."""

    def __init__(self) -> None:
        self.tables: list[TableBuilder] = []
        self._open: tuple[TableBuilder, PageTable] | None = None

    def continues(self, part: PageTable, at_top: bool) -> bool:
        """Whether the part (first on its page) continues the previous page's last table."""
        if self._open is None or not at_top:
            return False
        _, tail = self._open
        return tail.page + 1 == part.page and same_columns(tail, part)

    def start(self, part: PageTable, order: int) -> None:
        builder = TableBuilder(len(self.tables), order, part)
        builder.extend(part)
        self.tables.append(builder)
        self._open = (builder, part)

    def extend(self, part: PageTable) -> None:
        assert self._open is not None
        builder, _ = self._open
        builder.extend(part)
        self._open = (builder, part)

    def end_page(self, last_part_ends_page: bool) -> None:
        """Close the page: only a table reaching its foot may continue."""
        if not last_part_ends_page:
            self._open = None

    def result(self) -> tuple[RawTable, ...]:
        return tuple(t.to_raw() for t in self.tables)
