"""Open-world negative: a forward plan of key decisions (Word, then LibreOffice PDF).  Not a plan.

Decisions with a decision maker, a date of decision, wards affected and a
contact officer: a who and a when on every row, but no actions to track.
Must load 0 lines.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Document, Heading, Para, Table, row, write_docx

STEM = "oxfordshire-forward-plan-2025-10"
TITLE = "Forward Plan of Key Decisions: October 2025 to January 2026"

PLAN = Table(("Decision", "Decision maker", "Date of decision", "Wards affected",
              "Key decision?", "Contact officer"), (7.4, 3.6, 2.8, 3.0, 2.0, 5.0), [
    row("Approval of the Home to School Transport Policy 2026/27",
        "Cabinet", "21 October 2025", "All wards", "Yes",
        "Transport Policy Manager\ntransport.policy@example.gov.uk"),
    row("Award of contract for supported living services for adults with learning "
        "disabilities", "Cabinet Member for Adult Social Care", "November 2025",
        "All wards", "Yes", "Head of Commissioning (Adults)"),
    row("Council Tax Reduction Scheme 2026/27", "Council", "9 December 2025", "All wards",
        "Yes", "Head of Revenues and Benefits"),
    row("Disposal of the former library site, Market Street",
        "Cabinet Member for Finance and Property", "December 2025", "Banbury Cross",
        "Yes", "Head of Estates"),
    row("Revenue budget and capital programme 2026/27 – proposals for consultation",
        "Cabinet", "20 January 2026", "All wards", "Yes", "Director of Finance"),
], header_fill="1f3864")

DOCUMENT = Document(
    title=TITLE, author="Oxfordshire County Council", footer=TITLE,
    blocks=[
        Heading("Oxfordshire County Council", 1),
        Heading(TITLE, 0),
        Para("Published 22 September 2025. The Forward Plan lists the key decisions that "
             "the council expects to take in the next four months. Reports are published "
             "five clear working days before the meeting at which a decision is taken."),
        PLAN,
    ],
)


def build_docx(path: Path) -> None:
    write_docx(DOCUMENT, path)
