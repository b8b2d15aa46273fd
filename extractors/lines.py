"""From a table's physical grid to the plan's logical lines.

A plan line often spans several physical rows: key actions stacked in rows
with an empty ref cell, a row cut by a page break, an action merged down
beside its milestones.  This module rebuilds the lines from structure alone
(geometry, repetition, emptiness, spans), for tables from either extractor;
what a column *means* is left to normalise/.

Each body row is classified, then rows are grouped into lines:

- ``drop``: empty, or the header printed again (new page, new chunk);
- ``banner``: one cell across the table, or alone in the first column —
  its text heads the lines below it;
- ``start``: opens a line (its key cell holds text);
- ``cont``: continues the line above (its key cell is empty or covered);
- ``split``: a row cut by a page break — continues the line above when the
  table's lines are numbered and this row's key text is not;
- ``unnumbered``: in a table whose lines are numbered, a row with no
  ref-like text anywhere (nor merged onto it) continues the line above —
  the rest of a cell the file drew as a row of its own (BANES' "Agency"
  rows under each area for improvement).  A row whose key cell has no
  number but another cell has one (Haringey's unnumbered milestone beside
  "16. Review …") is a line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from extractors.lines_build import LineContext, build_line
from extractors.lines_grid import (
    Grid,
    build_grid,
    key_text,
    row_page,
)
from extractors.lines_header import (
    HeaderPrint,
    HeaderSpan,
    header_print,
    header_span,
    header_texts,
    is_first_cell_only,
    is_wide_banner,
    leading_banner_count,
    repeats_header,
)
from models.records import DEFAULT_REF_POLICY, LogicalLine, RawTable, RefPolicy

Kind = Literal["drop", "banner", "lone", "start", "cont", "split", "unnumbered"]
_JOINS = ("cont", "split", "unnumbered")  # kinds that continue the open line
_IN_LINE = ("start", *_JOINS)

__all__ = ["assemble_lines", "header_row_count", "key_column"]


def header_row_count(table: RawTable, policy: RefPolicy = DEFAULT_REF_POLICY) -> int:
    """Rows before the body: leading banner rows plus the header rows."""
    return header_span(build_grid(table, policy), table).stop


def key_column(table: RawTable, header_rows: int, policy: RefPolicy = DEFAULT_REF_POLICY) -> int:
    """The column whose cells identify the lines (see ``_key_column``)."""
    grid = build_grid(table, policy)
    return _key_column(grid, _span_ending(grid, header_rows))


def assemble_lines(table: RawTable, policy: RefPolicy = DEFAULT_REF_POLICY) -> tuple[LogicalLine, ...]:
    """The table's logical lines; ``policy`` is the resolved vocabulary's ref policy
    (``Vocabulary.ref_policy``), so line assembly and normalisation agree on refs."""
    grid = build_grid(table, policy)
    span = header_span(grid, table)
    key = _key_column(grid, span)
    kinds = _classify(grid, span, key, table.line_cols)
    groups = _group(kinds, lambda rows: _banner_text(grid, rows))
    ctx = LineContext(grid, table, header_texts(grid, span),
                      frozenset(r for g in groups for r in g.rows), _page_cuts(grid, groups))
    return tuple(build_line(ctx, g.rows, g.banner) for g in groups)


def _span_ending(grid: Grid, header_rows: int) -> HeaderSpan:
    stop = max(0, min(header_rows, grid.n_rows))
    return HeaderSpan(leading_banner_count(grid, stop), stop)


# --- the key column --------------------------------------------------------

def _body_rows(grid: Grid, span: HeaderSpan) -> list[int]:
    """Rows that may hold lines: not empty, not a repeated header, no banner."""
    hp = header_print(grid, span)
    return [r for r in range(span.stop, grid.n_rows)
            if not grid.is_empty(r) and not repeats_header(grid, r, hp)
            and not is_wide_banner(grid, r)]


def _key_column(grid: Grid, span: HeaderSpan) -> int:
    """The leftmost column where most texts start ref-like, that has a cell
    in most rows holding a ref anywhere, and that is not merged down over
    rows numbered elsewhere (an action spanning its numbered milestones);
    else the leftmost column filled in most rows; else column 0."""
    body = _body_rows(grid, span)
    numbered = [r for r in body if any(grid.starts_with_ref(c.text) for c in grid.rows[r])]
    for col in range(grid.n_cols):
        if (_mostly_refs(grid, body, col) and _fills_most(grid, numbered, col)
                and not _groups_numbered_rows(grid, body, col)):
            return col
    for col in range(grid.n_cols):
        if _fills_most(grid, body, col):
            return col
    return 0


def _groups_numbered_rows(grid: Grid, rows: Sequence[int], col: int) -> bool:
    return any(_numbered_elsewhere(grid, r, col)
               for r in rows if grid.covered_from_above(r, col) is not None)


def _numbered_elsewhere(grid: Grid, row: int, col: int) -> bool:
    return any(grid.starts_with_ref(c.text) for c in grid.rows[row] if c.col != col)


def _mostly_refs(grid: Grid, rows: Sequence[int], col: int) -> bool:
    texts = [t for t in (key_text(grid, r, col) for r in rows) if t]
    return 2 * sum(grid.starts_with_ref(t) for t in texts) > len(texts)


def _fills_most(grid: Grid, rows: Sequence[int], col: int) -> bool:
    return 2 * sum(bool(key_text(grid, r, col)) for r in rows) > len(rows)


# --- classifying rows ------------------------------------------------------

@dataclass(frozen=True)
class _Table:
    """What classifying a row needs to know about its table."""

    grid: Grid
    key: int
    header: HeaderPrint
    numbered: bool  # most key cells start ref-like (in a table of 2+ columns)
    line_cols: tuple[int, ...] = ()  # text in any of these opens a line (RawTable.line_cols)


def _classify(grid: Grid, span: HeaderSpan, key: int,
              line_cols: tuple[int, ...] = ()) -> list[tuple[int, Kind]]:
    leading: list[tuple[int, Kind]] = [
        (r, "drop" if grid.is_empty(r) else "banner") for r in range(span.start)]
    # in a single column nothing beside a fragment shows it is one
    numbered = grid.n_cols > 1 and _mostly_refs(grid, _body_rows(grid, span), key)
    table = _Table(grid, key, header_print(grid, span), numbered, line_cols)
    body: list[tuple[int, Kind]] = []
    prev_page: int | None = None
    for row in range(span.stop, grid.n_rows):
        kind = _kind(table, row, _new_page(grid, row, prev_page))
        body.append((row, kind))
        if kind in _IN_LINE:  # a banner, even one repeated by a page, is no line's page
            prev_page = row_page(grid, row) or prev_page
    return leading + _resolve_lone(body)


def _new_page(grid: Grid, row: int, prev_page: int | None) -> bool:
    page = row_page(grid, row)
    return page is not None and prev_page is not None and page != prev_page


def _kind(t: _Table, row: int, new_page: bool) -> Kind:
    grid = t.grid
    if grid.is_empty(row) or repeats_header(grid, row, t.header):
        return "drop"
    if is_wide_banner(grid, row):
        return "banner"
    if t.line_cols:
        return "start" if any(key_text(grid, row, c) for c in t.line_cols) else "cont"
    text = key_text(grid, row, t.key)
    split = t.numbered and new_page
    if is_first_cell_only(grid, row) and not (t.key == 0 and grid.starts_with_ref(text)):
        # a cell's text cut off by a page break looks like a banner; cut
        # cells are far commoner at a page top than unmerged banners
        return "split" if split else "lone"
    if not text:
        return "cont"
    if t.numbered and not _row_numbered(grid, row):
        return "unnumbered"
    return "split" if split and not grid.starts_with_ref(text) else "start"


def _row_numbered(grid: Grid, row: int) -> bool:
    """Some cell of the row, or merged down onto it, starts ref-like."""
    above = (grid.covered_from_above(row, col) for col in range(grid.n_cols))
    cells = [*grid.rows[row], *(c for c in above if c is not None)]
    return any(grid.starts_with_ref(c.text) for c in cells)


def _page_cuts(grid: Grid, groups: Sequence[_Group]) -> dict[int, int]:
    """Rows continuing their line on a new page, each mapped to the line's
    row before the break (the other half of the cut row)."""
    return {row: prev for g in groups for prev, row in zip(g.rows, g.rows[1:], strict=False)
            if _new_page(grid, row, row_page(grid, prev))}


def _resolve_lone(kinds: list[tuple[int, Kind]]) -> list[tuple[int, Kind]]:
    """Text alone in the first column is a banner, unless the row after it
    continues a line: a banner heads lines, so it was a wrapped cell."""
    kept = [(r, k) for r, k in kinds if k != "drop"]
    after = {r: (kept[i + 1][1] if i + 1 < len(kept) else None) for i, (r, _) in enumerate(kept)}
    return [(r, _lone_kind(after[r]) if k == "lone" else k) for r, k in kinds]


def _lone_kind(next_kind: Kind | None) -> Kind:
    return "cont" if next_kind == "cont" else "banner"


# --- grouping rows into lines ----------------------------------------------

@dataclass
class _Group:
    rows: list[int]
    banner: str | None


@dataclass
class _State:
    groups: list[_Group] = field(default_factory=list)
    banner_rows: list[int] = field(default_factory=list)
    banner: str | None = None
    previous: str | None = None  # the banner in force before the current one
    banner_parts: set[str] = field(default_factory=set)
    open_line: _Group | None = None
    after_banner: bool = False


BannerText = Callable[[Sequence[int]], str]


def _group(kinds: list[tuple[int, Kind]], banner_text: BannerText) -> list[_Group]:
    state = _State()
    for row, kind in kinds:
        if kind == "banner":
            _add_banner(state, row, banner_text)
        elif kind != "drop":
            _add_row(state, row, kind)
    if state.after_banner:
        # banners with no line below would be lost: keep them as a line
        state.groups.append(_Group(state.banner_rows, state.previous))
    return state.groups


def _add_banner(state: _State, row: int, banner_text: BannerText) -> None:
    if not state.after_banner and banner_text([row]) in state.banner_parts:
        return  # the banner in force printed again with the header on a new page
    # consecutive banner rows (a theme, then an objective) read as one banner
    if state.after_banner:
        state.banner_rows = [*state.banner_rows, row]
    else:
        state.banner_rows, state.previous = [row], state.banner
    state.banner = banner_text(state.banner_rows)
    state.banner_parts = {banner_text([r]) for r in state.banner_rows}
    state.open_line = None
    state.after_banner = True


def _add_row(state: _State, row: int, kind: Kind) -> None:
    state.after_banner = False
    if kind in _JOINS and state.open_line is not None:
        state.open_line.rows.append(row)
        return
    state.open_line = _Group([row], state.banner)
    state.groups.append(state.open_line)


def _banner_text(grid: Grid, rows: Sequence[int]) -> str:
    return "\n".join(c.text.strip() for r in rows for c in grid.non_blank(r))
