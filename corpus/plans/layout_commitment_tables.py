"""Invented fixture: Hampshire open council commitments, progress at September 2025
(Word; PDF by LibreOffice).

Not transcribed from a seed.  It tests a plan printed as one small two-column
table per commitment, each under its own heading, as open-government action
plans are:
- a heading "Commitment N: …" above each table, numbering restarting in each
  of two sections ("Open data", "Public participation");
- two-column bordered tables of labels and values ("Lead government actor",
  "Other actors", "Start date", "End date", "Status", "Progress to date");
- no table with a column per field anywhere in the document.
"""

from __future__ import annotations

from pathlib import Path

from docx.shared import Cm

from corpus import docx_kit as kit

STEM = "hampshire-2025-09"
TITLE = "Hampshire County Council Open Council Commitments 2024–26"
SUBTITLE = "Progress report, September 2025"
LABELS = ["Lead government actor", "Other actors", "Start date", "End date", "Status",
          "Progress to date"]

# (section, [(number, commitment, lead, others, start, end, status, progress)])
PLAN: list[tuple[str, list[tuple[str, ...]]]] = [
    ("Open data", [
        ("1", "Publish every payment over £250 each month as open data",
         "Head of Finance", "Internal audit", "April 2024", "March 2025", "Complete",
         "Payments have been published monthly since May 2024, in CSV and on the "
         "open data portal."),
        ("2", "Publish the register of council land and buildings with a map",
         "Head of Property Services", "GIS team", "September 2024", "Summer 2025",
         "Delayed",
         "The register is complete; the map layer is waiting for the new mapping contract."),
        ("3", "Release school place planning data each year",
         "Director of Children's Services", "Schools forum", "January 2025", "2025/26",
         "On track", "The first release was published in February 2025."),
    ]),
    ("Public participation", [
        ("1", "Webcast all full council and cabinet meetings with captions",
         "Head of Democratic Services", "IT services", "April 2024", "Ongoing",
         "Complete", "All meetings have been webcast with live captions since June 2024."),
        ("2", "Run a residents' panel on the budget before each budget is set",
         "Chief Finance Officer", "Residents' panel; community groups", "October 2024",
         "February 2026", "Not started",
         "Panel recruitment will start in the autumn."),
    ]),
]


def commitment_table(doc: object, values: tuple[str, ...]) -> None:
    table = kit.add_table(doc, None, [4.5, 11.5], header_fill=None)
    for label, value in zip(LABELS, values, strict=True):
        kit.add_row(table, [label, value])
    for row in table.rows:
        row.cells[0].width = Cm(4.5)


def build_docx(path: Path) -> None:
    doc = kit.new_document(landscape=False, size=10)
    kit.add_paragraph(doc, TITLE, bold=True, size=16)
    kit.add_paragraph(doc, SUBTITLE, bold=True, size=12)
    kit.add_paragraph(doc, "This report sets out progress on each of the council's open "
                           "council commitments, section by section.")
    for section, commitments in PLAN:
        doc.add_heading(section, level=1)
        for number, commitment, *values in commitments:
            doc.add_heading(f"Commitment {number}: {commitment}", level=2)
            commitment_table(doc, tuple(values))
    doc.save(str(path))
