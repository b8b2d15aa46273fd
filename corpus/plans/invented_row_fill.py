"""Invented fixture: Calderdale quarterly progress report, February 2025 (Word only).

Not from a seed.  A plan with **no status column**: each line's whole row is
shaded green, amber or red, explained by a key in running text ("Green =
complete; Amber = on track; Red = delayed …"), so green means complete and
amber on track in this document, not the defaults.  One line is left white
(not yet started, not rated).  A second table of actions carried forward has
zebra striping (pale blue every other row) that must not read as status.
Published as .docx only.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Document, Heading, Para, Table, row, write_docx

STEM = "calderdale-2025-02"
TITLE = "Children's Services Improvement Plan – Quarterly progress report, February 2025"
PUBLISH_PDF = False

GREEN, AMBER, RED, BAND = "92d050", "ffc000", "ff0000", "dbe5f1"
HEADER = ("No.", "What we will do", "Lead", "Deadline", "Update")
WIDTHS = (1.2, 8.0, 4.6, 3.2, 9.0)


def shaded(colour: str | None, *cells: str):
    """A row shaded across every cell (or left white)."""
    return row(*cells, fills=dict.fromkeys(range(len(cells)), colour) if colour else None)


PLAN = Table(HEADER, WIDTHS, [
    shaded(GREEN, "1", "Relaunch the Front Door threshold document with all partner agencies",
           "Head of Early Help and MASH", "31 October 2024",
           "Relaunched at the partnership event on 17 October 2024."),
    shaded(AMBER, "2", "Audit twenty referrals a month that did not progress to assessment",
           "Quality Assurance Manager", "From November 2024",
           "Three monthly audits completed; findings reported to the Improvement Board."),
    shaded(RED, "3", "Reduce caseloads in the assessment teams to an average of 18",
           "Head of Service, Assessment", "March 2025",
           "Average caseload is 23; two agency social workers start in March."),
    shaded(GREEN, "4", "Introduce a practice standard for recording management decisions",
           "Principal Social Worker", "December 2024",
           "Standard launched in December and built into the case recording system."),
    shaded(AMBER, "5", "Train all team managers in the new supervision model",
           "Workforce Development Lead", "January – March 2025",
           "Four of six cohorts trained."),
    shaded(None, "6", "Publish a revised sufficiency strategy for children in care",
           "Head of Commissioning", "June 2025", "Work is due to start in April 2025."),
    shaded(AMBER, "7", "Hold a challenge session of the Improvement Board with young people",
           "Participation Officer", "April 2025",
           "Date agreed with the Children in Care Council."),
])

CARRIED = Table(HEADER, WIDTHS, [
    shaded(BAND, "8", "Embed the signs of safety practice framework", "Principal Social Worker",
           "Ongoing", "Practice framework training continues for new starters."),
    shaded(None, "9", "Support the Children in Care Council to meet every month",
           "Participation Officer", "Ongoing", "The council met in December and January."),
    shaded(BAND, "10", "Review the out-of-hours service contract", "Head of Commissioning",
           "September 2025", "Contract review timetable agreed."),
    shaded(None, "11", "Update the corporate parenting strategy",
           "Head of Service, Children in Care", "July 2025",
           "Consultation with care leavers planned."),
])

DOCUMENT = Document(
    title=TITLE, author="Calderdale Council", footer=TITLE,
    blocks=[
        Heading("Calderdale Council", 1),
        Heading(TITLE, 0),
        Para("Each row is shaded to show its progress. Key: Green = complete; Amber = on "
             "track; Red = delayed, Board support needed. Actions not yet started are not "
             "shaded."),
        PLAN,
        Heading("Actions carried forward from the 2023 plan", 2),
        CARRIED,
    ],
)


def build_docx(path: Path) -> None:
    write_docx(DOCUMENT, path)
