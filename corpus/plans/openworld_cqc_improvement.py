"""Open-world fixture: a CQC local authority assessment improvement plan (Word, then PDF).

Not from a seed.  `Ref | Area for improvement | Action | Lead | Timescale |
RAG | Progress update`: the area merged down over its actions (Word
`vMerge`), refs like `1a`, RAG words on coloured cells with a key in which
`Amber/Green` means "on track" while Green means "completed" and Amber "at
risk", the report date in a document-information table ("Progress position:
as at ..."), and long progress notes that carry the table over pages.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import MERGED, Document, Heading, Para, Table, row, write_docx

STEM = "stockport-2025-08"
TITLE = "Adult Social Care Improvement Plan"

FILLS = {"Green": "00b050", "Amber/Green": "92d050", "Amber": "ffc000", "Red": "ff0000"}

INFO = Table(None, (4.5, 10.0), [
    row("Plan", "Response to the CQC assessment of Stockport's Care Act duties"),
    row("CQC report published", "7 March 2025"),
    row("Progress position:", "as at 15 August 2025"),
    row("Governance", "Adult Social Care Improvement Board"),
], header_fill=None)

KEY = Table(("RAG", "Meaning"), (2.8, 9.0), [
    row("Green", "Action completed", fills={0: FILLS["Green"]}),
    row("Amber/Green", "On track – no issues", fills={0: FILLS["Amber/Green"]}),
    row("Amber", "At risk – some delay, recovery in hand", fills={0: FILLS["Amber"]}),
    row("Red", "Off track – will not be met without Board intervention",
        fills={0: FILLS["Red"]}),
], header_fill="d9d9d9", header_text="000000")


def line(ref: str, area: str, action: str, lead: str, when: str, rag: str, progress: str):
    return row(ref, area, action, lead, when, rag, progress, fills={5: FILLS[rag]})


PLAN = Table(("Ref", "Area for improvement", "Action", "Lead", "Timescale", "RAG",
              "Progress update"), (1.0, 5.2, 5.4, 3.4, 2.6, 2.0, 7.0), [
    line("1a", "People wait too long for a Care Act assessment, and there is little "
         "oversight of the risks to people on waiting lists.",
         "Introduce a risk-rated triage of everyone waiting for an assessment, reviewed "
         "weekly by a senior practitioner", "Principal Social Worker (Adults)", "Q2 25/26",
         "Green", "Triage tool in use since May; every person on the waiting list has a risk "
         "rating and a named contact. Weekly review meetings are recorded."),
    line("1b", MERGED,
         "Reduce the number of people waiting more than 28 days for an assessment to "
         "below 100", "Head of Adult Social Care Operations", "31 December 2025", "Amber",
         "The number waiting more than 28 days has fallen from 412 in March to 236 in July. "
         "Two locum social workers left in June and have not yet been replaced, so the "
         "trajectory has slowed. Agency cover is being sourced and overtime sessions on "
         "Saturdays have been agreed for September and October. The Board will receive a "
         "revised trajectory at its September meeting, together with an analysis of the "
         "people who have waited longest and the reasons for the delay in each case."),
    line("1c", MERGED,
         "Commission additional occupational therapy assessment capacity",
         "Head of Commissioning (Adults)", "Oct 25 – Mar 26", "Amber/Green",
         "Procurement complete; the provider starts on 1 October."),
    line("2a", "Unpaid carers do not always receive an assessment of their own needs or the "
         "information they need.",
         "Refresh the Carers Strategy with carers and the Carers Centre", "Carers Lead",
         "by year end", "Amber/Green",
         "Four listening events held with 130 carers; the draft strategy goes to the "
         "Health and Wellbeing Board in November."),
    line("2b", MERGED,
         "Make carers' assessments available online and by phone through the Carers Centre",
         "Carers Lead\nHead of Digital Services", "Commencing Sept 2025", "Red",
         "The online form is delayed by the upgrade of the case management system, now "
         "planned for January. Telephone assessments by the Carers Centre will start in "
         "October as planned, but the online route will not be ready before the new year "
         "and the Board is asked to agree a revised date."),
    line("3a", "The local authority does not have a clear understanding of the quality of "
         "care in the homes it commissions.",
         "Publish a quality assurance framework for commissioned care, with a provider risk "
         "dashboard", "Head of Quality and Safeguarding", "June 2025", "Green",
         "Framework published in June; the dashboard is reviewed monthly with the ICB."),
    line("3b", MERGED,
         "Visit every residential and nursing home at least once a year and share findings "
         "with the ICB", "Head of Quality and Safeguarding", "Ongoing", "Amber/Green",
         "41 of 58 homes visited since April; the visit programme for the rest of the year "
         "is in place."),
], header_fill="005eb8")

DOCUMENT = Document(
    title=TITLE, author="Stockport Council", footer=f"{TITLE} – August 2025",
    blocks=[
        Heading("Stockport Council", 1),
        Heading(TITLE, 0),
        INFO,
        Para("Each action is rated using the key below."),
        KEY,
        PLAN,
    ],
)


def build_docx(path: Path) -> None:
    write_docx(DOCUMENT, path)
