"""Pure bounding-box geometry, in pdfplumber's top-left coordinates.

Every function converts or compares plain values (``BBox`` records, or the
``x0/top/x1/bottom`` keys of pdfplumber objects) and has no other inputs, so
the table and text code reads as a sequence of named conversions.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from models.records import BBox

Interval = tuple[float, float]


def bbox_of(obj: Mapping[str, Any]) -> BBox:
    """A pdfplumber object (char, rect, word, edge) as a BBox."""
    return BBox(float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))


def bbox_from_tuple(values: Sequence[float]) -> BBox:
    """pdfplumber's ``(x0, top, x1, bottom)`` tuple as a BBox."""
    x0, top, x1, bottom = values
    return BBox(float(x0), float(top), float(x1), float(bottom))


def width(box: BBox) -> float:
    return box.x1 - box.x0


def height(box: BBox) -> float:
    return box.bottom - box.top


def area(box: BBox) -> float:
    return max(0.0, width(box)) * max(0.0, height(box))


def overlap_area(a: BBox, b: BBox) -> float:
    """Area of the intersection of two boxes (0 when they do not meet)."""
    dx = min(a.x1, b.x1) - max(a.x0, b.x0)
    dy = min(a.bottom, b.bottom) - max(a.top, b.top)
    return dx * dy if dx > 0 and dy > 0 else 0.0


def union(boxes: Iterable[BBox]) -> BBox | None:
    """The smallest box holding every box given (None for none)."""
    items = list(boxes)
    if not items:
        return None
    return BBox(min(b.x0 for b in items), min(b.top for b in items),
                max(b.x1 for b in items), max(b.bottom for b in items))


def centre(obj: Mapping[str, Any]) -> tuple[float, float]:
    return (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2


def contains_point(box: BBox, x: float, y: float) -> bool:
    return box.x0 <= x <= box.x1 and box.top <= y <= box.bottom


def contains_centre(box: BBox, obj: Mapping[str, Any]) -> bool:
    """Whether an object's centre lies in the box: how a glyph is given to a cell."""
    return contains_point(box, *centre(obj))


def centres_inside(objs: Iterable[Mapping[str, Any]], box: BBox) -> list[Mapping[str, Any]]:
    """The objects whose centre lies in the box (``contains_centre`` over many
    objects: the box read once, the centre worked out inline)."""
    x0, top, x1, bottom = box.x0, box.top, box.x1, box.bottom
    return [obj for obj in objs
            if x0 <= (obj["x0"] + obj["x1"]) / 2 <= x1
            and top <= (obj["top"] + obj["bottom"]) / 2 <= bottom]


def centres_outside(objs: Iterable[Mapping[str, Any]],
                    boxes: Iterable[BBox]) -> list[Mapping[str, Any]]:
    """The objects whose centre lies in none of the boxes (a page's glyphs
    outside its tables: every glyph against a few boxes).  The boxes across an
    object's centre height are found again only when its top or bottom is not
    the very one of the object before (the glyphs of a line share them)."""
    bounds = [(b.x0, b.top, b.x1, b.bottom) for b in boxes]
    kept = []
    last_top = last_bottom = None
    across: list[tuple[float, float]] = []
    for obj in objs:
        if obj["top"] is not last_top or obj["bottom"] is not last_bottom:
            last_top, last_bottom = obj["top"], obj["bottom"]
            y = (last_top + last_bottom) / 2
            across = [(x0, x1) for x0, top, x1, bottom in bounds if top <= y <= bottom]
        if across:
            x = (obj["x0"] + obj["x1"]) / 2
            for x0, x1 in across:
                if x0 <= x <= x1:
                    break
            else:
                kept.append(obj)
        else:
            kept.append(obj)
    return kept


def is_inside(inner: BBox, outer: BBox, tolerance: float = 0.0) -> bool:
    return (inner.x0 >= outer.x0 - tolerance and inner.x1 <= outer.x1 + tolerance
            and inner.top >= outer.top - tolerance and inner.bottom <= outer.bottom + tolerance)


def horizontal_overlap(a: BBox, b: BBox) -> float:
    return max(0.0, min(a.x1, b.x1) - max(a.x0, b.x0))


def cluster_positions(values: Iterable[float], tolerance: float) -> list[float]:
    """Sorted positions with near-equal ones (chained within tolerance) averaged.

    Turns the edges of many cells into the boundaries of one grid.
    """
    groups: list[list[float]] = []
    for value in sorted(values):
        if groups and value - groups[-1][-1] <= tolerance:
            groups[-1].append(value)
        else:
            groups.append([value])
    return [sum(g) / len(g) for g in groups]


def nearest_index(positions: Sequence[float], value: float) -> int:
    """Index of the position closest to value (positions sorted, non-empty)."""
    i = bisect_right(positions, value)
    if i == 0:
        return 0
    if i == len(positions):
        return len(positions) - 1
    return i if positions[i] - value < value - positions[i - 1] else i - 1


def slot_index(boundaries: Sequence[float], value: float) -> int | None:
    """Which slot between consecutive boundaries holds value (None outside)."""
    if not boundaries or value < boundaries[0] or value > boundaries[-1]:
        return None
    return min(bisect_right(boundaries, value) - 1, len(boundaries) - 2)


def positions_match(a: Sequence[float], b: Sequence[float], tolerance: float) -> bool:
    """Same number of positions, each pair within tolerance (column alignment)."""
    return len(a) == len(b) and all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def merge_intervals(intervals: Iterable[Interval], join: float = 0.0) -> list[Interval]:
    """Overlapping (or within ``join`` of each other) intervals merged, sorted."""
    merged: list[Interval] = []
    for lo, hi in sorted(intervals):
        if merged and lo <= merged[-1][1] + join:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def gaps_between(intervals: Iterable[Interval], lo: float, hi: float) -> list[Interval]:
    """The parts of [lo, hi] that no interval covers."""
    gaps: list[Interval] = []
    cursor = lo
    for start, end in merge_intervals(intervals):
        if start > cursor:
            gaps.append((cursor, min(start, hi)))
        cursor = max(cursor, end)
    if cursor < hi:
        gaps.append((cursor, hi))
    return [(a, b) for a, b in gaps if b > a]
