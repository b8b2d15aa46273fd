"""Bath and North East Somerset: improvement plan after the January 2012 Ofsted
inspection, second review of progress (26 June 2012).  Seed 002.

The layout reproduced (the original PDF is lost; the seed is its text dump):
- landscape, one nine-column table (Area for improvement | Actions | Lead |
  Date for completion | Assurance measures | Desired outcome | Progress at
  (Inc RAG rating) | Evidence of impact | Date of next review) whose header
  row repeats on every page;
- the line number leads both the Area and the Actions cell; the Area cell
  also carries Ofsted's timescale "(Immediate)" / "(Within 3 months)" and
  "Practice standards" / "Agency" sub-lists;
- many leads and dates stacked in one cell, one per paragraph, and bullet
  lists inside cells; no legend: the RAG is a word ending the progress cell;
- two lines (1.4, 2.5) run on into physical rows whose Area cell has no
  number; a banner row opens section 2;
- front matter above the table and a two-column glossary at the end.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx.shared import Pt

from corpus import docx_kit as kit
from corpus.plans.banes_2012_part1 import LINES_1
from corpus.plans.banes_2012_part2 import LINES_2
from corpus.plans.banes_2012_part3 import LINES_3
from corpus.plans.banes_2012_part4 import GLOSSARY, LINES_4

STEM = "bath-ne-somerset-2012-06"

TITLE = (
    "Improvement plan to respond to recommendations of Ofsted Inspection of Safeguarding and "
    "Looked After Children Services in Bath and North East Somerset (January 2012) relating to "
    "Children's Service: Health Services: LSCB"
)
FRONT_MATTER = [
    ("Note: Improvement plan also being compiled to respond to CQC recommendations for Health: "
     "actions from both plans have been coordinated.", False),
    ("NOTE:- Glossary on page 33", True),
    ("Final Version", True),
    ("Areas for improvement have been themed 1. Practice and management: 2. Service management "
     "– Children's Service and cross-Services.", False),
    ("Second review of progress – 26th June 2012", True),
]
HEADER = [
    "Area for improvement", "Actions", "Lead", "Date for completion", "Assurance measures",
    "Desired outcome", "Progress at (Inc RAG rating)", "Evidence of impact",
    "Date of next review",
]
WIDTHS_CM = [3.7, 4.4, 2.4, 2.0, 3.0, 3.0, 4.1, 2.6, 1.5]
FIELDS = ["area", "actions", "leads", "dates", "assurance", "outcome", "progress", "impact",
          "review"]
SECTION_2 = "2. Service management – within Children's Service and across Services"
BANNER_FILL = "f2f2f2"
# the plan prints its status as a word closing the progress cell
RAG_TAIL = re.compile(r"(\(?(?:GREEN|AMBER|RED)\)?\.?)$")


def build_docx(path: Path) -> None:
    doc = kit.new_document(landscape=True, size=9)
    write_front_matter(doc)
    table = kit.add_table(doc, HEADER, WIDTHS_CM)
    for line in LINES_1 + LINES_2:
        add_line(table, line)
    add_banner(table, SECTION_2)
    for line in LINES_3 + LINES_4:
        add_line(table, line)
    doc.add_paragraph()
    kit.add_paragraph(doc, "Signed off by: Ashley Ayre Strategic Director", bold=True, size=10)
    write_glossary(doc)
    doc.save(path)


def write_front_matter(doc) -> None:
    kit.add_paragraph(doc, TITLE, bold=True, size=12)
    for text, bold in FRONT_MATTER:
        kit.add_paragraph(doc, text, bold=bold, size=10)


def add_line(table, line: dict) -> None:
    kit.add_row(table, [cell_content(line.get(f, ""), f) for f in FIELDS])
    for extra in line.get("more", []):
        kit.add_row(table, [cell_content(extra.get(f, ""), f) for f in FIELDS])


def add_banner(table, text: str) -> None:
    row = kit.add_row(table, [kit.Run(text, bold=True)] + [""] * (len(FIELDS) - 1))
    index = len(table.rows) - 1
    kit.merge_across(table, index, 0, len(FIELDS) - 1)
    kit.shade(row.cells[0], BANNER_FILL)


def cell_content(text: str, field: str) -> list[str | kit.Run]:
    """Paragraphs of a cell: ``**`` marks a bold sub-heading, the RAG word is bold."""
    runs: list[str | kit.Run] = []
    for i, para in enumerate(text.split("\n") if text else []):
        prefix = "\n" if i else ""
        if para.startswith("**"):
            runs.append(kit.Run(prefix + para[2:], bold=True))
            continue
        tail = RAG_TAIL.search(para) if field == "progress" else None
        if tail:
            runs += [prefix + para[: tail.start()], kit.Run(tail.group(1), bold=True)]
        else:
            runs.append(prefix + para)
    return runs or [""]


def write_glossary(doc) -> None:
    kit.page_break(doc)
    kit.add_paragraph(doc, "Abbreviations/ Glossary", bold=True, size=11)
    table = kit.add_table(doc, None, [3.0, 10.0], repeat_header=False)
    for abbreviation, meaning in GLOSSARY:
        row = kit.add_row(table, [abbreviation, meaning])
        for cell in row.cells:
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(10)
