"""Open-world fixture: an audit recommendations tracker with no ruling lines (reportlab PDF).

Not from a seed.  The columns are aligned by whitespace only: no lines, no
boxes, only a shaded header band (repeated on each page) and bold header
words.  `Rec no. | Recommendation | Management response | Responsible officer
| Implementation date | Status`, with wrapped multi-line cells, a status key
drawn the same way, and the report date in the title ("status at").
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Document, Heading, Para, Table, row, write_pdf

STEM = "brighton-and-hove-2025-01"
TITLE = "Internal Audit Recommendations Tracker – status at 17 January 2025"

BACKGROUND = [
    "The Audit and Standards Committee asked at its meeting in September 2024 to see every "
    "high-priority recommendation that had not been confirmed as implemented, with the date "
    "agreed by management when the audit report was issued. Recommendations are included "
    "here until Internal Audit has confirmed their implementation through follow-up testing.",
    "Where a date has passed and the recommendation is not implemented, the responsible "
    "officer has been asked to attend the Committee to explain the delay and the revised "
    "timetable. Medium and low priority recommendations are followed up by Internal Audit "
    "directly with the services concerned and are summarised in the annual report.",
    "The status shown is the responsible officer's own assessment. Internal Audit tests a "
    "sample of recommendations reported as implemented each quarter; where testing finds "
    "that a recommendation has not been implemented, it is returned to this tracker with a "
    "status of partly implemented or not implemented as appropriate.",
    "Implementation dates are those agreed in the management response to each audit report. "
    "Revised dates are not shown: a recommendation keeps its original date until it is "
    "implemented, so that the Committee can see how long each one has been outstanding.",
]

KEY = Table(("Status", "Meaning"), (3.4, 10.0), [
    row("Implemented", "Recommendation fully implemented"),
    row("Partly implemented", "Work under way but not yet complete"),
    row("Not implemented", "No progress since the audit"),
], header_fill="d9d9d9", header_text="000000", ruled="none")

PLAN = Table(("Rec no.", "Recommendation", "Management response", "Responsible officer",
              "Implementation date", "Status"), (1.4, 4.5, 3.9, 3.0, 2.9, 2.8), [
    row("R1", "Ensure that all purchase card transactions are supported by a receipt and "
        "approved by the cardholder's line manager within 30 days.",
        "Agreed. Monthly reminders will be issued and non-compliant cards suspended.",
        "Head of Procurement", "31/03/2024", "Implemented"),
    row("R2", "Review the list of authorised signatories for the pension fund bank accounts "
        "and remove leavers.",
        "Agreed. A six-monthly review will be added to the Finance team's calendar.",
        "Pensions Finance Manager", "30/06/2024", "Implemented"),
    row("R3", "Introduce a documented process for the write-off of housing rent arrears, "
        "with approval limits for each level of manager.",
        "Agreed. A write-off policy will be taken to the Housing Committee.",
        "Head of Income Management", "September 2024", "Partly implemented"),
    row("R4", "Reconcile the fixed asset register to the general ledger at each quarter end.",
        "Agreed.", "Chief Accountant", "Q3 2024/25", "Partly implemented"),
    row("R5", "Ensure that contracts over £100,000 are recorded on the contracts register "
        "before they are awarded.",
        "Agreed. Procurement will check the register before any award letter is issued.",
        "Head of Procurement", "31 December 2024", "Not implemented"),
    row("R6", "Carry out an annual review of user access rights to the payroll system, "
        "starting with the users who hold administrator rights, and remove any access that "
        "is no longer needed for the user's current role or that was granted without the "
        "approval of the system owner.",
        "Agreed. The first review will be completed by the HR Systems team.",
        "HR Systems Manager", "Phase 1 by Q2 2024/25, phase 2 by March 2025",
        "Partly implemented"),
    row("R7", "Update the business continuity plans for the three critical services "
        "identified in the audit and test them.",
        "Agreed.", "Emergency Planning Manager", "TBC", "Not implemented"),
], header_fill="d9d9d9", header_text="000000", ruled="none")

DOCUMENT = Document(
    title=TITLE, author="Brighton & Hove City Council", footer="Audit and Standards Committee",
    landscape=False, font_size=11,
    blocks=[
        Heading("Brighton & Hove City Council", 1),
        Heading(TITLE, 0),
        Para("This tracker lists the high-priority recommendations from internal audit "
             "reports issued in 2023/24 and their status as reported by the responsible "
             "officers."),
        *[Para(text) for text in BACKGROUND],
        KEY,
        PLAN,
    ],
)


def build_pdf(path: Path) -> None:
    write_pdf(DOCUMENT, path)
