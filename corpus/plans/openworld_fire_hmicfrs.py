"""Open-world fixture: a fire and rescue service's HMICFRS improvement plan (reportlab PDF).

Not from a seed, and not a council: the body is a fire and rescue service, so
no authority is found.  `Ref | Cause of concern / area for improvement |
Action | Owner | Completion date | RAG status | Comments`, refs like `CC1`
and `AFI3`, status words in capitals with a key in which COMPLETE is a
status rather than a colour, and the report date in "Update as at".
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Document, Heading, Para, Table, row, write_pdf

STEM = "severn-vale-fire-2025-01"
TITLE = "HMICFRS Inspection 2023–25: Improvement Plan"

INFO = Table(None, (4.0, 9.0), [
    row("Update as at", "31 January 2025"),
    row("Inspection", "Round 3 effectiveness and efficiency inspection, March 2024"),
    row("Reported to", "Fire Authority Scrutiny Committee"),
], header_fill=None)

KEY = Table(("RAG status", "Definition"), (3.0, 11.0), [
    row("COMPLETE", "Action delivered and signed off by the Service Leadership Team"),
    row("GREEN", "On track to be delivered by the completion date"),
    row("AMBER", "Minor slippage; expected within three months of the completion date"),
    row("RED", "Significant slippage; the completion date will not be met"),
], header_fill="7f7f7f")

PLAN = Table(("Ref", "Cause of concern / area for improvement", "Action", "Owner",
              "Completion date", "RAG status", "Comments"),
             (1.3, 6.4, 5.4, 3.4, 2.4, 2.0, 6.0), [
    row("CC1", "The service should make sure it has enough capacity and capability to carry "
        "out its prevention work, and that home fire safety checks are targeted at the "
        "people most at risk.",
        "Recruit four additional prevention advocates and introduce a risk-based targeting "
        "model for home fire safety checks", "Area Manager, Prevention", "Q1 2025/26",
        "GREEN", "Three advocates in post; the fourth starts in April. The targeting model "
        "uses health data shared by the ICB from January."),
    row("AFI1", "The service should make sure that all staff understand how to identify and "
        "report safeguarding concerns.",
        "Deliver level 2 safeguarding training to all operational crews",
        "Head of Organisational Development", "Dec-24", "COMPLETE",
        "98% of operational staff trained by 20 December 2024."),
    row("AFI2", "The service should make sure its protection activity is aligned to its "
        "risk-based inspection programme.",
        "Review the risk-based inspection programme so that high-risk premises are audited "
        "at least every three years", "Area Manager, Protection", "within 12 months",
        "AMBER", "Review complete; 14 high-risk premises overdue an audit are being "
        "prioritised."),
    row("AFI3", "The service should have effective measures in place to assure itself that "
        "its workforce is competent.",
        "Introduce a competency recording system for all operational roles",
        "Head of Training", "March 2025", "RED",
        "The supplier has withdrawn and a new procurement is needed. A revised date will be "
        "agreed by the Service Leadership Team in February."),
    row("AFI4", "The service should improve how it promotes equality, diversity and "
        "inclusion within its workforce.",
        "Set up staff networks and an EDI steering group chaired by the Chief Fire Officer",
        "Chief Fire Officer", "Commencing Feb 25", "GREEN",
        "Terms of reference agreed; the first meeting is on 4 February 2025."),
    row("AFI5", "The service should make sure it has a clear strategy for its future estate.",
        "Publish an estates strategy covering all 28 fire stations",
        "Director of Corporate Services", "2025-2027", "GREEN",
        "Condition surveys of every station completed in December."),
], header_fill="c00000")

DOCUMENT = Document(
    title=TITLE, author="Severn Vale Fire and Rescue Service", footer=TITLE,
    blocks=[
        Heading("Severn Vale Fire and Rescue Service", 1),
        Heading(TITLE, 0),
        INFO,
        Para("Progress on each action is given a RAG status as defined below."),
        KEY,
        PLAN,
    ],
    accent="c00000",
)


def build_pdf(path: Path) -> None:
    write_pdf(DOCUMENT, path)
