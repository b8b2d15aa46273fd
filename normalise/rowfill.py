"""Read a line's RAG from the fill of its cells, in a table with no status column.

Many plans print no status column: the RAG is only a fill on the ref cell, on
the action cell or on the whole row, usually explained by a key ("Green =
complete", or coloured key cells).  A fill is also decoration (a shaded first
column, zebra striping, a work-stream colour per theme), so a table's fills
are read as status only on clear evidence, decided from the fills themselves:

- the colours are RAG-like: near a RAG colour (``nearest_rag``) and strong
  enough to be a signal, not a pale tint used for banding; a mid grey may mark
  a line (not started), but grey alone never makes the table a RAG table;
- one column carries them (a whole row's fill is on every column): at least
  half of the body lines have such a fill there;
- the body lines differ: a table whose every line has the same fill, or whose
  fills alternate strictly (zebra), or whose fill changes only where the
  theme or the recommendation does (a colour per work-stream), is shaded,
  not rated.

The fill is then read as a status cell's fill is (``read_status_cells``): through the
document's own key where it prints one, else the defaults of ``status.toml``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace

from models.records import Cell, LogicalLine
from normalise.legend import Legend, read_status_cells
from normalise.status import StatusReading, hex_to_rgb, nearest_rag, rgb_to_lab

# below this chroma (CIE L*a*b*) a coloured fill is a tint: the pale blues, greens and
# creams of banded rows; RAG fills are saturated (office green #92d050 is 69, the pale
# "good" green #c6efce 23, the banding blue #dbe5f1 7)
SIGNAL_CHROMA = 22.0
# a grey is a status (not started) when clearly darker than a header's pale shading
GREY_CHROMA = 8.0
GREY_MAX_LIGHTNESS = 80.0
# the share of body lines that must carry a fill in the chosen column
MIN_CARRIED = 0.5
# strict alternation of two fills over this many lines or more is zebra striping
BANDING_LINES = 4


def signal_rag(colour: str | None) -> str | None:
    """The RAG a fill shows when it is strong enough to be a status, else None."""
    rag = nearest_rag(colour)
    if rag is None or colour is None:
        return None
    lightness, a, b = rgb_to_lab(hex_to_rgb(colour))
    chroma = math.hypot(a, b)
    if rag == "grey":
        return rag if chroma < GREY_CHROMA and lightness < GREY_MAX_LIGHTNESS else None
    return rag if chroma >= SIGNAL_CHROMA else None


def signals_of(lines: Sequence[LogicalLine]) -> dict[str, str | None]:
    """``signal_rag`` of each distinct fill of the lines: a table draws a handful of
    colours over thousands of cells, so each is measured once."""
    colours = {c.fill.lower() for ln in lines for cells in ln.cells for c in cells if c.fill}
    return {colour: signal_rag(colour) for colour in colours}


def line_fill(cells: Sequence[Cell], signals: Mapping[str, str | None]) -> str | None:
    """The first signal fill among one line's cells of a column (a line of several
    physical rows may be coloured on its first row only)."""
    return next((c.fill.lower() for c in cells if c.fill and signals.get(c.fill.lower())), None)


def fills_of(lines: Sequence[LogicalLine], col: int,
             signals: Mapping[str, str | None]) -> list[str | None]:
    return [line_fill(ln.cells[col], signals) if col < len(ln.cells) else None for ln in lines]


def is_banding(fills: Sequence[str | None]) -> bool:
    """Two fills strictly alternating down the table: zebra striping."""
    if len(fills) < BANDING_LINES or len(set(fills)) != 2:
        return False
    return all(a != b for a, b in zip(fills, fills[1:], strict=False))


def follows_groups(lines: Sequence[LogicalLine], fills: Sequence[str | None],
                   group_columns: Sequence[int]) -> bool:
    """One fill per group of lines (under one banner, or one recommendation merged down
    over its actions), over groups of two lines or more: a work-stream's colour, not
    each line's status."""
    groups: dict[tuple[str | None, tuple[str, ...]], set[str | None]] = {}
    for line, fill in zip(lines, fills, strict=True):
        key = (line.banner, tuple(line.values[c] for c in group_columns if c < len(line.values)))
        groups.setdefault(key, set()).add(fill)
    if len(groups) < 2 or len(lines) < 2 * len(groups):
        return False
    return all(len(found) == 1 for found in groups.values())


def carries_status(lines: Sequence[LogicalLine], fills: Sequence[str | None],
                   signals: Mapping[str, str | None], group_columns: Sequence[int] = ()) -> bool:
    rags = [signals.get(f) for f in fills if f]
    if len(rags) < 2 or len(rags) < MIN_CARRIED * len(fills):
        return False
    if all(rag == "grey" for rag in rags) or len(set(fills)) < 2:
        return False
    return not is_banding(fills) and not follows_groups(lines, fills, group_columns)


def status_fill_column(lines: Sequence[LogicalLine], has_status_column: bool,
                       group_columns: Sequence[int] = ()) -> int | None:
    """The column whose fills show each line's RAG, or None (a status column wins).
    ``group_columns`` hold what groups lines (the recommendation or objective)."""
    if has_status_column or len(lines) < 2:
        return None
    best: tuple[int, int, int] | None = None
    signals = signals_of(lines)
    for col in range(len(lines[0].header)):
        fills = fills_of(lines, col, signals)
        if not carries_status(lines, fills, signals, group_columns):
            continue
        # the column coloured on most lines, the most varied, then the leftmost
        score = (sum(1 for f in fills if f), len(set(fills)), -col)
        if best is None or score > best:
            best = score
    return -best[2] if best else None


def read_line_fill(cells: Sequence[Cell], legend: Legend) -> StatusReading | None:
    """A line's status from the fills of the column chosen for the table.  A line of
    several rows coloured alike reads as one; rows coloured differently (two actions
    under one ref) give the least favourable, as status words in several rows do."""
    coloured = [replace(c, text="") for c in cells if c.fill and signal_rag(c.fill)]
    return read_status_cells("", coloured, legend) if coloured else None
