"""Open-world fixture: a SEND priority action plan (reportlab PDF).

Not from a seed.  `Ref | Key task | Responsible officer | By when | BRAG |
Update`, priorities as banner rows, BRAG as letters on coloured cells with a
printed key in which the compound `A/G` has a meaning of its own (not that of
amber or of green), timescales as SEND partnerships write them ("Q3 25/26",
"mid-June 2025", "within 2 years" of the area inspection, a yearless
"Phase 1 by Q2, phase 2 by March" in a 2025-26 plan), long updates that
carry the table over pages with its header repeated, and a glossary after the
plan that must yield no line.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Banner, Document, Heading, Para, Table, row, write_pdf

STEM = "northumberland-2025-07"
TITLE = "SEND Priority Action Plan 2025–26"

FILLS = {"B": "5b9bd5", "G": "70ad47", "A/G": "c5e0b3", "A": "ffc000", "R": "ff0000"}
KEY = Table(("BRAG", "What it means"), (1.6, 10.0), [
    row("B", "Completed and impact evidenced", fills={0: FILLS["B"]}),
    row("G", "On track to be delivered by the date set", fills={0: FILLS["G"]}),
    row("A/G", "Delivered – awaiting evidence of impact", fills={0: FILLS["A/G"]}),
    row("A", "Behind schedule but recoverable within the quarter", fills={0: FILLS["A"]}),
    row("R", "Off track – escalated to the SEND Partnership Board", fills={0: FILLS["R"]}),
], header_fill="404040")


def brag(ref: str, task: str, officer: str, when: str, letter: str, update: str):
    return row(ref, task, officer, when, letter, update, fills={4: FILLS[letter]})


PLAN = Table(("Ref", "Key task", "Responsible officer", "By when", "BRAG", "Update"),
             (1.2, 7.4, 4.2, 3.0, 1.3, 9.8), [
    Banner("Priority 1: Identifying needs early and accurately"),
    brag("1.1", "Roll out the Ordinarily Available Provision guidance to every early years "
         "setting and school, with termly briefings for SENCOs",
         "SEND Strategic Lead", "Q3 25/26", "G",
         "Guidance published in May 2025. Briefings held in all four localities in June and "
         "July; 212 of 240 schools attended. Early years briefings planned for October."),
    brag("1.2", "Introduce a graduated response toolkit for health visitors and the 0–5 "
         "pathway", "Designated Clinical Officer (DCO)", "mid-June 2025", "A/G",
         "Toolkit launched 16 June 2025 and used by all health visiting teams. Audit of "
         "referrals in the autumn will show whether needs are identified earlier."),
    brag("1.3", "Reduce waiting times for neurodevelopmental assessment to no more than "
         "18 weeks", "Head of Children's Commissioning, ICB", "within 2 years", "A",
         "Waiting list reduced from 1,460 to 1,180 since March. Additional assessment "
         "capacity commissioned from two independent providers, but recruitment to the "
         "second clinical psychologist post has slipped to September. The trajectory "
         "will be reviewed by the Partnership Board in October."),
    Banner("Priority 2: Timely, high-quality EHC plans"),
    brag("2.1", "Clear the backlog of EHC needs assessments older than 20 weeks",
         "Head of SEND Statutory Services", "Phase 1 by Q2, phase 2 by March", "R",
         "Backlog stands at 96 assessments against a phase 1 target of 40. Educational "
         "psychology capacity remains the main constraint; locum psychologists start in "
         "August. A recovery plan goes to the Partnership Board on 12 August 2025."),
    brag("2.2", "Quality assure 10% of new EHC plans each month through a multi-agency "
         "panel", "Principal Educational Psychologist", "Sept 2025", "B",
         "Panel meets monthly since February. 74% of plans audited in June were judged "
         "good or better, up from 38% in January; findings shared with all plan writers "
         "through monthly practice sessions."),
    brag("2.3", "Make sure that annual reviews are held on time and that amendments are "
         "issued within four weeks", "Head of SEND Statutory Services", "31/03/2026", "A",
         "New annual review tracker live from 1 July. 61% of reviews held on time in "
         "the quarter; the target is 85% by March."),
    Banner("Priority 3: Preparing for adulthood"),
    brag("3.1", "Co-produce a preparing for adulthood pathway with young people and "
         "parent carers", "Participation Manager; Chair, Parent Carer Forum",
         "Q4 2025-26", "G",
         "Three co-production workshops held with 46 young people; the draft pathway is "
         "with the Parent Carer Forum for comment."),
    brag("3.2", "Increase supported internships to 40 places a year",
         "Employment and Skills Manager", "2025-2027", "G",
         "28 internships agreed with six employers for September 2025, including the "
         "council and the hospital trust."),
], header_fill="1f3864")

GLOSSARY = Table(("Abbreviation", "Meaning"), (3.0, 11.0), [
    row("DCO", "Designated Clinical Officer"),
    row("EHC plan", "Education, Health and Care plan"),
    row("ICB", "Integrated Care Board"),
    row("SENCO", "Special Educational Needs Co-ordinator"),
], header_fill="404040")

DOCUMENT = Document(
    title=TITLE, author="Northumberland SEND Partnership", footer=f"{TITLE} – July 2025",
    blocks=[
        Heading("Northumberland SEND Partnership", 1),
        Heading(TITLE, 0),
        Para("Progress update – July 2025", bold=True),
        Para("This plan answers the area SEND inspection of Northumberland carried out by "
             "Ofsted and the CQC from 10 to 14 March 2025. It is reviewed by the SEND "
             "Partnership Board every six weeks."),
        KEY,
        PLAN,
        Heading("Glossary", 1),
        GLOSSARY,
    ],
    font_size=9,
)


def build_pdf(path: Path) -> None:
    write_pdf(DOCUMENT, path)
