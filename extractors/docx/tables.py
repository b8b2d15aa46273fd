"""Walk a w:tbl into its physical grid, the way Word lays it out.

A row's first cell starts at grid column ``w:gridBefore``; each cell takes
``w:gridSpan`` columns.  ``w:vMerge="restart"`` opens a vertical merge in
its grid column and each following ``w:vMerge`` (continue) cell in the same
column extends it: the covered positions get no Cell.  Irregular grids
(short rows, continues with nothing to continue) are recorded as they are,
never "repaired" and never an exception (bare python-docx raises "no tc
element at grid_offset" on them).

A nested table (w:tbl inside a w:tc) becomes its own RawTable with
``nested_in`` set; its text is not part of the outer cell's text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from extractors.docx.blocks import block_items, has_text, paragraph_content
from extractors.docx.context import WalkContext
from extractors.docx.runs import ParagraphText, to_spans
from extractors.docx.styles import RunStyle
from extractors.docx.xmlwalk import child, hex_colour, is_on, to_int, w, wattr
from models.records import Cell, RawTable

# A gridSpan beyond this is a corrupt value, not a layout: clamp it so one
# bad attribute cannot make n_cols absurd.
MAX_GRID_SPAN = 1000
ROW_WRAPPERS = frozenset({w("sdt"), w("sdtContent"), w("customXml")})


@dataclass
class CellDraft:
    """A cell being built; vertical merges grow it row by row."""

    row: int
    col: int
    col_span: int
    fill: str | None
    row_span: int = 1
    lines: list[str] = field(default_factory=list)
    pieces: list[tuple[str, RunStyle]] = field(default_factory=list)

    def add_paragraph(self, content: ParagraphText) -> None:
        if not has_text(content):
            return  # empty paragraphs (spacing, the one after a nested table) say nothing
        if self.pieces:
            self.pieces.append(("\n", self.pieces[-1][1]))
        self.lines.append(content.text)
        self.pieces.extend(content.pieces)

    def freeze(self) -> Cell:
        return Cell(text="\n".join(self.lines), row=self.row, col=self.col,
                    row_span=self.row_span, col_span=self.col_span, fill=self.fill,
                    spans=to_spans(self.pieces))


@dataclass
class GridDraft:
    cells: list[CellDraft] = field(default_factory=list)
    nested: list[etree._Element] = field(default_factory=list)
    open_merges: dict[int, CellDraft] = field(default_factory=dict)
    width: int = 0
    n_rows: int = 0
    header_rows: int = 0


def walk_table(tbl: etree._Element, ctx: WalkContext, nested_in: int | None = None,
               depth: int = 1) -> None:
    """Append the table, then its nested tables, to ``ctx.tables``."""
    order = ctx.next_order()
    grid = build_grid(tbl, ctx)
    if grid.n_rows == 0:
        ctx.note("a table without rows was skipped")
        return
    index = len(ctx.tables)
    n_cols = max(len(tbl.findall(f"{w('tblGrid')}/{w('gridCol')}")), grid.width)
    ctx.tables.append(RawTable(index=index, order=order, n_rows=grid.n_rows, n_cols=n_cols,
                               cells=tuple(c.freeze() for c in grid.cells),
                               nested_in=nested_in, header_rows=grid.header_rows))
    for inner in grid.nested:
        if depth >= ctx.settings.max_table_nesting:
            ctx.note(f"tables nested more than {ctx.settings.max_table_nesting} deep "
                     "were skipped")
            continue
        walk_table(inner, ctx, index, depth + 1)


def build_grid(tbl: etree._Element, ctx: WalkContext) -> GridDraft:
    grid = GridDraft()
    header_run = True
    for tr in rows(tbl):
        trpr = child(tr, "trPr")
        if is_on(child(trpr, "del")):
            ctx.note("tracked changes present: insertions included, deletions excluded")
            continue
        header_run = header_run and is_on(child(trpr, "tblHeader"))
        grid.header_rows += header_run
        walk_row(tr, grid.n_rows, grid, ctx)
        grid.n_rows += 1
    return grid


def wrapped_children(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    """The children of ``el`` with ``tag`` (w:tr of a table, w:tc of a row),
    including those wrapped in content controls or tracked insertions."""
    for node in el.iterchildren(etree.Element):
        if node.tag == tag:
            yield node
        elif node.tag in ROW_WRAPPERS:
            yield from wrapped_children(node, tag)


def rows(tbl: etree._Element) -> Iterator[etree._Element]:
    return wrapped_children(tbl, w("tr"))


def row_cells(tr: etree._Element) -> Iterator[etree._Element]:
    return wrapped_children(tr, w("tc"))


def walk_row(tr: etree._Element, r: int, grid: GridDraft, ctx: WalkContext) -> None:
    first = col = max(0, to_int(wattr(child(child(tr, "trPr"), "gridBefore"), "val"), 0))
    still_open: dict[int, CellDraft] = {}
    previous: CellDraft | None = None
    for tc in row_cells(tr):
        tcpr = child(tc, "tcPr")
        span = min(max(1, to_int(wattr(child(tcpr, "gridSpan"), "val"), 1)), MAX_GRID_SPAN)
        draft = place_cell(tc, tcpr, r, col, span, grid, previous, still_open)
        fill_cell(draft, tc, grid, ctx)
        previous = draft
        col += span
    # a row's cells sit side by side, so together they cover [first, col)
    grid.open_merges = carry_merges(grid.open_merges, still_open, range(first, col))
    grid.width = max(grid.width, col)


def carry_merges(before: dict[int, CellDraft], continued: dict[int, CellDraft],
                 covered: range) -> dict[int, CellDraft]:
    """Merges still open after a row.

    A merge ends at a row that puts another cell in its column, but survives a
    short row that has no cell there at all, so a continue below it still joins
    (grid_offset_error.docx: "Merged B1-B3" over a row with one cell).
    """
    after = dict(continued)
    for col, draft in before.items():
        if col not in covered:
            after.setdefault(col, draft)
    return after


def place_cell(tc: etree._Element, tcpr: etree._Element | None, r: int, col: int, span: int,
               grid: GridDraft, previous: CellDraft | None,
               still_open: dict[int, CellDraft]) -> CellDraft:
    """The draft this w:tc's content goes to: a new cell, or the merge it continues."""
    vmerge = child(tcpr, "vMerge")
    above = grid.open_merges.get(col)
    if vmerge is not None and wattr(vmerge, "val") != "restart" and above is not None:
        above.row_span = r - above.row + 1
        still_open[col] = above
        return above
    hmerge = child(tcpr, "hMerge")  # legacy horizontal merge, as Word 97 wrote it
    if hmerge is not None and wattr(hmerge, "val") != "restart" and previous is not None \
            and previous.row == r:
        previous.col_span += span
        return previous
    draft = CellDraft(row=r, col=col, col_span=span, fill=cell_fill(tcpr))
    grid.cells.append(draft)
    if vmerge is not None:
        still_open[col] = draft  # a restart, or a continue with nothing above: starts here
    return draft


def fill_cell(draft: CellDraft, tc: etree._Element, grid: GridDraft, ctx: WalkContext) -> None:
    """Add a w:tc's paragraphs to its draft; collect nested tables for later."""
    for item in block_items(tc, ctx):
        if item.tag == w("tbl"):
            grid.nested.append(item)
        else:
            add_paragraph(draft, item, grid, ctx)


def add_paragraph(draft: CellDraft, p: etree._Element, grid: GridDraft,
                  ctx: WalkContext) -> None:
    content = paragraph_content(p, ctx)
    draft.add_paragraph(content)
    for box in content.textboxes:
        fill_cell(draft, box, grid, ctx)


def cell_fill(tcpr: etree._Element | None) -> str | None:
    """The cell's background: w:shd/@w:fill, or @w:color under a solid pattern."""
    shd = child(tcpr, "shd")
    if shd is None or wattr(shd, "val") == "nil":
        return None
    if wattr(shd, "val") == "solid":
        solid = hex_colour(wattr(shd, "color"))
        if solid is not None:
            return solid
    return hex_colour(wattr(shd, "fill"))
