"""Where the tables are on a page: frames of cell boxes, before any text.

Two kinds of frame:

- *ruled*: pdfplumber's table finder run on the page's rules.  Rules are the
  page's lines, curve segments, and the edges of rectangles that are stroked
  or thin.  A fat filled rectangle without a stroke is a cell's shading, not a
  rule: left in, a shaded status cell inside a table ruled only horizontally
  would be "found" as a one-cell table of its own.
- *horizontal*: regions ruled by horizontal lines only (extractors/pdf/hrules.py);
- *none*: tables aligned by whitespace alone, found only where no ruled
  frame lies (extractors/pdf/unruled.py).

A frame is only geometry; extractors/pdf/tables.py fills it with text.
"""

from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any

from pdfplumber.table import (
    Table,
    TableFinder,
    TableSettings,
    cells_to_tables,
    edges_to_intersections,
)
from pdfplumber.utils import line_to_edge, rect_to_edges

from extractors import geometry as geo
from extractors.pdf.frame import TableFrame
from extractors.pdf.hrules import horizontal_rule_frames
from extractors.pdf.unruled import unruled_frames
from extractors.pdf.words import extract_words
from extractors.settings import ExtractionSettings

# A filled rectangle thinner than this is drawn as a rule (LibreOffice draws
# cell borders as thin filled rectangles).
RULE_MAX_THICKNESS = 2.0


def is_rule_rect(rect: Mapping[str, Any]) -> bool:
    thin = min(rect["width"], rect["height"]) <= RULE_MAX_THICKNESS
    return bool(rect.get("stroke")) or thin


def rule_edges(page: Any) -> list[dict[str, Any]]:
    """The page's ruling edges: lines, curve segments, and rule-like rectangles."""
    rects = [e for r in page.rects if is_rule_rect(r) for e in rect_to_edges(r)]
    return [line_to_edge(line) for line in page.lines] + list(page.curve_edges) + rects


def table_settings(settings: ExtractionSettings, edges: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "vertical_strategy": "explicit",
        "horizontal_strategy": "explicit",
        "explicit_vertical_lines": [e for e in edges if e["orientation"] == "v"],
        "explicit_horizontal_lines": [e for e in edges if e["orientation"] == "h"],
        "snap_tolerance": settings.snap_tolerance,
        "join_tolerance": settings.join_tolerance,
        "intersection_tolerance": settings.intersection_tolerance,
    }


def _has_both_orientations(edges: list[dict[str, Any]]) -> bool:
    # pdfplumber's "explicit" strategy refuses fewer than two lines a side
    vertical = sum(1 for e in edges if e["orientation"] == "v")
    horizontal = sum(1 for e in edges if e["orientation"] == "h")
    return vertical >= 2 and horizontal >= 2


def ruled_frames(page: Any, edges: list[dict[str, Any]],
                 settings: ExtractionSettings) -> list[TableFrame]:
    if not _has_both_orientations(edges):
        return []
    tables = RuledTableFinder(page, table_settings(settings, edges)).tables
    return [TableFrame(geo.bbox_from_tuple(t.bbox), tuple(map(geo.bbox_from_tuple, t.cells)))
            for t in tables if t.cells]


Point = tuple[float, float]
Box = tuple[float, float, float, float]
EDGE_BOX = itemgetter("x0", "top", "x1", "bottom")  # pdfplumber's obj_to_bbox


class RuledTableFinder(TableFinder):
    """pdfplumber's TableFinder (``page.find_tables``), the same tables, with its cell
    step done by ``intersections_to_cells`` below (tests/test_find_cells.py holds the
    two to the same cells)."""

    def __init__(self, page: Any, settings: dict[str, Any]) -> None:
        self.page = page
        self.settings = TableSettings.resolve(settings)
        self.edges = self.get_edges()
        self.intersections = edges_to_intersections(
            self.edges, self.settings.intersection_x_tolerance,
            self.settings.intersection_y_tolerance)
        self.cells = intersections_to_cells(self.intersections)
        self.tables = [Table(self.page, cells) for cells in cells_to_tables(self.cells)]


def intersections_to_cells(intersections: dict[Point, dict[str, list[Any]]]) -> list[Box]:
    """pdfplumber.table.intersections_to_cells: for each intersection, in sorted order,
    the smallest cell it is the top left corner of.  pdfplumber makes each point's
    edge sets anew for every pair of points it tests, and finds the points below
    and to the right by scanning all later points; here each is made once."""
    vertical = {pt: set(map(EDGE_BOX, found["v"])) for pt, found in intersections.items()}
    horizontal = {pt: set(map(EDGE_BOX, found["h"])) for pt, found in intersections.items()}

    def connects(p1: Point, p2: Point) -> bool:
        return ((p1[0] == p2[0] and not vertical[p1].isdisjoint(vertical[p2]))
                or (p1[1] == p2[1] and not horizontal[p1].isdisjoint(horizontal[p2])))

    # the later points in the same column (below) and the same row (to the right)
    columns: dict[float, list[Point]] = {}
    rows: dict[float, list[Point]] = {}
    later: dict[Point, tuple[list[Point], int, list[Point], int]] = {}
    for pt in sorted(intersections):
        column, row = columns.setdefault(pt[0], []), rows.setdefault(pt[1], [])
        later[pt] = (column, len(column) + 1, row, len(row) + 1)
        column.append(pt)
        row.append(pt)
    cells = []
    for pt, (column, below_from, row, right_from) in later.items():
        cell = smallest_cell(pt, column[below_from:], row[right_from:], intersections, connects)
        if cell is not None:
            cells.append(cell)
    return cells


def smallest_cell(pt: Point, below: list[Point], right: list[Point],
                  intersections: Mapping[Point, Any], connects: Any) -> Box | None:
    """The first cell (pdfplumber's find_smallest_cell) with ``pt`` its top left corner."""
    for below_pt in below:
        if not connects(pt, below_pt):
            continue
        for right_pt in right:
            if not connects(pt, right_pt):
                continue
            corner = (right_pt[0], below_pt[1])
            if corner in intersections and connects(corner, right_pt) and connects(
                    corner, below_pt):
                return (pt[0], pt[1], corner[0], corner[1])
    return None


def _inside_any(frame: TableFrame, regions: list[TableFrame]) -> bool:
    return any(geo.is_inside(frame.bbox, r.bbox, 1.0) for r in regions)


def find_frames(page: Any, settings: ExtractionSettings) -> list[TableFrame]:
    """Every table frame on the page, top to bottom."""
    edges = rule_edges(page)
    ruled = ruled_frames(page, edges, settings)
    horizontal = horizontal_rule_frames(page, edges, [f.bbox for f in ruled], settings)
    # a ruled "table" inside a horizontally ruled one is a boxed cell of it
    kept = [f for f in ruled if not _inside_any(f, horizontal)]
    taken = [f.bbox for f in kept + horizontal]
    words = extract_words(page.chars, settings.text_x_tolerance, settings.text_y_tolerance,
                          ("size", "fontname"), outside=taken)
    unruled = unruled_frames(words, taken, float(page.width), settings.text_y_tolerance)
    return sorted(kept + horizontal + unruled, key=lambda f: (f.bbox.top, f.bbox.x0))
