"""Open-world fixture: a children's services improvement plan after a focused visit (Word only).

Not from a seed.  `Area for improvement | Action | Owner | Due | RAG |
Commentary`: the area merged down over its actions, each action's number
printed at the start of its cell (no ref column), RAG as plain words with a
key (Blue means complete), the report date in a document-information table
("Date of update"), and timescales such as "end Feb 26" and "Commencing Jan
26".  Published as .docx only.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import MERGED, Document, Heading, Para, Table, row, write_docx

STEM = "lincolnshire-2025-12"
TITLE = "Children's Services Improvement Plan: Focused Visit October 2025"
PUBLISH_PDF = False

INFO = Table(None, (4.0, 9.0), [
    row("Date of update", "5 December 2025"),
    row("Focused visit", "8 and 9 October 2025 (Ofsted)"),
    row("Monitored by", "Practice Improvement Board"),
], header_fill=None)

KEY = Table(("RAG", "Meaning"), (2.0, 10.0), [
    row("Blue", "Complete"),
    row("Green", "On track"),
    row("Amber", "Some risk to delivery by the due date"),
    row("Red", "Will not be delivered by the due date"),
], header_fill="d9d9d9", header_text="000000")

PLAN = Table(("Area for improvement", "Action", "Owner", "Due", "RAG", "Commentary"),
             (5.6, 6.6, 3.8, 2.4, 1.6, 6.6), [
    row("Management oversight of children's plans is not consistently evident on case "
        "records.",
        "1.1 Relaunch the practice standards for management oversight at every team meeting",
        "Head of Service, Children in Need", "Dec-25", "Green",
        "Relaunched at 11 of the 14 team meetings in November; the rest are booked."),
    row(MERGED,
        "1.2 Audit 40 case records a month against the oversight standard and report the "
        "findings to the Practice Improvement Board", "Quality Assurance Manager",
        "Commencing Jan 26", "Green", "Audit tool drafted; the first audit is in January."),
    row("Children who go missing do not always receive a return home interview within "
        "72 hours.",
        "2.1 Bring the return home interview service back in house and recruit two "
        "additional workers", "Head of Service, Adolescents", "end Feb 26", "Amber",
        "One worker recruited; the second post is being re-advertised."),
    row(MERGED,
        "2.2 Report the timeliness of return home interviews to the Head of Service every "
        "week", "Performance Manager", "Within 3 months", "Blue",
        "Weekly report in place since 20 October."),
    row("Care leavers' pathway plans are not always updated when their circumstances "
        "change.",
        "3.1 Add a pathway plan review trigger for a change of accommodation, education or "
        "employment to the case management system", "Head of Service, Leaving Care",
        "Q4 25/26", "Red",
        "The system change is delayed by the supplier until the summer; a manual trigger "
        "is in place in the meantime."),
    row(MERGED,
        "3.2 Co-produce a new pathway plan template with the care leavers' forum",
        "Participation Officer", "March 2026", "Green",
        "Two sessions held with the forum."),
], header_fill="2e75b6")

DOCUMENT = Document(
    title=TITLE, author="Lincolnshire County Council", footer=TITLE,
    blocks=[
        Heading("Lincolnshire County Council", 1),
        Heading(TITLE, 0),
        INFO,
        Para("Actions are rated as follows."),
        KEY,
        PLAN,
    ],
)


def build_docx(path: Path) -> None:
    write_docx(DOCUMENT, path)
