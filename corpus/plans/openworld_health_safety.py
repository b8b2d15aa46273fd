"""Open-world fixture: a health and safety action plan (Word, then LibreOffice PDF).

Not from a seed.  Around the plan sit the parts of a controlled document that
must yield no line: a version history, a contents page, a glossary and a
signature block (all tables).  The plan is `Ref | Hazard / issue identified
| Action required | Responsible person | Target date | Date completed |
Status`, with status words (Open / Overdue / Closed) explained by a key, and
the report date in a document-control table ("Progress at").
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Break, Document, Heading, Para, Table, row, write_docx

STEM = "suffolk-2025-10"
TITLE = "Corporate Health and Safety Action Plan 2025/26"

CONTROL = Table(None, (4.5, 9.0), [
    row("Document owner", "Head of Health and Safety"),
    row("Progress at", "31 October 2025"),
    row("Classification", "Official"),
], header_fill=None)

VERSIONS = Table(("Version", "Date", "Author", "Changes"), (2.0, 3.4, 4.6, 8.0), [
    row("0.1", "12 August 2025", "Health and Safety Adviser", "First draft for consultation"),
    row("1.0", "1 September 2025", "Head of Health and Safety",
        "Approved by the Corporate Health and Safety Committee"),
    row("1.1", "31 October 2025", "Health and Safety Adviser", "Progress update"),
], header_fill="d9d9d9", header_text="000000")

CONTENTS = Table(None, (14.0, 2.0), [
    row("1. Introduction", "2"),
    row("2. Status key", "2"),
    row("3. Action plan", "2"),
    row("4. Glossary", "3"),
    row("5. Sign-off", "3"),
], header_fill=None)

KEY = Table(("Status", "Meaning"), (2.4, 12.0), [
    row("Open", "Action in progress and within its target date"),
    row("Overdue", "Target date has passed and the action is not complete"),
    row("Closed", "Action complete and verified by the Health and Safety Team"),
], header_fill="d9d9d9", header_text="000000")

PLAN = Table(("Ref", "Hazard / issue identified", "Action required", "Responsible person",
              "Target date", "Date completed", "Status"), (1.3, 5.6, 6.6, 4.0, 3.2, 2.4, 1.8), [
    row("HS1", "Fire risk assessments for 6 of the 41 depots and offices are more than 12 "
        "months old",
        "Commission updated fire risk assessments for the six sites and record the findings "
        "on the property database", "Corporate Fire Safety Officer", "31/10/2025",
        "24/10/2025", "Closed"),
    row("HS2", "Lone working procedures are not consistently followed by highways inspectors",
        "Issue personal lone worker devices to all highways inspectors and brief them on the "
        "procedure", "Highways Operations Manager", "Q3 25/26", "", "Open"),
    row("HS3", "Hand-arm vibration exposure is not recorded for grounds maintenance staff",
        "Introduce tool-use logs and health surveillance for staff who use vibrating "
        "equipment", "Grounds Maintenance Manager\nOccupational Health Manager",
        "30 September 2025", "", "Overdue"),
    row("HS4", "Asbestos management plans are missing for two schools maintained by the "
        "council",
        "Complete asbestos management surveys and plans for both schools and share them with "
        "the headteachers", "Head of Property Services",
        "Before the spring term (by 5 January 2026)", "", "Open"),
    row("HS5", "Display screen equipment assessments are not completed for staff who work "
        "from home",
        "Launch an online DSE self-assessment and follow up every high-risk result",
        "Health and Safety Adviser", "December 2025", "", "Open"),
    row("HS6", "Accident investigation reports are not reviewed by senior managers",
        "Add accident investigation summaries to the agenda of each quarterly Directorate "
        "Health and Safety Group", "Head of Health and Safety", "Quarterly from July 2025",
        "15/07/2025", "Closed"),
], header_fill="1f3864")

GLOSSARY = Table(("Term", "Meaning"), (3.0, 12.0), [
    row("DSE", "Display screen equipment"),
    row("HAV", "Hand-arm vibration"),
    row("RIDDOR", "Reporting of Injuries, Diseases and Dangerous Occurrences Regulations 2013"),
], header_fill="d9d9d9", header_text="000000")

SIGN_OFF = Table(None, (3.0, 6.0, 3.0, 4.0), [
    row("Signed:", "", "Date:", ""),
    row("Name:", "Helen Corder", "Position:", "Chief Executive"),
    row("Signed:", "", "Date:", ""),
    row("Name:", "Cllr Peter Gault", "Position:", "Cabinet Member for Finance and Resources"),
], header_fill=None)

DOCUMENT = Document(
    title=TITLE, author="Suffolk County Council", footer=TITLE,
    blocks=[
        Heading("Suffolk County Council", 1),
        Heading(TITLE, 0),
        CONTROL,
        Heading("Version history", 2),
        VERSIONS,
        Heading("Contents", 2),
        CONTENTS,
        Break(),
        Heading("1. Introduction", 1),
        Para("This plan sets out the actions the council will take in 2025/26 following the "
             "annual health and safety audit of its services and premises. It is monitored "
             "by the Corporate Health and Safety Committee, which receives a progress update "
             "every quarter."),
        Heading("2. Status key", 1),
        KEY,
        Heading("3. Action plan", 1),
        PLAN,
        Heading("4. Glossary", 1),
        GLOSSARY,
        Heading("5. Sign-off", 1),
        SIGN_OFF,
    ],
)


def build_docx(path: Path) -> None:
    write_docx(DOCUMENT, path)
