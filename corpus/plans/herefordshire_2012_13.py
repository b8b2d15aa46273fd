"""Herefordshire "Supporting and Protecting Children Improvement Plan V2.2"
(2012-13), rebuilt from seed 004 (a text dump; the original PDF is gone).

What makes it hard, reproduced here:
- landscape pages opening with several pages of narrative: bullets, a numbered
  list of evidence types (numbers that are not plan refs), a diagram with no
  text, and the "Reference key" AA1–AA7;
- two legend tables that are not plan lines: the RAG table (each colour cell
  shaded in its colour) and the work-stream colour table;
- one table per theme whose repeated header is two rows: the theme as a merged
  row, then the column header with an unnamed first (ref) column;
- status only as a shaded "RAG process" cell holding a colour word, sometimes
  lower case and sometimes followed by a date and a note;
- the lead cell shaded in its work stream's pastel colour (a second fill that
  is not a status);
- bullets in cells (Word numbering, not text), italic timescale-extension
  notes inside "By when", "Link to …" notes under the ref;
- milestone sub-rows (4.7, 5.3, 5.6) under vertically merged cells, and rows
  split over pages with the header repeated;
- the reference key repeated as a block of line-broken text before each theme;
- Theme 3's last lines in a second table whose header has no theme row.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx.document import Document as DocumentType
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from PIL import Image, ImageDraw

from corpus import docx_kit as kit
from corpus.plans import herefordshire_2012_13_data as data
from corpus.plans.herefordshire_2012_13_data import PlanLine

STEM = "herefordshire-2012-13"

# Landscape A4 less 1.5 cm margins leaves 26.7 cm.
WIDTHS_CM = (1.7, 2.3, 5.2, 3.9, 3.8, 2.7, 2.3, 2.6, 2.2)
HEADER_FILL = "d9d9d9"
TABLE_FONT = 9.5

FRONT_OUTLINE = (
    "Following on from the recent Ofsted inspection of the arrangements for the protection of "
    "children (September 2012), this plan has been produced to bring forward improvements "
    "identified in Herefordshire Children's Services Quality and Improvement Action Plan 2012-13 "
    "and Herefordshire Safeguarding Children Board Business Plan 2012-13, in addition to the "
    "improvements highlighted by Ofsted. Our aim is to ensure Herefordshire's Child Protection "
    "practices and procedures are good, and staff in every agency, at every level, communicate "
    "effectively to ensure this. The plan sets out to ensure that the underlying causes of "
    "children being safe are impacted on by all sides of the system, from safeguarding practice to "
    "commissioning and to ensure that there is governance and holding to account between policy, "
    "practice and commissioning.",
    "The Plan identifies the improvements required, and the outcomes we will be measuring, in the "
    "arrangements for the protection of children in Herefordshire. We will enhance:",
)
ENHANCE = (
    "The quality of practice",
    "The effectiveness of help and protection provided to children, young people, families and "
    "carers",
    "Leadership and governance",
    "Multi agency working and integration",
    "Outcomes for children, young people and their families.",
)
FRONT_AFTER = (
    "It is important to note that this plan does not relate to the generality of Herefordshire's "
    "children, as the vast majority of our children are safe, but is part of a narrative "
    "indicating our priority of improving Child Protection practices.",
    "The Plan will tackle the areas of greatest risk first and lay the foundations for more "
    "effective practice. This will include monitoring targets set out in the plan and checking "
    "that improvements are embedded through quality assurance and scrutiny.",
    "The plan will have an unwavering focus on securing the necessary rapid and sustainable "
    "improvements needed in safeguarding services for Herefordshire's children, young people and "
    "their families. With this in mind, the aims and outcome measures of this plan are "
    "child-centred.",
    "The plan is a living document and is reviewed regularly through the Improvement Board. In "
    "addition to this, progress will be monitored by both the Lead Member and DCS on a bi-weekly "
    "basis",
    "The plan is linked to The Herefordshire Levels of Need Pathway below.",
)
SAFEGUARDED_BY = (
    "Understanding needs", "Co-ordinating responses", "Placing Common Assessment at the heart",
    "Assessment of risk whenever needed", "'Drawing-in' advice and guidance",
    "Effective information sharing", "Whole family and multi-agency approaches",
)
PRIORITY_AIMS = ("I am safe and happy", "I am healthy and well",
                 "I enjoy life and there is lots to do and learn")
OUTCOME_MEASURES = (
    "I know who to talk to and I am listened to", "I feel I am getting the help I need",
    "I am protected from harm", "I am helped by people who know what they are doing",
    "My family are getting the help they need",
)
EVIDENCE_TYPES = (
    "Stakeholder and service user consultations", "Consultation, audit, surveys",
    "Child Protection (CP) data, audit, Looked After Child (LAC) data",
    "Workforce data, supervision, quality assurance, career professional development (CPD) data",
    "Commissioning data, multi-agency data audit",
)


def build_docx(path: Path) -> None:
    doc = kit.new_document(landscape=True, font="Arial", size=11)
    add_front_matter(doc)
    add_legends(doc)
    for theme, tables in data.THEMES:
        add_short_key(doc)
        for i, lines in enumerate(tables):
            if i:
                doc.add_paragraph()  # keeps Word from fusing the two tables
            add_theme_table(doc, theme if i == 0 else None, lines)
    doc.save(str(path))


# --- front matter ----------------------------------------------------------

def add_front_matter(doc: DocumentType) -> None:
    kit.add_paragraph(doc, data.TITLE, bold=True, size=18)
    kit.add_paragraph(doc, data.VERSION, bold=True, size=14)
    heading(doc, "Outline and context")
    paragraphs(doc, FRONT_OUTLINE)
    bullets(doc, ENHANCE)
    paragraphs(doc, FRONT_AFTER)
    heading(doc, "The Herefordshire Levels of Need Pathway")
    doc.add_picture(io.BytesIO(pathway_png()), width=Cm(16))
    kit.add_paragraph(doc, "Ensuring children and young people are safeguarded by:")
    bullets(doc, SAFEGUARDED_BY)
    heading(doc, "Priority Aims")
    bullets(doc, PRIORITY_AIMS)
    heading(doc, "Outcome measures")
    bullets(doc, OUTCOME_MEASURES)
    heading(doc, "Evidence for performance indicators")
    for item in EVIDENCE_TYPES:
        doc.add_paragraph(item, style="List Number")
    kit.add_paragraph(doc, "A performance framework will be established to this effect.")
    heading(doc, "Reference key")
    paragraphs(doc, data.REFERENCE_KEY)


def heading(doc: DocumentType, text: str) -> None:
    kit.add_paragraph(doc, text, bold=True, size=13)


def paragraphs(doc: DocumentType, texts: tuple[str, ...]) -> None:
    for text in texts:
        kit.add_paragraph(doc, text)


def bullets(doc: DocumentType, items: tuple[str, ...]) -> None:
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def pathway_png() -> bytes:
    """The levels-of-need diagram: coloured chevrons, no text (the dump has none)."""
    image = Image.new("RGB", (960, 260), "white")
    draw = ImageDraw.Draw(image)
    colours = ("#9bbb59", "#f2c314", "#f79646", "#c0504d")
    for i, colour in enumerate(colours):
        x = 20 + i * 230
        draw.polygon([(x, 40), (x + 200, 40), (x + 240, 130), (x + 200, 220), (x, 220),
                      (x + 40, 130)], fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def add_legends(doc: DocumentType) -> None:
    kit.add_paragraph(doc, "The outcomes are RAG rated and the descriptors are outlined in the "
                      "following table:")
    table = kit.add_table(doc, None, (3.5, 12.0), repeat_header=False)
    kit.add_row(table, ["RAG table", ""], bold=True)
    for word, meaning, fill in data.RAG_KEY:
        kit.add_row(table, [word, meaning], fills=[fill, None])
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    doc.add_paragraph()
    kit.add_paragraph(doc, "Actions have been separated into work streams. These are colour-coded "
                      "as follows:")
    streams = list(data.WORK_STREAMS.items())
    table = kit.add_table(doc, None, (6.0, 6.0), repeat_header=False)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for left, right in zip(streams[::2], streams[1::2], strict=True):
        kit.add_row(table, [left[0], right[0]], fills=[left[1], right[1]])


def add_short_key(doc: DocumentType) -> None:
    """The key repeated before each theme: one paragraph, lines broken by w:br."""
    para = doc.add_paragraph()
    para.paragraph_format.page_break_before = True
    for i, line in enumerate(data.SHORT_KEY):
        run = para.add_run(line if i == 0 else " " + line)
        run.font.size = Pt(8)
        if i < len(data.SHORT_KEY) - 1:
            run.add_break()


# --- themed action tables --------------------------------------------------

def add_theme_table(doc: DocumentType, theme: str | None, lines: tuple[PlanLine, ...]) -> None:
    table = kit.add_table(doc, None, WIDTHS_CM)
    if theme is not None:
        add_theme_row(table, theme)
    header = kit.add_row(table, [""] * len(WIDTHS_CM), fills=[HEADER_FILL] * len(WIDTHS_CM))
    for cell, text in zip(header.cells, data.HEADER, strict=True):
        write(cell, text, bold=True)
    kit.mark_header_row(header._tr)
    for line in lines:
        add_plan_line(table, line)


def add_theme_row(table: Table, theme: str) -> None:
    row = kit.add_row(table, [""] * len(WIDTHS_CM))
    kit.mark_header_row(row._tr)
    cell = kit.merge_across(table, len(table.rows) - 1, 0, len(WIDTHS_CM) - 1)
    write(cell, theme, bold=True, size=12)
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def add_plan_line(table: Table, line: PlanLine) -> None:
    """One plan line: one row, or one row per milestone with the rest merged down."""
    n_sub = max(len(v) if isinstance(v, tuple) else 1 for v in (line.outcome, line.lead, line.when))
    first = len(table.rows)
    rows = [kit.add_row(table, [""] * len(WIDTHS_CM)) for _ in range(n_sub)]
    for col in (0, 1, 2, 4, 7, 8):
        if n_sub > 1:
            kit.merge_down(table, col, first, first + n_sub - 1)
    cells = rows[0].cells
    write(cells[0], line.ref)
    write(cells[1], line.reference)
    write(cells[2], line.action)
    write(cells[4], line.evidence)
    write(cells[7], line.rag)
    kit.shade(cells[7], data.RAG_FILLS[line.rag.split()[0].lower()])
    write(cells[8], line.grade)
    for col, value in ((3, line.outcome), (5, line.lead), (6, line.when)):
        parts = value if isinstance(value, tuple) else (value,)
        if len(parts) == 1 and n_sub > 1:
            kit.merge_down(table, col, first, first + n_sub - 1)
        for row, part in zip(rows, parts, strict=False):
            write(row.cells[col], part)
    lead_cells = {id(row.cells[5]._tc): row.cells[5] for row in rows}  # merged: one cell
    for cell in lead_cells.values():
        kit.shade(cell, data.WORK_STREAMS[line.stream])


def write(cell: _Cell, text: str, *, bold: bool = False, size: float = TABLE_FONT) -> None:
    """Write the data module's markup: paragraphs, "• " bullets, *italic*."""
    for i, para_text in enumerate(text.split("\n")):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if para_text.startswith("• "):
            para.style = "List Bullet"
            para_text = para_text[2:]
        for j, piece in enumerate(para_text.split("*")):
            if piece:
                run = para.add_run(piece)
                run.bold = bold
                run.italic = j % 2 == 1
                run.font.size = Pt(size)
