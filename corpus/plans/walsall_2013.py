"""Walsall: scrutiny panel report "Children's Services Improvement Activity"
(8 January 2013) with the Strategic Improvement Plan 2012 (10 Dec 2012)
embedded.  Seed 003.

The layout reproduced (the original is lost; the seed is its text dump):
- a portrait narrative report: headings, numbered paragraphs ("2.3 …")
  that are not plan lines, bullet lists and a RAG summary count table
  (BLUE GREEN AMBER RED GREY / Number of actions / % of total) that is not
  an action table;
- then a landscape section with the plan: version table, theme-lead table,
  the Plan Key legend (Gr/B/G/A/R), an abbreviations table, and per theme a
  heading, "Theme Lead", an Outcomes list and the theme's table;
- each theme table has a two-row header ("References" spanning "Action No."
  and "Reference to:"), repeated on every page; objective banner rows
  spanning the table above the lines they govern; a short section banner
  ("Looked After Children"); a RAG column of letters on coloured cells;
  bullets in the Measures cells; rows left free to split over page breaks
  and three lines with run-on rows whose Action No. cell is empty.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from corpus import docx_kit as kit
from corpus.plans.walsall_2013_intro import (
    ABBREVIATIONS,
    PLAN_FRONT,
    PLAN_KEY,
    THEME_LEADS,
    THEMES,
    VERSION,
)
from corpus.plans.walsall_2013_report import RAG_SUMMARY, REPORT
from corpus.plans.walsall_2013_theme1 import THEME_1
from corpus.plans.walsall_2013_theme2 import THEME_2
from corpus.plans.walsall_2013_theme3 import THEME_3

STEM = "walsall-2013-01"

WIDTHS_CM = [1.4, 1.9, 5.8, 2.8, 2.4, 5.2, 6.1, 1.1]
HEADER_TOP = ["References", "", "Action", "Timescale", "Lead Person(s)", "Measures",
              "Review note for this period", "RAG"]
HEADER_BOTTOM = ["Action No.", "Reference to:", "", "", "", "", "", ""]
FIELDS = ["no", "refs", "action", "timescale", "lead", "measures", "note", "rag"]
HEADER_FILL = "d9d9d9"
BANNER_FILL = "f2f2f2"
# the fills the Plan Key gives each letter
RAG_FILLS = {"Gr": "a6a6a6", "B": "00b0f0", "G": "00b050", "A": "ffc000", "R": "ff0000"}
SUMMARY_FILLS = [None, "00b0f0", "00b050", "ffc000", "ff0000", "a6a6a6"]
TABLE_TEXT_PT = 8


def build_docx(path: Path) -> None:
    doc = kit.new_document(landscape=False, size=10)
    style_headings(doc)
    write_blocks(doc, REPORT)
    start_landscape_section(doc)
    write_blocks(doc, PLAN_FRONT)
    for number, rows in ((1, THEME_1), (2, THEME_2), (3, THEME_3)):
        write_theme(doc, number, rows)
    doc.save(path)


def style_headings(doc) -> None:
    """Council house style: black Arial headings, not Word's blue defaults."""
    for name, size in (("Title", 20), ("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        font = doc.styles[name].font
        font.name, font.size, font.bold = "Arial", Pt(size), True
        font.color.rgb = RGBColor(0, 0, 0)


def start_landscape_section(doc) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)


def write_blocks(doc, blocks) -> None:
    for kind, text in blocks:
        if kind == "break":
            kit.page_break(doc)
        elif kind == "table":
            TABLES[text](doc)
        elif kind == "title":
            doc.add_paragraph(text, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(text, level=int(kind[1]))
        else:
            style = {"b": "List Bullet", "b2": "List Bullet 2"}.get(kind)
            kit.add_rich_paragraph(doc, inline_runs(text), style=style)


def inline_runs(text: str, size: float | None = None) -> list[kit.Run]:
    """Split ``**bold**`` markup into runs."""
    parts = text.split("**")
    return [kit.Run(part, bold=bool(i % 2), size=size) for i, part in enumerate(parts) if part]


def cell_runs(text: str, *, bold: bool = False) -> list[kit.Run]:
    """Cell paragraphs (``\\n``-separated) as runs at the table's text size."""
    runs: list[kit.Run] = []
    for i, para in enumerate(text.split("\n")):
        pieces = inline_runs(para, TABLE_TEXT_PT) or [kit.Run("", size=TABLE_TEXT_PT)]
        if i:
            first = pieces[0]
            pieces[0] = kit.Run("\n" + first.text, bold=first.bold, size=TABLE_TEXT_PT)
        runs += [kit.Run(r.text, bold=r.bold or bold, size=r.size) for r in pieces]
    return runs


def simple_table(doc, rows, widths, *, header: bool = True, fills=None) -> None:
    table = kit.add_table(doc, None, widths, repeat_header=False)
    for i, values in enumerate(rows):
        row = kit.add_row(table, [cell_runs(v, bold=header and i == 0) for v in values],
                          fills=fills[i] if fills else None)
        if header and i == 0:
            for cell in row.cells:
                kit.shade(cell, HEADER_FILL)
    doc.add_paragraph()


def version_table(doc) -> None:
    simple_table(doc, VERSION, [4.0, 8.0], header=False)


def theme_leads_table(doc) -> None:
    simple_table(doc, THEME_LEADS, [7.0, 9.0])


def abbreviations_table(doc) -> None:
    simple_table(doc, ABBREVIATIONS, [3.5, 11.0])


def plan_key_table(doc) -> None:
    rows = [(label, meaning) for label, meaning, _ in PLAN_KEY]
    fills = [(fill, None) for _, _, fill in PLAN_KEY]
    simple_table(doc, rows, [2.5, 14.0], header=False, fills=fills)


def rag_summary_table(doc) -> None:
    fills = [SUMMARY_FILLS, SUMMARY_FILLS, None, None]
    simple_table(doc, RAG_SUMMARY, [3.0, 2.6, 2.6, 2.6, 2.6, 2.6], header=False,
                 fills=[f if f else [None] * 6 for f in fills])


TABLES = {
    "version": version_table,
    "theme_leads": theme_leads_table,
    "abbreviations": abbreviations_table,
    "plan_key": plan_key_table,
    "rag_summary": rag_summary_table,
}


def write_theme(doc, number: int, rows) -> None:
    heading, lead, outcomes = THEMES[number]
    kit.page_break(doc)
    doc.add_heading(heading, level=1)
    doc.add_heading(f"Theme Lead: {lead}", level=2)
    doc.add_heading("Outcomes:", level=3)
    for i, outcome in enumerate(outcomes, start=1):
        para = doc.add_paragraph(f"{i}. {outcome}")
        para.paragraph_format.left_indent = Cm(0.6)
    table = theme_table(doc)
    for entry in rows:
        if isinstance(entry, dict):
            add_action(table, entry)
        else:
            add_banner(table, *entry)


def theme_table(doc):
    """The two-row header: "References" spans "Action No." and "Reference to:"."""
    table = kit.add_table(doc, None, WIDTHS_CM, repeat_header=False)
    for values in (HEADER_TOP, HEADER_BOTTOM):
        row = kit.add_row(table, [cell_runs(v, bold=True) for v in values])
        kit.mark_header_row(row._tr)
        for cell in row.cells:
            kit.shade(cell, HEADER_FILL)
    kit.merge_across(table, 0, 0, 1)
    for col in range(2, len(FIELDS)):
        kit.merge_down(table, col, 0, 1)
    return table


def add_action(table, line: dict) -> None:
    rag = line.get("rag", "")
    fills = [None] * (len(FIELDS) - 1) + [RAG_FILLS.get(rag)]
    values = [cell_runs(line.get(f, ""), bold=f in ("no", "rag")) for f in FIELDS]
    kit.add_row(table, values, fills=fills)
    for extra in line.get("more", []):
        kit.add_row(table, [cell_runs(extra.get(f, "")) for f in FIELDS])


def add_banner(table, kind: str, text: str) -> None:
    """An objective (or short section) row spanning the whole table."""
    runs = cell_runs(text, bold=kind == "section")
    row = kit.add_row(table, [runs] + [""] * (len(FIELDS) - 1))
    kit.merge_across(table, len(table.rows) - 1, 0, len(FIELDS) - 1)
    kit.shade(row.cells[0], HEADER_FILL if kind == "section" else BANNER_FILL)
