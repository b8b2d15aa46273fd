"""Open-world negative: a consultation response table, "You said, we did" (Word, then PDF).

Not a plan: what residents said and how the council responded, with the
service that responded.  Sentences in the second column read like actions
("We will review …") but nothing is tracked: no owner, no date, no status.
Must load 0 lines.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Document, Heading, Para, Table, row, write_docx

STEM = "sheffield-consultation-2025-07"
TITLE = "Local Transport Plan Consultation: You Said, We Did"

TABLE = Table(("You said", "We did", "Service"), (8.0, 10.0, 4.0), [
    row("Evening bus services are too infrequent for shift workers.",
        "We have asked the operators to extend the frequent network until 11pm on the main "
        "corridors and included this in the Enhanced Partnership.", "Transport Planning"),
    row("Cycle lanes stop at junctions, where they are most needed.",
        "The plan now includes a junction design standard, and the first six junctions are "
        "named in the programme.", "Highways Design"),
    row("The plan says little about people with disabilities.",
        "We met the Access Liaison Group twice and added a section on accessible streets "
        "and bus stops.", "Transport Planning"),
    row("Parking charges in district centres should not go up.",
        "Parking charges are outside the scope of this plan; your comments have been passed "
        "to the Parking Services review.", "Parking Services"),
], header_fill="1f3864")

DOCUMENT = Document(
    title=TITLE, author="Sheffield City Council", footer=TITLE,
    blocks=[
        Heading("Sheffield City Council", 1),
        Heading(TITLE, 0),
        Para("The consultation ran from 3 March to 28 April 2025 and received 2,318 "
             "responses. This table summarises the main themes and how the final plan "
             "responds to them."),
        TABLE,
    ],
)


def build_docx(path: Path) -> None:
    write_docx(DOCUMENT, path)
