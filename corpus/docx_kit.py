"""Small python-docx helpers shared by the fixture builders.

Each plan module in ``corpus/plans/`` describes its layout with these calls;
``corpus/build.py`` writes the .docx and converts it to PDF.  Everything is
deterministic: no timestamps or random ids end up in the files (see
``freeze_core_properties``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell

FIXED_TIME = datetime(2013, 1, 1, 12, 0, 0)


@dataclass(frozen=True)
class Run:
    """A styled piece of cell text (a status glyph, bold words)."""

    text: str
    font: str | None = None
    colour: str | None = None  # "rrggbb"
    bold: bool = False
    italic: bool = False
    size: float | None = None


CellContent = str | Run | Sequence[str | Run]


def new_document(*, landscape: bool = True, font: str = "Arial", size: float = 9) -> Document:
    doc = Document()
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    freeze_core_properties(doc)
    return doc


def freeze_core_properties(doc: Document) -> None:
    props = doc.core_properties
    props.author = "actionplans corpus builder"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_modified_by = "actionplans corpus builder"
    props.revision = 1


def add_paragraph(doc: Document, text: str, *, bold: bool = False, size: float | None = None,
                  style: str | None = None) -> None:
    para = doc.add_paragraph(style=style)
    run = para.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def add_table(doc: Document, header: Sequence[str] | None, widths_cm: Sequence[float], *,
              repeat_header: bool = True, header_fill: str | None = "d9d9d9") -> Table:
    """A bordered table with fixed column widths and an optional header row."""
    table = doc.add_table(rows=0, cols=len(widths_cm))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for col, width in zip(table.columns, widths_cm, strict=True):
        col.width = Cm(width)
    if header is not None:
        row = add_row(table, list(header), bold=True)
        if repeat_header:
            mark_header_row(row._tr)
        if header_fill:
            for cell in row.cells:
                shade(cell, header_fill)
    return table


def mark_header_row(tr: OxmlElement) -> None:
    tr_pr = tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def add_row(table: Table, values: Sequence[CellContent], *, bold: bool = False,
            fills: Sequence[str | None] | None = None, cant_split: bool = False):
    row = table.add_row()
    for i, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
        col_width = table.columns[i].width
        if col_width is not None:
            cell.width = col_width
        write_cell(cell, value, bold=bold)
        if fills and fills[i]:
            shade(cell, fills[i])
    if cant_split:
        el = OxmlElement("w:cantSplit")
        row._tr.get_or_add_trPr().append(el)
    return row


def write_cell(cell: _Cell, value: CellContent, *, bold: bool = False) -> None:
    """Write text into a cell: ``\\n`` in a string starts a new paragraph."""
    items: Sequence[str | Run] = [value] if isinstance(value, str | Run) else value
    paragraphs: list[list[Run]] = [[]]
    for item in items:
        run = item if isinstance(item, Run) else Run(item, bold=bold)
        parts = run.text.split("\n")
        for j, part in enumerate(parts):
            if j:
                paragraphs.append([])
            if part:
                paragraphs[-1].append(Run(part, run.font, run.colour, run.bold, run.italic, run.size))
    first = cell.paragraphs[0]
    for j, runs in enumerate(paragraphs):
        para = first if j == 0 else cell.add_paragraph()
        for r in runs:
            _add_run(para, r)


def _add_run(para, r: Run) -> None:
    run = para.add_run(r.text)
    run.bold = r.bold
    run.italic = r.italic
    if r.size:
        run.font.size = Pt(r.size)
    if r.colour:
        run.font.color.rgb = RGBColor.from_string(r.colour.upper())
    if r.font:
        run.font.name = r.font
        rpr = run._r.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), r.font)


def shade(cell: _Cell, fill: str) -> None:
    """Give a cell a solid background (``w:shd``), as Word's Shading does."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.upper())
    tc_pr.append(shd)


def merge_down(table: Table, col: int, first_row: int, last_row: int) -> _Cell:
    """Merge a column's cells vertically (``w:vMerge``), keeping the first's text."""
    top = table.cell(first_row, col)
    bottom = table.cell(last_row, col)
    keep = [p for p in top._tc.iter(qn("w:p"))]
    merged = top.merge(bottom)
    _drop_empty_paragraphs(merged, keep)
    return merged


def merge_across(table: Table, row: int, first_col: int, last_col: int) -> _Cell:
    """Merge a row's cells horizontally (``w:gridSpan``), e.g. a banner row."""
    left = table.cell(row, first_col)
    keep = [p for p in left._tc.iter(qn("w:p"))]
    merged = left.merge(table.cell(row, last_col))
    _drop_empty_paragraphs(merged, keep)
    return merged


def _drop_empty_paragraphs(cell: _Cell, keep: list) -> None:
    # python-docx's merge appends the other cells' (empty) paragraphs.
    for p in list(cell._tc.iter(qn("w:p"))):
        if p not in keep and not "".join(p.itertext()).strip() and len(cell.paragraphs) > 1:
            p.getparent().remove(p)


def page_break(doc: Document) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_rich_paragraph(doc: Document, runs: Sequence[Run], *, style: str | None = None):
    """A body paragraph of styled runs (bold words inside a bullet, say)."""
    para = doc.add_paragraph(style=style)
    for r in runs:
        _add_run(para, r)
    return para
