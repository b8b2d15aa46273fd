"""Open-world fixture: a post-inspection plan in narrow columns (Word, then LibreOffice PDF).

Not from a seed.  Seven columns on a portrait page, so narrow that Word and
LibreOffice break long words wherever the room runs out, with no hyphen
("Commiss" / "ioning", "accomm" / "odation"): the PDF keeps the broken halves
on two lines, and only the geometry and the words tell a broken word from a
wrap.  Each recommendation and its number are merged down over its actions,
and each action has its own RAG word, so a line grouped under one number
holds two statuses.  A RAG key is printed as a paragraph under the table.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import MERGED, Document, Heading, Para, Table, row, write_docx

STEM = "wokingham-2025-09"
TITLE = "Children's Services Improvement Plan: Progress Report"

PLAN = Table(("No.", "Recommendation", "Action(s)", "Responsible Officer", "Target Date",
              "Progress to date", "RAG"),
             (1.1, 3.0, 3.3, 2.7, 2.1, 3.3, 1.7), [
    row("1", "Improve the timeliness of initial health assessments for children coming "
             "into care",
        "Agree a joint protocol with the Integrated Care Board for initial health "
        "assessments within 20 working days",
        "Head of Service, Children in Care", "December 2025",
        "Protocol drafted and shared with health partners in August.", "Amber"),
    row(MERGED, MERGED,
        "Report monthly performance on assessment timeliness to the Improvement Board",
        "Performance Manager", "Monthly from October 2025",
        "First report presented in September.", "Green"),
    row("2", "Strengthen management oversight and supervision of frontline practice",
        "Introduce a supervision policy and an audit tool for managers",
        "Principal Social Worker", "31/01/2026",
        "Not yet started: awaiting the workforce strategy.", "Red"),
    row("3", "Ensure that care leavers live in suitable accommodation",
        "Commission twelve additional supported lodgings placements",
        "Commissioning Manager", "Q4 2025/26",
        "Procurement complete; the provider is mobilising.", "Green"),
    row(MERGED, MERGED,
        "Review the accommodation of every care leaver aged 18 to 21 in unregulated "
        "settings",
        "Leaving Care Team Manager", "Within 3 months",
        "All 37 reviews completed in June.", "Complete"),
], header_fill="d9d9d9", header_text="000000", font_size=10)

DOCUMENT = Document(
    title=TITLE, author="Wokingham Borough Council", footer="Improvement plan progress report",
    landscape=False, font="Arial", font_size=10,
    blocks=[
        Heading("Wokingham Borough Council", 1),
        Heading(TITLE, 0),
        Para("Position at 30 September 2025."),
        Para("This plan responds to the recommendations of the Ofsted inspection of local "
             "authority children's services carried out from 3 to 14 March 2025."),
        PLAN,
        Para("RAG key: Green – on track; Amber – some slippage, recoverable; Red – off "
             "track; Complete – action completed and evidenced."),
    ],
)


def build_docx(path: Path) -> None:
    write_docx(DOCUMENT, path)
