"""Open-world fixture: a housing improvement plan (Word, then LibreOffice PDF).

Not from a seed.  `Key task | Responsible officer | By when | BRAG | Update`:
no ref column (each task's number opens its cell, "1. ..."), themes as
banner rows with a bare label ("Theme: Damp and mould"), BRAG words on
coloured cells with a key, wrapped multi-line updates with paragraph breaks,
and the report date in a document-information table ("Position as at").
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Banner, Document, Heading, Para, Table, row, write_docx

STEM = "thurrock-2025-11"
TITLE = "Housing Improvement Plan: Tenant Safety and Repairs"

FILLS = {"Blue": "00b0f0", "Green": "00b050", "Amber": "ffc000", "Red": "ff0000"}

INFO = Table(None, (4.0, 9.0), [
    row("Position as at", "30 November 2025"),
    row("Board", "Housing Improvement Board"),
], header_fill=None)

KEY = Table(("BRAG", "Definition"), (2.0, 10.0), [
    row("Blue", "Task complete", fills={0: FILLS["Blue"]}),
    row("Green", "On schedule", fills={0: FILLS["Green"]}),
    row("Amber", "Behind schedule; action being taken to recover", fills={0: FILLS["Amber"]}),
    row("Red", "Behind schedule; Board decision needed", fills={0: FILLS["Red"]}),
], header_fill="d9d9d9", header_text="000000")


def task(text: str, officer: str, when: str, brag: str, update: str):
    return row(text, officer, when, brag, update, fills={3: FILLS[brag]})


PLAN = Table(("Key task", "Responsible officer", "By when", "BRAG", "Update"),
             (8.0, 4.4, 3.4, 1.8, 9.0), [
    Banner("Theme: Damp and mould"),
    task("1. Inspect every home where damp or mould has been reported in the last two years "
         "and record the findings against the property", "Head of Repairs and Maintenance",
         "Q3 25/26", "Amber",
         "1,960 of 2,600 homes inspected.\nA second surveying contractor started in "
         "October to clear the remaining inspections before the winter."),
    task("2. Respond to new reports of damp and mould within 10 working days",
         "Repairs Contact Centre Manager", "From 1 October 2025", "Green",
         "93% of new reports inspected within 10 working days in October."),
    Banner("Theme: Building safety"),
    task("3. Complete fire risk assessments for all 62 blocks with communal areas",
         "Building Safety Manager", "31/12/2025", "Blue",
         "All 62 assessments completed by 14 November 2025."),
    task("4. Carry out electrical safety checks (EICR) in every home that has not had one in "
         "the last five years", "Compliance Manager", "2025-2027", "Red",
         "Only 640 of 3,400 checks completed. The contractor has not met the agreed "
         "volumes for four months.\nThe Board is asked to approve the procurement of a "
         "second contractor."),
    Banner("Theme: Listening to tenants"),
    task("5. Set up a tenant scrutiny panel to review the repairs service",
         "Tenant Engagement Manager", "by year end", "Green",
         "Twelve tenants recruited; training with TPAS booked for January."),
], header_fill="404040")

DOCUMENT = Document(
    title=TITLE, author="Thurrock Council", footer=TITLE,
    blocks=[
        Heading("Thurrock Council", 1),
        Heading(TITLE, 0),
        INFO,
        Para("The plan answers the Regulator of Social Housing's judgement of March 2025 and "
             "the self-assessment against the Housing Ombudsman's Complaint Handling Code."),
        KEY,
        PLAN,
    ],
)


def build_docx(path: Path) -> None:
    write_docx(DOCUMENT, path)
