"""Tables ruled with horizontal lines only: rows from the rules, columns from the gaps.

pdfplumber's ``vertical_strategy="text"`` guesses columns from words whose
edges line up, which splits wrapped prose and misses sparse columns.  Here the
rules give the rows for certain, and a column boundary is a vertical strip
that no word crosses in (nearly) every row: a whitespace "river" through the
whole table.  A row whose words do cross a strip (a banner, a title spanning
the width) gets merged cells there, so the grid code sees a spanning cell.

Recipe:

1. rules = horizontal ruling edges at least ``min_rule_length`` long, outside
   every fully ruled table, joined where collinear;
2. rules with the same left and right ends (within ``EXTENT_TOLERANCE``) are
   one region, cut where two rules are more than ``MAX_BAND_PAGE_SHARE`` of
   the page height apart (a running header rule and a footer rule frame the
   page, not a row); three rules or more make a candidate (two rules are as
   often a page header and footer);
3. each gap between consecutive rules is a row band;
4. a strip at least ``MIN_COLUMN_GAP`` wide, free of words in all but
   ``1/SPANNING_ROW_SHARE`` of the non-empty bands, separates two columns; the
   boundary sits just left of the next column's text, whose left edge (cells
   are left-aligned) is steadier from page to page than the ragged right of
   the previous column, so a table's fragments line up for stitching;
5. no boundary -> not a table.

Completely unruled tables are not handled.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from extractors import geometry as geo
from extractors.pdf.frame import TableFrame
from extractors.pdf.words import extract_words
from extractors.settings import ExtractionSettings
from models.records import BBox

MIN_RULES = 3
EXTENT_TOLERANCE = 6.0
MIN_BAND_HEIGHT = 3.0
MIN_RULE_POINTS = 72.0
MIN_RULE_PAGE_SHARE = 0.2
SPANNING_ROW_SHARE = 4
MAX_BAND_PAGE_SHARE = 0.5
MIN_GAPPED_BANDS = 2


def min_rule_length(page_width: float) -> float:
    return max(MIN_RULE_POINTS, MIN_RULE_PAGE_SHARE * page_width)


def min_column_gap(settings: ExtractionSettings) -> float:
    # wider than any word space, narrower than two cell paddings
    return max(2 * settings.text_x_tolerance, 5.0)


def long_rules(edges: Sequence[Mapping[str, Any]], min_length: float,
               excluded: Sequence[BBox], tolerance: float) -> list[BBox]:
    """Horizontal edges long enough to rule a table, outside the excluded boxes."""
    boxes = [geo.bbox_of(e) for e in edges
             if e.get("orientation") == "h" and e["x1"] - e["x0"] >= min_length]
    return [b for b in boxes if not any(geo.is_inside(b, x, tolerance) for x in excluded)]


def join_rules(rules: Sequence[BBox], snap: float, join: float) -> list[BBox]:
    """Collinear rule segments (a rule drawn cell by cell) as one rule each."""
    rows: list[list[BBox]] = []
    for rule in sorted(rules, key=lambda r: r.top):
        if rows and rule.top - rows[-1][0].top <= snap:
            rows[-1].append(rule)
        else:
            rows.append([rule])
    joined: list[BBox] = []
    for row in rows:
        y = sum(r.top for r in row) / len(row)
        spans = geo.merge_intervals(((r.x0, r.x1) for r in row), join)
        joined.extend(BBox(x0, y, x1, y) for x0, x1 in spans)
    return joined


def group_by_extent(rules: Sequence[BBox], tolerance: float) -> list[list[BBox]]:
    """Rules sharing left and right ends, each group top to bottom."""
    groups: list[list[BBox]] = []
    for rule in sorted(rules, key=lambda r: r.top):
        home = next((g for g in groups if abs(g[0].x0 - rule.x0) <= tolerance
                     and abs(g[0].x1 - rule.x1) <= tolerance), None)
        if home is None:
            groups.append([rule])
        else:
            home.append(rule)
    return groups


def split_at_tall_gaps(rules: Sequence[BBox], max_gap: float) -> list[list[BBox]]:
    """Runs of rules (top to bottom) no more than max_gap apart."""
    runs: list[list[BBox]] = []
    for rule in rules:
        if runs and rule.top - runs[-1][-1].top <= max_gap:
            runs[-1].append(rule)
        else:
            runs.append([rule])
    return runs


def row_bands(rules: Sequence[BBox], snap: float) -> list[tuple[float, float]]:
    ys = geo.cluster_positions((r.top for r in rules), snap)
    return [(a, b) for a, b in zip(ys, ys[1:], strict=False) if b - a >= MIN_BAND_HEIGHT]


def words_in(words: Sequence[Mapping[str, Any]], box: BBox) -> list[Mapping[str, Any]]:
    return geo.centres_inside(words, box)


def _free_counts(band_gaps: Sequence[Sequence[geo.Interval]]) -> list[tuple[float, int]]:
    """Sweep: (x, number of bands free at x) at every change point."""
    events = sorted((x, step) for gaps in band_gaps for lo, hi in gaps
                    for x, step in ((lo, 1), (hi, -1)))
    counts: list[tuple[float, int]] = []
    level = 0
    for x, step in events:
        level += step
        counts.append((x, level))
    return counts


def free_strips(band_gaps: Sequence[Sequence[geo.Interval]], need: int) -> list[geo.Interval]:
    """x-ranges free in at least ``need`` bands."""
    strips: list[geo.Interval] = []
    start: float | None = None
    for x, level in _free_counts(band_gaps):
        if level >= need and start is None:
            start = x
        elif level < need and start is not None:
            strips.append((start, x))
            start = None
    return geo.merge_intervals(strips)


def inner_gaps(gaps: Sequence[geo.Interval], lo: float, hi: float,
               min_gap: float) -> list[geo.Interval]:
    return [(a, b) for a, b in gaps if b - a >= min_gap and a > lo + 0.5 and b < hi - 0.5]


def column_boundaries(band_words: Sequence[Sequence[Mapping[str, Any]]], lo: float, hi: float,
                      min_gap: float) -> list[float]:
    """Inner column boundaries of a region from the word gaps of its bands.

    A band with no inner gap at all is one run of text (a banner across the
    table, or a row with only its first cell filled): it says nothing about
    where columns are, so it neither blocks a strip nor counts among the bands
    a strip must be free in, once two or more bands do have gaps (banner rows
    above every few lines would otherwise hide the columns they cross).
    """
    band_gaps = [geo.gaps_between(((w["x0"], w["x1"]) for w in ws), lo, hi)
                 for ws in band_words if ws]
    gapped = [g for g in band_gaps if inner_gaps(g, lo, hi, min_gap)]
    if len(gapped) >= MIN_GAPPED_BANDS:
        band_gaps = gapped
    need = len(band_gaps) - len(band_gaps) // SPANNING_ROW_SHARE
    strips = free_strips(band_gaps, need) if band_gaps else []
    return [b - min_gap / 2 for a, b in inner_gaps(strips, lo, hi, min_gap)]


def crosses(words: Sequence[Mapping[str, Any]], x: float) -> bool:
    return any(w["x0"] < x < w["x1"] for w in words)


def band_cells(band: tuple[float, float], xs: Sequence[float],
               words: Sequence[Mapping[str, Any]]) -> list[BBox]:
    """One row's cells: slots between boundaries, merged where a word crosses one.

    In a row with a crossing (a banner), the empty slots after its last text
    join the last cell: without vertical rules nothing shows where it ends.
    """
    top, bottom = band
    inner = [x for x in xs[1:-1] if not crosses(words, x)]
    if len(inner) < len(xs) - 2:
        inner = [x for x in inner if any(w["x0"] >= x for w in words)]
    bounds = [xs[0], *inner, xs[-1]]
    return [BBox(a, top, b, bottom) for a, b in zip(bounds, bounds[1:], strict=False)]


def region_frame(rules: Sequence[BBox], words: Sequence[Mapping[str, Any]],
                 settings: ExtractionSettings) -> TableFrame | None:
    lo, hi = min(r.x0 for r in rules), max(r.x1 for r in rules)
    bands = row_bands(rules, settings.snap_tolerance)
    band_words = [words_in(words, BBox(lo, a, hi, b)) for a, b in bands]
    if sum(1 for ws in band_words if ws) < 2:
        return None
    inner = column_boundaries(band_words, lo, hi, min_column_gap(settings))
    if not inner:
        return None
    xs = [lo, *inner, hi]
    rows = zip(bands, band_words, strict=True)
    cells = [c for band, ws in rows for c in band_cells(band, xs, ws)]
    return TableFrame(BBox(lo, bands[0][0], hi, bands[-1][1]), tuple(cells), "horizontal")


def candidate_regions(edges: Sequence[Mapping[str, Any]], page_size: tuple[float, float],
                      excluded: Sequence[BBox], settings: ExtractionSettings) -> list[list[BBox]]:
    page_width, page_height = page_size
    rules = long_rules(edges, min_rule_length(page_width), excluded, settings.snap_tolerance)
    joined = join_rules(rules, settings.snap_tolerance, settings.join_tolerance)
    groups = group_by_extent(joined, EXTENT_TOLERANCE)
    runs = [r for g in groups for r in split_at_tall_gaps(g, MAX_BAND_PAGE_SHARE * page_height)]
    return [r for r in runs if len(r) >= MIN_RULES]


def horizontal_rule_frames(page: Any, edges: Sequence[Mapping[str, Any]],
                           excluded: Sequence[BBox],
                           settings: ExtractionSettings) -> list[TableFrame]:
    """Frames of the page's tables that are ruled with horizontal lines only."""
    regions = candidate_regions(edges, (float(page.width), float(page.height)), excluded,
                                settings)
    if not regions:
        return []
    words = extract_words(page.chars, settings.text_x_tolerance, settings.text_y_tolerance)
    frames = (region_frame(rules, words, settings) for rules in regions)
    return [f for f in frames if f is not None]
