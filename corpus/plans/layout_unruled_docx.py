"""Invented fixture: Lincolnshire SEND improvement plan, June 2024 (Word, borders off; PDF by LibreOffice).

Not transcribed from a seed.  It tests a table with every border switched
off, as Word authors often leave it, read from the PDF LibreOffice prints:
- no ruling lines and no shading: columns are aligned by whitespace only;
- the header row is marked to repeat, so it is printed again on page 2;
- the last line's cells are long enough to split over the page break;
- headers in other bodies' words ("Ref", "Key task", "Responsible officer",
  "Target date", "Status", "Progress") and status words without colours.
"""

from __future__ import annotations

from pathlib import Path

from docx.shared import Cm, Pt

from corpus import docx_kit as kit

STEM = "lincolnshire-2024-06"
TITLE = "Lincolnshire SEND Improvement Plan"
SUBTITLE = "Position as at June 2024"
HEADER = ["Ref", "Key task", "Responsible officer", "Target date", "Status", "Progress"]
WIDTHS_CM = [1.3, 7.0, 4.2, 2.6, 2.2, 8.4]

INTRO = (
    "The local area partnership agreed this plan after the joint inspection of special "
    "educational needs and disability services. Each key task has one responsible officer, "
    "and progress is reported to the SEND Partnership Board every two months."
)

ROWS: list[tuple[str, str, str, str, str, str]] = [
    ("A1", "Complete education, health and care needs assessments within 20 weeks",
     "Head of SEND Services", "December 2024", "On track",
     "62% of plans issued within 20 weeks in May, up from 41% in January."),
    ("A2", "Recruit four additional educational psychologists",
     "Principal Educational Psychologist", "September 2024", "Delayed",
     "Two posts filled; the other two re-advertised after an unsuccessful round."),
    ("A3", "Set up a quality assurance panel for new plans with health and social care "
     "members",
     "SEND Quality Lead", "April 2024", "Complete",
     "Panel met monthly since April; terms of reference agreed."),
    ("A4", "Co-produce a local offer website with the parent carer forum",
     "Participation Officer", "Oct 2024 – Mar 2025", "On track",
     "Site map agreed with parents; content workshops booked."),
    ("A5", "Review every annual review backlog case and issue amended plans where needed, "
     "prioritising children moving between key stages and those placed out of county, "
     "and report the numbers cleared to each Partnership Board meeting until the backlog "
     "is closed",
     "Head of SEND Services\nSEND Casework Manager", "March 2025", "On track",
     "The backlog stood at 1,140 reviews in January and 820 at the end of May. Two "
     "agency caseworkers joined in April and weekend clinics were run in May. Amended "
     "plans for children moving into Year 7 were prioritised and 96% were issued by "
     "15 February. Out-of-county placements are being reviewed with the placing "
     "schools, starting with the 60 children placed furthest from home. The next "
     "report to the Partnership Board will set out the remaining cases by key stage "
     "and the expected date each group will be cleared."),
]


def spaced(table: object) -> None:
    """Space below each cell's last paragraph: rows are told apart by gaps, not rules."""
    for row in table.rows:  # type: ignore[attr-defined]
        for cell in row.cells:
            cell.paragraphs[-1].paragraph_format.space_after = Pt(6)


def build_docx(path: Path) -> None:
    doc = kit.new_document(landscape=True, size=10)
    kit.add_paragraph(doc, TITLE, bold=True, size=16)
    kit.add_paragraph(doc, SUBTITLE, bold=True, size=12)
    for _ in range(5):
        kit.add_paragraph(doc, INTRO)
    table = doc.add_table(rows=0, cols=len(WIDTHS_CM))  # the default style has no borders
    table.autofit = False
    for col, width in zip(table.columns, WIDTHS_CM, strict=True):
        col.width = Cm(width)
    head = kit.add_row(table, HEADER, bold=True)
    kit.mark_header_row(head._tr)
    for values in ROWS:
        kit.add_row(table, values)
    spaced(table)
    kit.add_paragraph(doc, "The plan is next reviewed by the Partnership Board in August 2024.")
    doc.save(str(path))
