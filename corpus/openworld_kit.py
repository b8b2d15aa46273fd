"""One description of a document, rendered by either producer.

The open-world fixtures (``corpus/plans/openworld_*.py``) describe a plan as
a list of blocks - headings, paragraphs, tables, page breaks - and render it
with python-docx (then LibreOffice, as ``corpus/build.py`` does for every
``build_docx``) or draw it with reportlab.  The look differs by producer (line
widths, paddings, how rows split over pages); the words are the module's own.

In a table, a cell whose text is ``MERGED`` continues the cell above it (a
vertical merge); a ``Banner`` row spans the whole width (a theme heading);
``Row.fills`` colours cells by column (a RAG fill, a key's swatch).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus import PageBreak as RLPageBreak

from corpus import docx_kit, pdf_kit

MERGED = "\u0000merged"


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 0 title, 1 section, 2 sub-section


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Break:
    """A page break."""


@dataclass(frozen=True)
class Banner:
    text: str
    fill: str | None = "d9e2f3"


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    fills: dict[int, str] = field(default_factory=dict)
    bold: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...] | None
    widths_cm: tuple[float, ...]
    rows: Sequence[Row | Banner]
    header_fill: str | None = "1f3864"
    header_text: str = "ffffff"
    ruled: str = "grid"  # "grid", "rules" (horizontal lines only) or "none"; PDF only
    font_size: float | None = None
    spaced_cols: tuple[int, ...] = ()  # Word only: these columns' text and header letter-spaced
    spacing_pt: float = 0.0


Block = Heading | Para | Break | Table


@dataclass(frozen=True)
class Document:
    title: str
    author: str
    footer: str
    blocks: Sequence[Block]
    landscape: bool = True
    font: str = "Arial"
    font_size: float = 9
    accent: str = "1f3864"


def row(*cells: str, fills: dict[int, str] | None = None, bold: bool = False) -> Row:
    return Row(tuple(cells), dict(fills or {}), bold)


# ---------------------------------------------------------------- Word

def write_docx(doc_spec: Document, path: Path) -> None:
    doc = docx_kit.new_document(landscape=doc_spec.landscape, font=doc_spec.font,
                                size=doc_spec.font_size)
    doc.core_properties.title = doc_spec.title
    for block in doc_spec.blocks:
        if isinstance(block, Heading):
            _docx_heading(doc, block, doc_spec.accent)
        elif isinstance(block, Para):
            docx_kit.add_paragraph(doc, block.text, bold=block.bold)
        elif isinstance(block, Break):
            docx_kit.page_break(doc)
        else:
            _docx_table(doc, block)
            doc.add_paragraph()
    doc.save(str(path))


def _docx_heading(doc, block: Heading, accent: str) -> None:
    size = {0: 16, 1: 12.5, 2: 10.5}[block.level]
    para = doc.add_paragraph()
    run = para.add_run(block.text)
    run.bold = True
    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor.from_string(accent.upper())


def _docx_table(doc, spec: Table):
    table = docx_kit.add_table(doc, None, list(spec.widths_cm))
    if spec.header is not None:
        header = docx_kit.add_row(table, [docx_kit.Run(h, bold=True, colour=spec.header_text
                                                        if spec.header_fill else None)
                                           for h in spec.header])
        docx_kit.mark_header_row(header._tr)
        if spec.header_fill:
            for cell in header.cells:
                docx_kit.shade(cell, spec.header_fill)
    width = len(spec.widths_cm)
    merges: list[tuple[int, int, int]] = []  # (col, first_row, last_row)
    for item in spec.rows:
        index = len(table.rows)
        if isinstance(item, Banner):
            docx_kit.add_row(table, [item.text] + [""] * (width - 1), bold=True)
            cell = docx_kit.merge_across(table, index, 0, width - 1)
            if item.fill:
                docx_kit.shade(cell, item.fill)
            continue
        texts = ["" if c == MERGED else c for c in item.cells]
        fills = [item.fills.get(i) for i in range(width)]
        docx_kit.add_row(table, texts, bold=item.bold, fills=fills)
        for col, text in enumerate(item.cells):
            if text == MERGED:
                if merges and merges[-1][0] == col and merges[-1][2] == index - 1:
                    merges[-1] = (col, merges[-1][1], index)
                else:
                    merges.append((col, index - 1, index))
    for col, first, last in merges:
        docx_kit.merge_down(table, col, first, last)
    if spec.spaced_cols:
        letter_space(table, spec.spaced_cols, spec.spacing_pt)
    return table


def letter_space(table, cols: tuple[int, ...], points: float) -> None:
    """Expanded character spacing (``w:spacing``, in twentieths of a point) on
    every run of the given columns, as designers letter-space headings: the
    PDF then places each glyph apart, the way words come out split."""
    for tr in table.rows:
        cells = tr.cells
        for col in cols:
            for para in cells[col].paragraphs:
                for run in para.runs:
                    spacing = OxmlElement("w:spacing")
                    spacing.set(qn("w:val"), str(round(points * 20)))
                    run._r.get_or_add_rPr().append(spacing)


# ---------------------------------------------------------------- reportlab

def write_pdf(doc_spec: Document, path: Path) -> None:
    styles = pdf_kit.paragraph_styles(font_size=doc_spec.font_size - 1,
                                      accent=f"#{doc_spec.accent}")
    story: list[Flowable] = []
    for block in doc_spec.blocks:
        if isinstance(block, Heading):
            style = {0: styles.title, 1: styles.subtitle, 2: styles.banner}[block.level]
            story.append(Paragraph(escape(block.text), style))
        elif isinstance(block, Para):
            text = escape(block.text)
            story.append(Paragraph(f"<b>{text}</b>" if block.bold else text, styles.body))
        elif isinstance(block, Break):
            story.append(RLPageBreak())
        else:
            story.append(_pdf_table(block, styles))
            story.append(Spacer(1, 0.4 * cm))
    pdf_kit.write_pdf(path, story, landscape_page=doc_spec.landscape, title=doc_spec.title,
                      author=doc_spec.author, footer=doc_spec.footer)


def _pdf_table(spec: Table, styles: pdf_kit.Styles) -> Flowable:
    cell_style = styles.cell
    header_style = styles.header.clone("table_header", textColor=colors.HexColor(f"#{spec.header_text}"))
    if not spec.header_fill:
        header_style = styles.banner
    rows: list[list[Flowable | str]] = []
    commands: list[tuple] = []
    width = len(spec.widths_cm)
    if spec.header is not None:
        rows.append([pdf_kit.cell(h, header_style) for h in spec.header])
        if spec.header_fill:
            commands.append(pdf_kit.fill(0, 0, f"#{spec.header_fill}", to_col=width - 1))
    merges: list[tuple[int, int, int]] = []
    for item in spec.rows:
        index = len(rows)
        if isinstance(item, Banner):
            rows.append([pdf_kit.cell(item.text, styles.banner)] + [""] * (width - 1))
            commands += pdf_kit.banner_row(index)
            if item.fill:
                commands.append(pdf_kit.fill(0, index, f"#{item.fill}", to_col=width - 1))
            continue
        style = styles.header.clone("bold_cell", textColor=colors.black) if item.bold else cell_style
        rows.append(["" if c == MERGED else pdf_kit.cell(c, style) for c in item.cells])
        for col, colour in item.fills.items():
            commands.append(pdf_kit.fill(col, index, f"#{colour}"))
        for col, text in enumerate(item.cells):
            if text == MERGED:
                if merges and merges[-1][0] == col and merges[-1][2] == index - 1:
                    merges[-1] = (col, merges[-1][1], index)
                else:
                    merges.append((col, index - 1, index))
    if spec.ruled == "none":
        grid: list[tuple] = []
    elif spec.ruled == "rules":
        grid = pdf_kit.horizontal_rules(len(rows))
    elif merges:
        grid = pdf_kit.grid_with_merges(len(rows), width, merges)
    else:
        grid = pdf_kit.full_grid(0.5)
    header_rows = 1 if spec.header is not None else 0
    closing = None if spec.ruled == "none" else (0.5, "#595959")
    return pdf_kit.data_table(rows, [w * cm for w in spec.widths_cm], grid + commands,
                              header_rows=header_rows, closing_rule=closing)
