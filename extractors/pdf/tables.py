"""A table frame filled in: grid positions, spans, text, glyph runs and fills.

The grid's column boundaries are all the cells' left and right edges, and its
row boundaries all their tops and bottoms (near-equal ones clustered), so a
cell that covers two grid columns gets ``col_span=2`` and the positions it
covers get no Cell.  Positions no drawn cell covers (a missing rule) get a
plain 1x1 Cell, so the Cells always tile the grid.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from extractors import geometry as geo
from extractors.colour import is_white, pdf_colour_to_hex
from extractors.pdf.chars import chars_text
from extractors.pdf.frame import Ruling, TableFrame
from extractors.settings import ExtractionSettings
from models.records import BBox, Cell

# share of a cell's area a filled rectangle must cover to be the cell's fill
MIN_FILL_SHARE = 0.5
# more leading "header-looking" rows than this is a styled table, not a header
MAX_HEADER_ROWS = 3


@dataclass(frozen=True)
class GridCell:
    row: int
    col: int
    row_span: int
    col_span: int
    bbox: BBox


@dataclass(frozen=True)
class PageTable:
    """The part of a table drawn on one page; rows count from 0 on this page."""

    page: int
    bbox: BBox
    col_edges: tuple[float, ...]
    row_edges: tuple[float, ...]
    cells: tuple[Cell, ...]
    header_rows: int = 0
    ruling: Ruling = "full"

    @property
    def n_cols(self) -> int:
        return len(self.col_edges) - 1

    @property
    def n_rows(self) -> int:
        return len(self.row_edges) - 1


def grid_edges(boxes: Sequence[BBox], tolerance: float) -> tuple[list[float], list[float]]:
    """Column and row boundaries from every cell's edges."""
    xs = geo.cluster_positions([v for b in boxes for v in (b.x0, b.x1)], tolerance)
    ys = geo.cluster_positions([v for b in boxes for v in (b.top, b.bottom)], tolerance)
    return xs, ys


def grid_cell(box: BBox, xs: Sequence[float], ys: Sequence[float]) -> GridCell | None:
    """A drawn cell's grid position and spans (None if it collapses to nothing)."""
    col, end_col = geo.nearest_index(xs, box.x0), geo.nearest_index(xs, box.x1)
    row, end_row = geo.nearest_index(ys, box.top), geo.nearest_index(ys, box.bottom)
    if end_col <= col or end_row <= row:
        return None
    return GridCell(row, col, end_row - row, end_col - col, box)


def positions(cell: GridCell) -> list[tuple[int, int]]:
    return [(r, c) for r in range(cell.row, cell.row + cell.row_span)
            for c in range(cell.col, cell.col + cell.col_span)]


def place_cells(boxes: Sequence[BBox], xs: Sequence[float],
                ys: Sequence[float]) -> list[GridCell]:
    """Grid cells, each position owned once (a box overlapping placed ones is dropped)."""
    taken: set[tuple[int, int]] = set()
    placed: list[GridCell] = []
    for box in sorted(boxes, key=lambda b: (b.top, b.x0)):
        cell = grid_cell(box, xs, ys)
        if cell is None or taken.intersection(positions(cell)):
            continue
        taken.update(positions(cell))
        placed.append(cell)
    return placed + uncovered_cells(taken, xs, ys)


def uncovered_cells(taken: set[tuple[int, int]], xs: Sequence[float],
                    ys: Sequence[float]) -> list[GridCell]:
    return [GridCell(r, c, 1, 1, BBox(xs[c], ys[r], xs[c + 1], ys[r + 1]))
            for r in range(len(ys) - 1) for c in range(len(xs) - 1) if (r, c) not in taken]


def chars_by_cell(chars: Sequence[Mapping[str, Any]], cells: Sequence[GridCell],
                  xs: Sequence[float], ys: Sequence[float],
                  clip: BBox | None = None) -> list[list[Mapping[str, Any]]]:
    """Each glyph given to the cell whose grid position holds its centre; with a
    clip box, only glyphs whose centre it holds too.  A table's every glyph (and,
    with the clip, the page's) passes here: ``geo.slot_index`` is inline, the grid
    and clip bounds are met once, and the row is found again only when a glyph's
    top or bottom is not the very one of the glyph before (the glyphs of a line
    share them)."""
    owners = grid_owners(cells, len(xs) - 1, len(ys) - 1)
    found: list[list[Mapping[str, Any]]] = [[] for _ in cells]
    left, right, top, bottom = xs[0], xs[-1], ys[0], ys[-1]
    if clip is not None:
        left, right = max(left, clip.x0), min(right, clip.x1)
        top, bottom = max(top, clip.top), min(bottom, clip.bottom)
    # searching all but the last edge puts a centre on the last edge in the last slot
    last_x, last_y = len(xs) - 1, len(ys) - 1
    char_top = char_bottom = row = None
    for char in chars:
        if char["top"] is not char_top or char["bottom"] is not char_bottom:
            char_top, char_bottom = char["top"], char["bottom"]
            y = (char_top + char_bottom) / 2
            row = owners[bisect_right(ys, y, 0, last_y) - 1] if top <= y <= bottom else None
        if row is None:
            continue
        x = (char["x0"] + char["x1"]) / 2
        if left <= x <= right:
            index = row[bisect_right(xs, x, 0, last_x) - 1]
            if index is not None:
                found[index].append(char)
    return found


def grid_owners(cells: Sequence[GridCell], n_cols: int, n_rows: int) -> list[list[int | None]]:
    """Per grid row, per grid column: the index of the cell covering it (or None)."""
    owners: list[list[int | None]] = [[None] * n_cols for _ in range(n_rows)]
    for i, cell in enumerate(cells):
        for row, col in positions(cell):
            if 0 <= row < n_rows and 0 <= col < n_cols:
                owners[row][col] = i
    return owners


def fill_colour(box: BBox, fills: Sequence[tuple[BBox, str]]) -> str | None:
    """Colour of the filled rectangle covering most of the box (later paint wins ties)."""
    best, best_area = None, MIN_FILL_SHARE * geo.area(box)
    for rect, colour in fills:
        covered = geo.overlap_area(rect, box)
        if covered > 0 and covered >= best_area:
            best, best_area = colour, covered
    return best


def filled_rects(rects: Sequence[Mapping[str, Any]], around: BBox) -> list[tuple[BBox, str]]:
    """Non-white filled rectangles meeting a box, in painting order."""
    found = []
    for rect in rects:
        colour = pdf_colour_to_hex(rect.get("non_stroking_color")) if rect.get("fill") else None
        box = geo.bbox_of(rect)
        if colour and not is_white(colour) and geo.overlap_area(box, around) > 0:
            found.append((box, colour))
    return found


def all_bold(row: Sequence[Cell]) -> bool:
    texts = [c for c in row if c.text.strip()]
    return bool(texts) and all(s.bold for c in texts for s in c.spans if s.text.strip())


def looks_like_header(row: Sequence[Cell]) -> bool:
    """A row the file styles as a header: all its text bold, or every cell shaded."""
    if not any(c.text.strip() for c in row):
        return False
    return all_bold(row) or all(c.fill is not None for c in row)


def fill_signature(row: Sequence[Cell]) -> frozenset[str | None]:
    return frozenset(c.fill for c in row)


def continues_header(row: Sequence[Cell], first: Sequence[Cell]) -> bool:
    """A later header row keeps the first one's shading and weight (a bold header
    over plain rows in the same tint ends at the first plain row); a lone
    full-width cell is a banner."""
    return (len(row) > 1 and fill_signature(row) == fill_signature(first)
            and all_bold(row) == all_bold(first))


def header_row_count(cells: Sequence[Cell], n_rows: int) -> int:
    """Leading header-styled rows, when they stand out from the rows after them."""
    rows = [[c for c in cells if c.row == r] for r in range(min(n_rows, MAX_HEADER_ROWS + 1))]
    count = 0
    for row in rows:
        if not looks_like_header(row) or (count and not continues_header(row, rows[0])):
            break
        count += 1
    return count if 0 < count <= MAX_HEADER_ROWS and count < n_rows else 0


def make_cell(grid: GridCell, chars: Sequence[Mapping[str, Any]], page: int,
              fills: Sequence[tuple[BBox, str]], settings: ExtractionSettings) -> Cell:
    text, spans = chars_text(chars, settings.text_x_tolerance, settings.text_y_tolerance,
                             (grid.bbox.x0, grid.bbox.x1))
    return Cell(text=text, row=grid.row, col=grid.col, row_span=grid.row_span,
                col_span=grid.col_span, page=page, bbox=grid.bbox,
                fill=fill_colour(grid.bbox, fills), spans=spans)


def build_page_table(frame: TableFrame, chars: Sequence[Mapping[str, Any]],
                     rects: Sequence[Mapping[str, Any]], page: int,
                     settings: ExtractionSettings) -> PageTable | None:
    """The frame's cells with their text, spans and fills (None for a degenerate frame)."""
    xs, ys = grid_edges(frame.cells, settings.snap_tolerance)
    if len(xs) < 2 or len(ys) < 2:
        return None
    grid = sorted(place_cells(frame.cells, xs, ys), key=lambda g: (g.row, g.col))
    fills = filled_rects(rects, frame.bbox)
    by_cell = chars_by_cell(chars, grid, xs, ys, frame.bbox)
    cells = [make_cell(g, cs, page, fills, settings) for g, cs in zip(grid, by_cell, strict=True)]
    bbox = BBox(xs[0], ys[0], xs[-1], ys[-1])
    return PageTable(page, bbox, tuple(xs), tuple(ys), tuple(cells),
                     header_row_count(cells, len(ys) - 1), frame.ruling)
